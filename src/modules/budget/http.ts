import type { FastifyRequest } from 'fastify';
import { z, month, year } from '../../core/validation.ts';
import { can } from '../../core/permissions.ts';
import { registerUpload, uploadedBytes } from '../../files/upload-route.ts';
import { contentTypes, render } from '../../files/tabular.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { sendDownload } from '../../http/download.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { importBudgetFile } from './files/budget-import.ts';
import { budgetReportTable } from './files/exports.ts';
import { createBudgetVersion, decideBudgetVersion, setBudgetLine, setFrame, setPeriodProfile } from './commands.ts';
import { budgetReport, budgetVersionsOf, budgetVersionWithLines, framesOf, periodProfilesOf } from './queries.ts';

type Params = { Params: { code: string } };

const yearQuery = z.object({ year: year });
// The month is not used by the budget table but names the file, as for the follow-up's exports.
const exportQuery = yearQuery.extend({ month: month.optional(), format: z.enum(['csv', 'xlsx', 'json']).default('xlsx') });

const importQuery = z.object({
  year: year,
  title: z.string().trim().min(1).max(200),
  filename: z.string().trim().min(1).max(255),
  unit: z.enum(['kr', 'tkr', 'mnkr']).default('kr'),
});

export function registerBudgetRoutes({ app, db }: RouteContext): void {
  app.get<Params>('/api/committees/:code/economy/budget', async (request) => {
    requireActor(request);
    const { year } = query(yearQuery, request);
    return budgetReport(db, request.params.code, year);
  });

  app.get<Params>('/api/committees/:code/economy/export/budget', async (request, reply) => {
    requireActor(request);
    const { year, month, format } = query(exportQuery, request);
    const { code } = request.params;
    const body = await render([budgetReportTable(await budgetReport(db, code, year))], format);
    const name = `budget-${encodeURIComponent(code)}-${year}${month ? `-${String(month).padStart(2, '0')}` : ''}.${format}`;
    return sendDownload(reply, { body, filename: name, contentType: contentTypes[format] });
  });

  app.get<Params>('/api/committees/:code/economy/versions', async (request) => {
    requireActor(request);
    return budgetVersionsOf(db, request.params.code);
  });

  app.post<Params>('/api/committees/:code/economy/versions', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createBudgetVersion, { committeeCode: request.params.code })),
  );

  registerUpload(app, {
    url: '/api/committees/:code/economy/versions/import',
    body: 'buffer',
    query: importQuery,
    allowed: async (actor, request: FastifyRequest<Params>) =>
      can.writeCommittee(actor, (await getCommitteeByCode(db, request.params.code)).id),
    handler: async (request: FastifyRequest<Params>, reply, actor, q) => {
      const summary = await importBudgetFile(
        db,
        actor,
        { name: q.filename, bytes: uploadedBytes(request) },
        { committeeCode: request.params.code, budgetYear: q.year, title: q.title, unit: q.unit },
      );
      return reply.status(201).send(summary);
    },
  });

  app.get<{ Params: { id: string } }>('/api/budget-versions/:id/lines', async (request) => {
    requireActor(request);
    return budgetVersionWithLines(db, z.coerce.number().int().positive().parse(request.params.id));
  });

  app.put<{ Params: { id: string } }>('/api/budget-versions/:id/lines', (request) =>
    runCommand(db, request, setBudgetLine, { budgetVersionId: request.params.id }),
  );

  app.post<{ Params: { id: string } }>('/api/budget-versions/:id/decide', (request) =>
    runCommand(db, request, decideBudgetVersion, { id: request.params.id }),
  );

  app.get<Params>('/api/committees/:code/economy/frames', async (request) => {
    requireActor(request);
    return framesOf(db, request.params.code);
  });

  app.put<Params>('/api/committees/:code/economy/frames', (request) =>
    runCommand(db, request, setFrame, { committeeCode: request.params.code }),
  );

  app.get<Params>('/api/committees/:code/economy/profiles', async (request) => {
    requireActor(request);
    const { year } = query(yearQuery, request);
    return periodProfilesOf(db, request.params.code, year);
  });

  app.put('/api/period-profiles', (request) => runCommand(db, request, setPeriodProfile));
}
