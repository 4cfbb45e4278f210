import { type RouteContext, requireActor, runCommand } from '../../http/context.ts';
import { getSettings } from './store.ts';
import { setFourEyes } from './commands.ts';

export function registerSettingsRoutes({ app, db }: RouteContext): void {
  app.get<{ Params: { code: string } }>('/api/municipalities/:code/settings', async (request) => {
    requireActor(request);
    return getSettings(db, request.params.code);
  });
  app.put<{ Params: { code: string } }>('/api/municipalities/:code/settings/four-eyes', (request) =>
    runCommand(db, request, setFourEyes, { municipalityCode: request.params.code }),
  );
}
