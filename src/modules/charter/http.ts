import { z, isoDate } from '../../core/validation.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { lookupQuery } from './model.ts';
import { charterVocabulary, listCharterRules } from './store.ts';
import { charterLookup } from './queries.ts';
import { createCharterRule, endCharterRule } from './commands.ts';

export function registerCharterRoutes({ app, db, clock }: RouteContext): void {
  app.get('/api/charter/rules', async (request) => {
    requireActor(request);
    const q = query(z.object({ asOf: isoDate.optional(), law: z.string().max(100).optional() }), request);
    return listCharterRules(db, q.asOf ?? null, q.law ?? null);
  });

  app.get('/api/charter/vocabulary', async (request) => {
    requireActor(request);
    return charterVocabulary(db);
  });

  app.get('/api/charter/lookup', async (request) => {
    requireActor(request);
    return charterLookup(db, query(lookupQuery, request), clock);
  });

  app.post('/api/charter/rules', async (request, reply) => reply.status(201).send(await runCommand(db, request, createCharterRule)));

  app.post<{ Params: { id: string } }>('/api/charter/rules/:id/end', (request) =>
    runCommand(db, request, endCharterRule, { id: request.params.id }),
  );
}
