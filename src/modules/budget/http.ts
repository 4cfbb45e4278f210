import type { FastifyRequest } from 'fastify';
import { z } from '../../core/validation.ts';
import { can } from '../../core/permissions.ts';
import { registerUpload, uploadedBytes } from '../../files/upload-route.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { importBudgetFile } from './files/budget-import.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { createBudgetVersion, decideBudgetVersion, setBudgetLine, setFrame, setPeriodProfile } from './commands.ts';
import { listBudgetVersions, getBudgetVersion } from './store.ts';
import { periodProfiles } from '../follow-up/store.ts';

type Params = { Params: { code: string } };

const importQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  title: z.string().trim().min(1).max(200),
  filename: z.string().trim().min(1).max(255),
  unit: z.enum(['kr', 'tkr', 'mnkr']).default('kr'),
});

export function registerBudgetRoutes({ app, db }: RouteContext): void {
  app.get<Params>('/api/committees/:code/economy/versions', async (request) => {
    requireActor(request);
    return listBudgetVersions(db, (await getCommitteeByCode(db, request.params.code)).id);
  });

  app.post<Params>('/api/committees/:code/economy/versions', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createBudgetVersion, { committeeCode: request.params.code })));

  registerUpload(app, {
    url: '/api/committees/:code/economy/versions/import',
    body: 'buffer',
    query: importQuery,
    allowed: async (actor, request: FastifyRequest<Params>) => can.writeCommittee(actor, (await getCommitteeByCode(db, request.params.code)).id),
    handler: async (request: FastifyRequest<Params>, reply, actor, q) => {
      const summary = await importBudgetFile(db, actor, { name: q.filename, bytes: uploadedBytes(request) }, { committeeCode: request.params.code, budgetYear: q.year, title: q.title, unit: q.unit });
      return reply.status(201).send(summary);
    },
  });

  app.get<{ Params: { id: string } }>('/api/budget-versions/:id/lines', async (request) => {
    requireActor(request);
    const version = await getBudgetVersion(db, z.coerce.number().int().positive().parse(request.params.id));
    const lines = await db.query('select activity_id as "activityId", year, cost, income from budget_line where budget_version_id = $1 order by year, activity_id', [version.id]);
    return { version, lines };
  });

  app.put<{ Params: { id: string } }>('/api/budget-versions/:id/lines', (request) =>
    runCommand(db, request, setBudgetLine, { budgetVersionId: request.params.id }));

  app.post<{ Params: { id: string } }>('/api/budget-versions/:id/decide', (request) =>
    runCommand(db, request, decideBudgetVersion, { id: request.params.id }));

  app.get<Params>('/api/committees/:code/economy/frames', async (request) => {
    requireActor(request);
    const committee = await getCommitteeByCode(db, request.params.code);
    return db.query('select year, amount, source_note as "sourceNote", version from budget_frame where committee_id = $1 order by year', [committee.id]);
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
