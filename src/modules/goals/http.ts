import type { FastifyRequest } from 'fastify';
import { z, month, year } from '../../core/validation.ts';
import { can } from '../../core/permissions.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { sendDownload } from '../../http/download.ts';
import { contentTypes } from '../../files/tabular.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { rawUploadTypes, registerUpload, uploadedBytes } from '../../files/upload-route.ts';
import { saveCouncilGoal, saveGoalArea } from './commands/council-goals.ts';
import { createCommitteeGoal, updateCommitteeGoal } from './commands/committee-goals.ts';
import { createIndicator, updateIndicator } from './commands/indicators.ts';
import { deleteIndicatorValue, setIndicatorValue } from './commands/indicator-values.ts';
import { deleteIndicatorTarget, setIndicatorTarget } from './commands/indicator-targets.ts';
import { recordAssessment } from './commands/assessments.ts';
import { decideGoalSet } from './commands/goal-sets.ts';
import { followUpAssignment, saveAssignment } from './commands/assignments.ts';
import { goalTree, indicatorDetail, listAssignments, suggestionFor } from './queries.ts';
import { goalsTable, renderMixed } from './files/exports.ts';
import { exportIndicatorData } from './files/indicator-export.ts';
import { importIndicatorFile } from './files/indicator-import.ts';
import * as store from './store.ts';

const yearQuery = z.object({ year: year, month: month.optional() });
type Code = { Params: { code: string } };
type Id = { Params: { id: string } };

