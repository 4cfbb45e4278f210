import type { FastifyReply, FastifyRequest } from 'fastify';
import { z, versionParam, year } from '../../core/validation.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import type { Database } from '../../db/connection.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { sendDownload } from '../../http/download.ts';
import { contentTypes, render, type ExportTable } from '../../files/tabular.ts';
import { registerUpload, uploadedBytes } from '../../files/upload-route.ts';
import { can } from '../../core/permissions.ts';
import { RANGE_SETTINGS } from './model.ts';
import { saveTerm } from './commands/vocabulary.ts';
import { createPlan, updatePlan } from './commands/plans.ts';
import { decideVersion, deleteDraft, reviseVersion, setControlTotals } from './commands/versions.ts';
import { createMeasure, deleteMeasure, removeEffect, setEffect, updateMeasure } from './commands/measures.ts';
import { deleteOutcome, saveFollowUp, saveOutcome } from './commands/follow-up.ts';
import {
  checksReport,
  comparisonReport,
  deliveryRecordReport,
  deliveryReport,
  planList,
  planRef,
  reconciliationReport,
  summaryReport,
  versionView,
} from './queries.ts';
import { comparisonTable, deliveryRecordTable, deliveryTable, reconciliationTable, summaryTables } from './files/exports.ts';
import { importTemplateFile, templateFile } from './files/template-import.ts';
import * as store from './store.ts';

const range = z.enum(RANGE_SETTINGS as ['low', 'mid', 'high']).default('mid');
const optionalId = z.coerce.number().int().positive().optional();
const rangeQuery = z.object({ range });
const summaryQuery = z.object({ version: optionalId, by: z.enum(['area', 'target_group']).default('area'), range });
const compareQuery = z.object({ from: optionalId, to: optionalId, range });
const format = z.enum(['csv', 'xlsx', 'json']).default('xlsx');

type CodeParams = { Params: { code: string } };
type PlanParams = { Params: { id: string } };
type VersionParams = { Params: { id: string; versionId: string } };
type MeasureParams = { Params: { id: string; measureId: string } };

function planId(request: FastifyRequest<PlanParams>): number {
  const n = Number(request.params.id);
  if (!Number.isInteger(n) || n <= 0) throw notFound(msg('thing.action_plan'));
  return n;
}

async function versionInPlan(db: Database, request: FastifyRequest<VersionParams>): Promise<{ planId: number; versionId: number }> {
  const pid = Number(request.params.id);
  if (!Number.isInteger(pid) || pid <= 0) throw notFound(msg('thing.action_plan'));
  if (request.params.versionId === 'current') {
    const governing = store.governingVersion(await store.listVersions(db, pid));
    if (!governing) throw notFound(msg('thing.action_plan_version'));
    return { planId: pid, versionId: governing.id };
  }
  const vid = Number(request.params.versionId);
  if (!Number.isInteger(vid) || vid <= 0) throw notFound(msg('thing.action_plan_version'));
  const v = await store.getVersion(db, vid);
  if (v.planId !== pid) throw notFound(msg('thing.action_plan_version'));
  return { planId: pid, versionId: vid };
}

async function measureInPlan(db: Database, request: FastifyRequest<MeasureParams>): Promise<number> {
  const mid = Number(request.params.measureId);
  const planOf = Number.isInteger(mid) && mid > 0 ? await store.planOfMeasure(db, mid) : null;
  if (planOf === null || planOf !== Number(request.params.id)) throw notFound(msg('thing.measure'));
  return mid;
}

async function sendTables(reply: FastifyReply, tables: ExportTable[], fmt: 'csv' | 'xlsx' | 'json', name: string) {
  const body = await render(fmt === 'csv' ? tables.slice(0, 1) : tables, fmt);
  return sendDownload(reply, { body, filename: `${name}.${fmt}`, contentType: contentTypes[fmt] });
}

