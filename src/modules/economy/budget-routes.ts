import { z } from '../../core/validation.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../server/context.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { createBudgetVersion, decideBudgetVersion, setBudgetLine, setFrame, setPeriodProfile } from './budget-commands.ts';
import { listBudgetVersions, frames } from './store.ts';
import { periodProfiles } from './store-follow-up.ts';

type Params = { Params: { code: string } };

export function registerBudgetRoutes({ app, db }: RouteContext): void {
  app.get<Params>('/api/committees/:code/economy/versions', async (request) => {
    requireActor(request);
    return listBudgetVersions(db, (await getCommitteeByCode(db, request.params.code)).id);
  });

  app.post<Params>('/api/committees/:code/economy/versions', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createBudgetVersion, { committeeCode: request.params.code })));

  app.put<{ Params: { id: string } }>('/api/budget-versions/:id/lines', (request) =>
    runCommand(db, request, setBudgetLine, { budgetVersionId: request.params.id }));

  app.post<{ Params: { id: string } }>('/api/budget-versions/:id/decide', (request) =>
    runCommand(db, request, decideBudgetVersion, { id: request.params.id }));

  app.get<Params>('/api/committees/:code/economy/frames', async (request) => {
    requireActor(request);
    return Object.fromEntries(await frames(db, (await getCommitteeByCode(db, request.params.code)).id));
  });

  app.put<Params>('/api/committees/:code/economy/frames', (request) =>
    runCommand(db, request, setFrame, { committeeCode: request.params.code }));

  app.get<Params>('/api/committees/:code/economy/profiles', async (request) => {
    requireActor(request);
    const { year } = query(z.object({ year: z.coerce.number().int().min(1990).max(2100) }), request);
    const profiles = await periodProfiles(db, (await getCommitteeByCode(db, request.params.code)).id, year);
    return [...profiles.entries()].map(([activityId, p]) => ({ activityId, ...p }));
  });

  app.put('/api/period-profiles', (request) => runCommand(db, request, setPeriodProfile));
}