/** Goals, indicators, assessments, strategic assignments and the decided goal set. */
export function registerGoalRoutes(ctx: RouteContext): void {
  const { app, db } = ctx;

  app.get('/api/goal-areas', async (request) => {
    requireActor(request);
    return store.listGoalAreas(db);
  });
  app.put('/api/goal-areas', (request) => runCommand(db, request, saveGoalArea));

  app.get('/api/council-goals', async (request) => {
    requireActor(request);
    const q = query(z.object({ year: year.optional() }), request);
    return store.listCouncilGoals(db, q.year ?? null);
  });
  app.put('/api/council-goals', (request) => runCommand(db, request, saveCouncilGoal));

  app.get<Code>('/api/committees/:code/goals', async (request) => {
    requireActor(request);
    const { year, month } = query(yearQuery, request);
    return goalTree(db, request.params.code, year, month ?? null);
  });

  app.get<Code>('/api/committees/:code/goals/export', async (request, reply) => {
    requireActor(request);
    const { year, month, format } = query(yearQuery.extend({ format: z.enum(['csv', 'xlsx', 'json']).default('xlsx') }), request);
    const body = await renderMixed(goalsTable(await goalTree(db, request.params.code, year, month ?? null)), format);
    const filename = `mal-${encodeURIComponent(request.params.code)}-${year}.${format}`;
    return sendDownload(reply, { body, filename, contentType: contentTypes[format] });
  });

  app.post<Code>('/api/committees/:code/goals', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createCommitteeGoal, { committeeCode: request.params.code })),
  );
  app.patch<Id>('/api/committee-goals/:id', (request) => runCommand(db, request, updateCommitteeGoal, { id: request.params.id }));

  app.get<Code>('/api/committees/:code/indicators', async (request) => {
    requireActor(request);
    return store.listIndicators(db, (await getCommitteeByCode(db, request.params.code)).id);
  });
  app.post<Code>('/api/committees/:code/indicators', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createIndicator, { committeeCode: request.params.code })),
  );

  app.get<Id>('/api/indicators/:id', async (request) => {
    requireActor(request);
    const { year, month } = query(yearQuery, request);
    return indicatorDetail(db, Number(request.params.id), year, month ?? null);
  });
  app.patch<Id>('/api/indicators/:id', (request) => runCommand(db, request, updateIndicator, { id: request.params.id }));

  app.put<Id>('/api/indicators/:id/values', (request) => runCommand(db, request, setIndicatorValue, { indicatorId: request.params.id }));
  app.delete<Id>('/api/indicators/:id/values', (request) =>
    runCommand(db, request, deleteIndicatorValue, {
      ...(request.query as object),
      indicatorId: request.params.id,
      ...numericVersion(request.query),
    }),
  );
  app.put<Id>('/api/indicators/:id/targets', (request) => runCommand(db, request, setIndicatorTarget, { indicatorId: request.params.id }));
  app.delete<Id>('/api/indicators/:id/targets', (request) =>
    runCommand(db, request, deleteIndicatorTarget, {
      ...(request.query as object),
      indicatorId: request.params.id,
      ...numericVersion(request.query),
    }),
  );

  app.get('/api/assessments/suggestion', async (request) => {
    requireActor(request);
    const q = query(
      yearQuery.extend({ subjectType: z.enum(['indicator', 'committee_goal']), subjectId: z.coerce.number().int().positive() }),
      request,
    );
    const { suggested } = await suggestionFor(db, q.subjectType, q.subjectId, q.year, q.month ?? null);
    return { suggestedColour: suggested };
  });
  app.get('/api/assessments', async (request) => {
    requireActor(request);
    const q = query(
      z.object({ subjectType: z.enum(['indicator', 'committee_goal']), subjectId: z.coerce.number().int().positive() }),
      request,
    );
    return store.assessmentHistory(db, q.subjectType, q.subjectId);
  });
  app.post('/api/assessments', async (request, reply) => reply.status(201).send(await runCommand(db, request, recordAssessment)));

  app.get<Code>('/api/committees/:code/goal-sets', async (request) => {
    requireActor(request);
    return store.listSnapshots(db, (await getCommitteeByCode(db, request.params.code)).id);
  });
  app.get<Id>('/api/goal-sets/:id', async (request) => {
    requireActor(request);
    return store.getSnapshot(db, Number(request.params.id));
  });
  app.post<Code>('/api/committees/:code/goal-sets/decide', (request) =>
    runCommand(db, request, decideGoalSet, { committeeCode: request.params.code }),
  );
  app.get<Code>('/api/committees/:code/goal-revisions', async (request) => {
    requireActor(request);
    return store.committeeRevisions(db, (await getCommitteeByCode(db, request.params.code)).id);
  });

  app.get<Code>('/api/committees/:code/assignments', async (request) => {
    requireActor(request);
    const { year, month } = query(yearQuery, request);
    return listAssignments(db, request.params.code, year, month ?? null);
  });
  app.post('/api/assignments', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, saveAssignment, { id: null })),
  );
  app.patch<Id>('/api/assignments/:id', (request) => runCommand(db, request, saveAssignment, { id: request.params.id }));
  app.put<Id>('/api/assignments/:id/follow-ups', (request) =>
    runCommand(db, request, followUpAssignment, { assignmentId: request.params.id }),
  );

  app.get<Code>('/api/committees/:code/indicator-data/export', async (request, reply) => {
    requireActor(request);
    const q = query(
      z.object({ format: z.enum(['xlsx', 'csv', 'json']).default('xlsx'), table: z.enum(['values', 'targets']).default('values') }),
      request,
    );
    const file = await exportIndicatorData(db, (await getCommitteeByCode(db, request.params.code)).code, q.format, q.table);
    return sendDownload(reply, file);
  });

  registerUpload(app, {
    url: '/api/committees/:code/indicator-data/import',
    body: 'buffer',
    contentTypes: [...rawUploadTypes, 'application/json'],
    query: z.object({ filename: z.string().trim().min(1).max(255) }),
    allowed: async (actor, request: FastifyRequest<Code>) =>
      can.writeCommittee(actor, (await getCommitteeByCode(db, request.params.code)).id),
    handler: async (request: FastifyRequest<Code>, _reply, actor, q) =>
      importIndicatorFile(db, actor, request.params.code, q.filename, uploadedBytes(request)),
  });
}

/** DELETE carries its version in the query string. */
function numericVersion(q: unknown): { version?: number } {
  const v = (q as { version?: string } | undefined)?.version;
  return v === undefined ? {} : { version: Number(v) };
}