/** The action-plan API; see the module's report for request and response shapes. */
export function registerActionPlanRoutes({ app, db }: RouteContext): void {
  // vocabulary -------------------------------------------------------------------------------
  app.get('/api/action-plans/vocabulary', async (request) => {
    requireActor(request);
    return store.vocabulary(db);
  });
  app.put('/api/action-plans/vocabulary', (request) => runCommand(db, request, saveTerm));

  // committee level ----------------------------------------------------------------------------
  app.get<CodeParams>('/api/committees/:code/action-plans', async (request) => {
    requireActor(request);
    return planList(db, request.params.code);
  });
  app.post<CodeParams>('/api/committees/:code/action-plans', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createPlan, { committeeCode: request.params.code })),
  );
  app.get<CodeParams>('/api/committees/:code/action-plans/delivery', async (request) => {
    requireActor(request);
    return deliveryRecordReport(db, request.params.code, query(rangeQuery, request).range);
  });
  app.get<CodeParams>('/api/committees/:code/action-plans/reconciliation', async (request) => {
    requireActor(request);
    const q = query(rangeQuery.extend({ year: year.optional() }), request);
    return reconciliationReport(db, request.params.code, q.range, q.year ?? null);
  });
  app.get<CodeParams & { Params: { code: string; table: string } }>(
    '/api/committees/:code/action-plans/export/:table',
    async (request, reply) => {
      requireActor(request);
      const q = query(rangeQuery.extend({ format }), request);
      const { code, table } = request.params;
      const tables =
        table === 'delivery'
          ? [deliveryRecordTable(await deliveryRecordReport(db, code, q.range))]
          : table === 'reconciliation'
            ? [reconciliationTable(await reconciliationReport(db, code, q.range))]
            : null;
      if (!tables) throw new AppError('not_found', msg('request.no_such_table', { table }));
      return sendTables(reply, tables, q.format, `atgardsplaner-${table}-${encodeURIComponent(code)}`);
    },
  );

  // plans ----------------------------------------------------------------------------------------
  app.get<PlanParams>('/api/action-plans/:id', async (request) => {
    requireActor(request);
    return planRef(db, planId(request));
  });
  app.patch<PlanParams>('/api/action-plans/:id', (request) => runCommand(db, request, updatePlan, { id: request.params.id }));
  app.get<PlanParams>('/api/action-plans/:id/versions', async (request) => {
    requireActor(request);
    await store.getPlan(db, planId(request));
    return store.listVersions(db, planId(request));
  });

  // versions -------------------------------------------------------------------------------------
  app.get<VersionParams>('/api/action-plans/:id/versions/:versionId', async (request) => {
    requireActor(request);
    const v = await versionInPlan(db, request);
    return versionView(db, v.planId, v.versionId);
  });
  app.post<VersionParams>('/api/action-plans/:id/versions/:versionId/decide', async (request) =>
    runCommand(db, request, decideVersion, { id: (await versionInPlan(db, request)).versionId }),
  );
  app.post<VersionParams>('/api/action-plans/:id/versions/:versionId/revise', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, reviseVersion, { id: (await versionInPlan(db, request)).versionId })),
  );
  app.delete<VersionParams>('/api/action-plans/:id/versions/:versionId', async (request) => {
    const { version } = query(z.object({ version: versionParam }), request);
    return runCommand(db, request, deleteDraft, { id: (await versionInPlan(db, request)).versionId, version });
  });
  app.put<VersionParams>('/api/action-plans/:id/versions/:versionId/control-totals', async (request) =>
    runCommand(db, request, setControlTotals, { planVersionId: (await versionInPlan(db, request)).versionId }),
  );
  app.post<VersionParams>('/api/action-plans/:id/versions/:versionId/measures', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createMeasure, { planVersionId: (await versionInPlan(db, request)).versionId })),
  );
  app.get<VersionParams>('/api/action-plans/:id/versions/:versionId/template', async (request, reply) => {
    requireActor(request);
    const { filled } = query(z.object({ filled: z.enum(['true', 'false']).default('true') }), request);
    const v = await versionInPlan(db, request);
    const file = await templateFile(db, v.planId, v.versionId, filled === 'true');
    return sendDownload(reply, { body: file.body, filename: encodeURIComponent(file.filename), contentType: contentTypes.xlsx });
  });
  registerUpload(app, {
    url: '/api/action-plans/:id/versions/:versionId/import',
    body: 'buffer',
    query: z.object({ filename: z.string().trim().min(1).max(255), version: optionalId }),
    allowed: async (actor, request: FastifyRequest<VersionParams>) =>
      can.writeCommittee(actor, (await store.getPlan(db, (await versionInPlan(db, request)).planId)).committeeId),
    handler: async (request: FastifyRequest<VersionParams>, _reply, actor, q) => {
      const v = await versionInPlan(db, request);
      return importTemplateFile(db, actor, v.planId, v.versionId, q.filename, uploadedBytes(request), q.version);
    },
  });

  // measures and effects -----------------------------------------------------------------------
  app.patch<MeasureParams>('/api/action-plans/:id/measures/:measureId', async (request) =>
    runCommand(db, request, updateMeasure, { id: await measureInPlan(db, request) }),
  );
  app.delete<MeasureParams>('/api/action-plans/:id/measures/:measureId', async (request) => {
    const { version } = query(z.object({ version: versionParam }), request);
    return runCommand(db, request, deleteMeasure, { id: await measureInPlan(db, request), version });
  });
  app.put<MeasureParams>('/api/action-plans/:id/measures/:measureId/effects', async (request) =>
    runCommand(db, request, setEffect, { measureId: await measureInPlan(db, request) }),
  );
  app.delete<MeasureParams>('/api/action-plans/:id/measures/:measureId/effects', async (request) => {
    const q = query(
      z.object({ year: z.coerce.number().int(), kind: z.enum(['reduction', 'implementation_cost']), version: versionParam }),
      request,
    );
    return runCommand(db, request, removeEffect, { measureId: await measureInPlan(db, request), ...q });
  });

  // follow-up ------------------------------------------------------------------------------------
  app.put<PlanParams>('/api/action-plans/:id/outcomes', (request) => runCommand(db, request, saveOutcome, { planId: request.params.id }));
  app.delete<PlanParams>('/api/action-plans/:id/outcomes', (request) => {
    const q = query(z.object({ measureCode: z.string(), year: z.coerce.number().int(), version: versionParam }), request);
    return runCommand(db, request, deleteOutcome, { planId: request.params.id, ...q });
  });
  app.put<PlanParams>('/api/action-plans/:id/follow-up', (request) => runCommand(db, request, saveFollowUp, { planId: request.params.id }));

  // reports --------------------------------------------------------------------------------------
  app.get<PlanParams>('/api/action-plans/:id/summary', async (request) => {
    requireActor(request);
    const q = query(summaryQuery, request);
    return summaryReport(db, planId(request), { versionId: q.version ?? null, groupBy: q.by, range: q.range });
  });
  app.get<PlanParams>('/api/action-plans/:id/checks', async (request) => {
    requireActor(request);
    return checksReport(db, planId(request), query(z.object({ version: optionalId }), request).version ?? null);
  });
  app.get<PlanParams>('/api/action-plans/:id/compare', async (request) => {
    requireActor(request);
    const q = query(compareQuery, request);
    return comparisonReport(db, planId(request), { fromId: q.from ?? null, toId: q.to ?? null, range: q.range });
  });
  app.get<PlanParams>('/api/action-plans/:id/delivery', async (request) => {
    requireActor(request);
    return deliveryReport(db, planId(request), query(rangeQuery, request).range);
  });
  app.get<PlanParams & { Params: { id: string; table: string } }>('/api/action-plans/:id/export/:table', async (request, reply) => {
    requireActor(request);
    const q = query(summaryQuery.extend({ format, from: optionalId, to: optionalId }), request);
    const id = planId(request);
    const { table } = request.params;
    const tables =
      table === 'summary'
        ? summaryTables(await summaryReport(db, id, { versionId: q.version ?? null, groupBy: q.by, range: q.range }))
        : table === 'compare'
          ? [comparisonTable(await comparisonReport(db, id, { fromId: q.from ?? null, toId: q.to ?? null, range: q.range }))]
          : table === 'delivery'
            ? [deliveryTable(await deliveryReport(db, id, q.range))]
            : null;
    if (!tables) throw new AppError('not_found', msg('request.no_such_table', { table }));
    return sendTables(reply, tables, q.format, `atgardsplan-${id}-${table}`);
  });
}
