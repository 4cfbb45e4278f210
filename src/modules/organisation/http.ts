import { z, isoDate } from '../../core/validation.ts';
import { can } from '../../core/permissions.ts';
import { registerUpload, uploadedBytes } from '../../files/upload-route.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { sendDownload } from '../../http/download.ts';
import * as store from './store.ts';
import { committeeWithActivities, organisationOverview } from './queries.ts';
import { createActivity, createActivityMapping, updateActivity, updateCommittee } from './commands.ts';
import { exportOrganisation } from './files/organisation-export.ts';
import { importOrganisationFile } from './files/organisation-import.ts';

const asOfQuery = z.object({ asOf: isoDate.optional() });
const exportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx'), asOf: isoDate.optional() });
const importQuery = z.object({ filename: z.string().trim().min(1).max(255) });

export function registerOrganisationRoutes({ app, db }: RouteContext): void {
  app.get('/api/organisation', async (request) => {
    requireActor(request);
    return organisationOverview(db, query(asOfQuery, request).asOf ?? null);
  });

  app.get('/api/committees', async (request) => {
    requireActor(request);
    return store.listCommittees(db, query(asOfQuery, request).asOf ?? null);
  });

  app.get<{ Params: { code: string } }>('/api/committees/:code', async (request) => {
    requireActor(request);
    return committeeWithActivities(db, request.params.code, query(asOfQuery, request).asOf ?? null);
  });

  app.patch<{ Params: { code: string } }>('/api/committees/:code', (request) =>
    runCommand(db, request, updateCommittee, { code: request.params.code }),
  );

  app.get<{ Params: { id: string } }>('/api/activities/:id', async (request) => {
    requireActor(request);
    return store.getActivity(db, z.coerce.number().int().positive().parse(request.params.id));
  });

  app.post('/api/activities', async (request, reply) => {
    const created = await runCommand(db, request, createActivity);
    return reply.status(201).send(created);
  });

  app.patch<{ Params: { id: string } }>('/api/activities/:id', (request) =>
    runCommand(db, request, updateActivity, { id: request.params.id }),
  );

  app.get('/api/activity-mappings', async (request) => {
    requireActor(request);
    return store.listActivityMappings(db);
  });

  app.post('/api/activity-mappings', async (request, reply) => {
    const created = await runCommand(db, request, createActivityMapping);
    return reply.status(201).send(created);
  });

  app.get('/api/organisation/export', async (request, reply) => {
    requireActor(request);
    const q = query(exportQuery, request);
    const file = await exportOrganisation(db, q.asOf ?? null, q.format);
    return sendDownload(reply, file);
  });

  // an administrator, or a controller (whose committees the command checks row by row)
  registerUpload(app, {
    url: '/api/organisation/import',
    body: 'buffer',
    query: importQuery,
    allowed: (actor) => can.administer(actor) || actor.role === 'controller',
    handler: async (request, _reply, actor, q) => importOrganisationFile(db, actor, q.filename, uploadedBytes(request)),
  });
}
