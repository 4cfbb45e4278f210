import { z, isoDate } from '../../core/validation.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { buildActivityTree } from './model.ts';
import * as store from './store.ts';
import { createActivity, createActivityMapping, updateActivity, updateCommittee } from './commands.ts';

const asOfQuery = z.object({ asOf: isoDate.optional() });

export function registerOrganisationRoutes({ app, db }: RouteContext): void {
  app.get('/api/organisation', async (request) => {
    requireActor(request);
    const asOf = query(asOfQuery, request).asOf ?? null;
    const [municipality, administrations, committees, providers, activities] = await Promise.all([
      store.getMunicipality(db),
      store.listAdministrations(db, asOf),
      store.listCommittees(db, asOf),
      store.listProviders(db, asOf),
      store.listActivities(db, null, asOf),
    ]);
    return {
      asOf,
      municipality,
      administrations,
      providers,
      committees: committees.map((c) => ({ ...c, activities: buildActivityTree(activities.filter((a) => a.committeeId === c.id)) })),
    };
  });

  app.get('/api/committees', async (request) => {
    requireActor(request);
    return store.listCommittees(db, query(asOfQuery, request).asOf ?? null);
  });

  app.get<{ Params: { code: string } }>('/api/committees/:code', async (request) => {
    requireActor(request);
    const asOf = query(asOfQuery, request).asOf ?? null;
    const committee = await store.getCommitteeByCode(db, request.params.code);
    const activities = await store.listActivities(db, committee.id, asOf);
    return { ...committee, asOf, activities: buildActivityTree(activities) };
  });

  app.patch<{ Params: { code: string } }>('/api/committees/:code', (request) =>
    runCommand(db, request, updateCommittee, { code: request.params.code }));

  app.get<{ Params: { id: string } }>('/api/activities/:id', async (request) => {
    requireActor(request);
    return store.getActivity(db, z.coerce.number().int().positive().parse(request.params.id));
  });

  app.post('/api/activities', async (request, reply) => {
    const created = await runCommand(db, request, createActivity);
    return reply.status(201).send(created);
  });

  app.patch<{ Params: { id: string } }>('/api/activities/:id', (request) =>
    runCommand(db, request, updateActivity, { id: request.params.id }));

  app.get('/api/activity-mappings', async (request) => {
    requireActor(request);
    return store.listActivityMappings(db);
  });

  app.post('/api/activity-mappings', async (request, reply) => {
    const created = await runCommand(db, request, createActivityMapping);
    return reply.status(201).send(created);
  });
}
