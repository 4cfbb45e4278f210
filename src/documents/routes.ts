import { z } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { type RouteContext, requireActor, runCommand } from '../http/context.ts';
import { getCommitteeByCode } from '../modules/organisation/store.ts';
import { closeRenderers, renderDocument, type DocumentFormat } from './render/index.ts';
import { renderBlocksHtml } from './render/html.ts';
import { createDocument, documentType, saveSectionText, setSections, setSectionStatus, setTemplate } from './commands.ts';
import { acknowledgeFinding, decideDocument, newDocumentVersion, publishDocument } from './decide.ts';
import { compareModels } from './compare.ts';
import {
  documentModel,
  findingsWithAcknowledgements,
  frozenFile,
  getDocument,
  getFrozenVersion,
  listAcknowledgements,
  listDocuments,
  listEditions,
  listSections,
  publicPath,
  publicSlug,
  templateFor,
} from './store.ts';
import type { StoredDocument } from './model.ts';
import { registerPublicDocumentRoutes, sendFile } from './public.ts';
import { withdrawPublication } from './withdraw.ts';
import { blockDefinitions } from './blocks/all.ts';

type IdParams = { Params: { id: string } };
const idOf = (raw: string) => z.coerce.number().int().positive().parse(raw);
const formats = ['html', 'pdf', 'docx', 'xlsx', 'json'] as const;

export const fileName = (doc: StoredDocument, format: DocumentFormat) =>
  `${doc.committeeCode}-${publicSlug(doc)}${doc.status === 'draft' ? '-utkast' : ''}.${format}`;

async function detail(db: RouteContext['db'], doc: StoredDocument) {
  const sections = await listSections(db, doc.id);
  const model = await documentModel(db, doc);
  const editions = await listEditions(db, doc);
  const frozen = doc.status === 'decided' ? await getFrozenVersion(db, doc.id) : null;
  const acks = frozen ? frozen.acknowledged : await listAcknowledgements(db, doc.id);
  const blocksOf = new Map(model.sections.map((s) => [s.id, s.blocks]));
  return {
    document: doc,
    sections: sections.map((s) => ({ ...s, previewHtml: s.kind === 'block' ? renderBlocksHtml(blocksOf.get(s.sectionId) ?? []) : null })),
    findings: findingsWithAcknowledgements(model.findings, acks),
    editions,
    frozen: frozen && {
      number: frozen.number,
      decidedOn: frozen.decidedOn,
      decisionRef: frozen.decisionRef,
      decidedBy: frozen.decidedBy,
      hashes: frozen.hashes,
      createdAt: frozen.createdAt,
    },
    publication: doc.publishedSlug
      ? {
          url: publicPath(doc.committeeCode, doc.publishedSlug),
          pdfUrl: `${publicPath(doc.committeeCode, doc.publishedSlug)}.pdf`,
          withdrawal: doc.withdrawnAt ? { at: doc.withdrawnAt, by: doc.withdrawnBy, reason: doc.withdrawalReason } : null,
        }
      : null,
  };
}

export function registerDocumentRoutes(ctx: RouteContext): void {
  const { app, db } = ctx;
  app.addHook('onClose', closeRenderers);
  app.get<{ Params: { code: string } }>('/api/committees/:code/documents', async (request) => {
    requireActor(request);
    return listDocuments(db, (await getCommitteeByCode(db, request.params.code)).id);
  });
  app.post<{ Params: { code: string } }>('/api/committees/:code/documents', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, createDocument, { committeeCode: request.params.code })),
  );

  app.get<IdParams>('/api/documents/:id', async (request) => {
    requireActor(request);
    return detail(db, await getDocument(db, idOf(request.params.id)));
  });
  app.put<IdParams>('/api/documents/:id/sections', (request) => runCommand(db, request, setSections, { id: request.params.id }));
  app.put<IdParams>('/api/document-sections/:id/text', (request) => runCommand(db, request, saveSectionText, { id: request.params.id }));
  app.put<IdParams>('/api/document-sections/:id/status', (request) => runCommand(db, request, setSectionStatus, { id: request.params.id }));
  app.post<IdParams>('/api/documents/:id/acknowledgements', (request) =>
    runCommand(db, request, acknowledgeFinding, { id: request.params.id }),
  );
  app.post<IdParams>('/api/documents/:id/decide', (request) =>
    decideDocument(db, requireActor(request), {
      ...(request.body && typeof request.body === 'object' ? request.body : {}),
      id: request.params.id,
    }),
  );
  app.post<IdParams>('/api/documents/:id/new-version', async (request, reply) =>
    reply.status(201).send(await runCommand(db, request, newDocumentVersion, { id: request.params.id })),
  );
  app.post<IdParams>('/api/documents/:id/publish', (request) => runCommand(db, request, publishDocument, { id: request.params.id }));
  app.post<IdParams>('/api/documents/:id/withdraw', (request) => runCommand(db, request, withdrawPublication, { id: request.params.id }));

  app.get<IdParams & { Querystring: { with?: string } }>('/api/documents/:id/compare', async (request) => {
    requireActor(request);
    const x = await getDocument(db, idOf(request.params.id));
    const y = await getDocument(db, idOf(String(request.query.with ?? '')));
    // always from the earlier version to the later
    const [a, b] = x.number <= y.number ? [x, y] : [y, x];
    if (a.committeeId !== b.committeeId || a.type !== b.type || a.year !== b.year || a.month !== b.month) {
      throw new AppError('validation', 'Bara versioner av samma handling kan jämföras.');
    }
    return { from: a, to: b, ...compareModels(await documentModel(db, a), await documentModel(db, b)) };
  });

  app.get<{ Params: { id: string; format: string } }>('/api/documents/:id/file/:format', async (request, reply) => {
    requireActor(request);
    const format = z.enum(formats).parse(request.params.format);
    const doc = await getDocument(db, idOf(request.params.id));
    const bytes =
      doc.status === 'decided' ? await frozenFile(db, doc.id, format) : await renderDocument(await documentModel(db, doc), format);
    return sendFile(reply, bytes, format, fileName(doc, format));
  });

  app.get('/api/document-blocks', async (request) => {
    requireActor(request);
    return [...blockDefinitions.values()].map((b) => ({ type: b.type, title: b.title }));
  });
  app.get<{ Params: { type: string } }>('/api/document-templates/:type', async (request) => {
    requireActor(request);
    return templateFor(db, documentType.parse(request.params.type));
  });
  app.put<{ Params: { type: string } }>('/api/document-templates/:type', (request) =>
    runCommand(db, request, setTemplate, { type: request.params.type }),
  );

  registerPublicDocumentRoutes(ctx);
}
