import { z, versionParam, year } from '../../core/validation.ts';
import type { FastifyRequest } from 'fastify';
import { can } from '../../core/permissions.ts';
import { registerUpload, uploadedStream } from '../../files/upload-route.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { sendDownload } from '../../http/download.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { createLedgerMapping, deleteLedgerMapping, updateLedgerMapping } from './commands.ts';
import { exportMappings } from './files/mapping-export.ts';
import { importLedger } from './files/ledger-import.ts';
import { listImports, listMappings } from './store.ts';

type CodeParams = { Params: { code: string } };
type IdParams = { Params: { code: string; id: string } };

const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
const importQuery = z.object({
  year: year,
  filename: z.string().trim().min(1).max(255),
});
const historyQuery = z.object({ year: year.optional() });
const deleteQuery = z.object({ version: versionParam.optional() });

/** Content types an uploaded ledger file may arrive with; the body is streamed, never buffered. */
const uploadTypes = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export function registerLedgerRoutes({ app, db }: RouteContext): void {
  app.get<CodeParams>('/api/committees/:code/ledger-mappings', async (request) => {
    requireActor(request);
    const committee = await getCommitteeByCode(db, request.params.code);
    return listMappings(db, committee.id);
  });

  app.get<CodeParams>('/api/committees/:code/ledger-mappings/export', async (request, reply) => {
    requireActor(request);
    const { format } = query(exportQuery, request);
    const committee = await getCommitteeByCode(db, request.params.code);
    const file = await exportMappings(committee.code, await listMappings(db, committee.id), format);
    return sendDownload(reply, { body: file.body, filename: file.fileName, contentType: file.contentType });
  });

  app.post<CodeParams>('/api/committees/:code/ledger-mappings', async (request, reply) => {
    const created = await runCommand(db, request, createLedgerMapping, { committeeCode: request.params.code });
    return reply.status(201).send(created);
  });

  app.patch<IdParams>('/api/committees/:code/ledger-mappings/:id', (request) =>
    runCommand(db, request, updateLedgerMapping, { committeeCode: request.params.code, id: request.params.id }),
  );

  app.delete<IdParams>('/api/committees/:code/ledger-mappings/:id', (request) => {
    const fromQuery = query(deleteQuery, request).version;
    return runCommand(db, request, deleteLedgerMapping, {
      committeeCode: request.params.code,
      id: request.params.id,
      ...(fromQuery === undefined ? {} : { version: fromQuery }),
    });
  });

  app.get<CodeParams>('/api/committees/:code/ledger-imports', async (request) => {
    requireActor(request);
    const { year } = query(historyQuery, request);
    const committee = await getCommitteeByCode(db, request.params.code);
    return listImports(db, committee.id, year);
  });

  // the body is streamed to the importer, which enforces its own size limit (200 MB) while it reads
  registerUpload(app, {
    url: '/api/committees/:code/ledger-imports',
    body: 'stream',
    contentTypes: uploadTypes,
    query: importQuery,
    allowed: async (actor, request: FastifyRequest<CodeParams>) =>
      can.writeCommittee(actor, (await getCommitteeByCode(db, request.params.code)).id),
    handler: async (request: FastifyRequest<CodeParams>, _reply, actor, q) =>
      importLedger(db, actor, { committeeCode: request.params.code, year: q.year, fileName: q.filename, source: uploadedStream(request) }),
  });
}
