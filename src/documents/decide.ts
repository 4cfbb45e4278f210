import { z, shortText, isoDate, id } from '../core/validation.ts';
import { AppError, staleVersion } from '../core/errors.ts';
import { defineCommand, updateVersioned } from '../db/command.ts';
import type { Queryable } from '../db/connection.ts';
import type { RenderModel } from './model.ts';
import { renderDocument } from './render/index.ts';
import { authorizeDocument, insertSections } from './commands.ts';
import {
  fileColumns, findingKey, findingsWithAcknowledgements, getDocument, getFrozenVersion, listAcknowledgements, listSections, liveModel,
  publicPath, publicSlug, sha256, specOf, writableDraft, type StoredFormat,
} from './store.ts';

/** An explicit, audited acknowledgement of one open finding, with the reason it may stand. */
export const acknowledgeFinding = defineCommand({
  name: 'document.acknowledge_finding',
  input: z.object({ id, findingKey: z.string().regex(/^[0-9a-f]{16}$/), reason: shortText(1000) }),
  authorize: (actor, input, tx) => authorizeDocument(actor, tx, input.id),
  async run(tx, input, actor) {
    const doc = writableDraft(await getDocument(tx, input.id));
    const finding = (await liveModel(tx, doc)).findings.find((f) => findingKey(f) === input.findingKey);
    if (!finding) throw new AppError('conflict', 'Kontrollen finns inte längre – uppgifterna har ändrats. Ladda om sidan.');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into document_acknowledgement (document_id, finding_key, section_id, kind, message, reason, actor_name)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (document_id, finding_key) do nothing returning *`,
      [doc.id, input.findingKey, finding.sectionId, finding.kind, finding.message, input.reason, actor.name]);
    if (!after) throw new AppError('conflict', 'Kontrollen är redan kvitterad.');
    return { result: after, audit: [{ entityType: 'document_acknowledgement', entityId: `${doc.id}:${input.findingKey}`, before: null, after }] };
  },
});

export async function renderAll(model: RenderModel): Promise<Record<StoredFormat, Buffer>> {
  const out = {} as Record<StoredFormat, Buffer>;
  for (const format of fileColumns) out[format] = await renderDocument(model, format);
  return out;
}

/**
 * Deciding records date and § and freezes the document: the render model and every rendered file
 * are stored with their sha256, and the database refuses any later change.
 */
export const decideDocument = defineCommand({
  name: 'document.decide',
  input: z.object({ id, version: z.number().int().positive(), decidedOn: isoDate, decisionRef: shortText(100) }),
  authorize: (actor, input, tx) => authorizeDocument(actor, tx, input.id),
  async run(tx, input, actor) {
    const doc = writableDraft(await getDocument(tx, input.id));
    if (doc.version !== input.version) throw staleVersion('handlingen');
    const live = await liveModel(tx, doc);
    const acks = await listAcknowledgements(tx, doc.id);
    const findings = findingsWithAcknowledgements(live.findings, acks);
    const open = findings.filter((f) => f.acknowledgement === null);
    if (open.length > 0) {
      throw new AppError('conflict', `${open.length} kontroller är öppna. Rätta dem eller kvittera var och en med ett skäl innan handlingen beslutas. Första: ${open[0]!.message}`);
    }
    const model: RenderModel = { ...live, decision: { decidedOn: input.decidedOn, reference: input.decisionRef } };
    const files = await renderAll(model);
    const hashes = Object.fromEntries(fileColumns.map((f) => [f, sha256(files[f])]));
    const acknowledged = acks.filter((a) => findings.some((f) => f.key === a.findingKey));
    const [version] = await tx.query<{ id: number }>(
      `insert into document_version (document_id, number, decided_on, decision_ref, decided_by, render_model, html, json, pdf, docx, xlsx, hashes, findings, acknowledged)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14::jsonb) returning id`,
      [doc.id, doc.number, input.decidedOn, input.decisionRef, actor.name, JSON.stringify(model), files.html, files.json, files.pdf, files.docx, files.xlsx,
        JSON.stringify(hashes), JSON.stringify(model.findings), JSON.stringify(acknowledged)]);
    const { before } = await updateVersioned(tx, 'document', doc.id, input.version, { status: 'decided' }, 'handlingen');
    const after = await getDocument(tx, doc.id);
    return {
      result: after,
      audit: [
        { entityType: 'document', entityId: doc.id, before, after },
        { entityType: 'document_version', entityId: version!.id, before: null, after: { number: doc.number, decidedOn: input.decidedOn, decisionRef: input.decisionRef, hashes, acknowledged } },
      ],
    };
  },
});

async function latestEdition(tx: Queryable, doc: { committeeId: number; type: string; year: number; month: number | null }) {
  const rows = await tx.query<{ number: number; status: string }>(
    'select number, status from document where committee_id = $1 and type = $2 and year = $3 and coalesce(month, 0) = $4 order by number desc',
    [doc.committeeId, doc.type, doc.year, doc.month ?? 0]);
  return { number: rows[0]?.number ?? 0, hasDraft: rows.some((r) => r.status === 'draft') };
}

/** A new edition of a decided document: a draft with a copy of its sections and text, pointing back. */
export const newDocumentVersion = defineCommand({
  name: 'document.new_version',
  input: z.object({ id }),
  authorize: (actor, input, tx) => authorizeDocument(actor, tx, input.id),
  async run(tx, input, actor) {
    const base = await getDocument(tx, input.id);
    if (base.status !== 'decided') throw new AppError('validation', 'En ny version görs av en beslutad handling; utkastet kan ändras som det är.');
    const latest = await latestEdition(tx, base);
    if (latest.hasDraft) throw new AppError('conflict', 'Det finns redan ett utkast till en ny version av handlingen.');
    const [row] = await tx.query<{ id: number }>(
      'insert into document (committee_id, type, year, month, title, number, previous_id, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id',
      [base.committeeId, base.type, base.year, base.month, base.title, latest.number + 1, base.id, actor.name]);
    const sections = await listSections(tx, base.id);
    await insertSections(tx, row!.id, sections.map(specOf), sections);
    const after = await getDocument(tx, row!.id);
    return { result: after, audit: [{ entityType: 'document', entityId: after.id, before: null, after }] };
  },
});

/** A decided edition on a public, read-only page at a stable address, beside its PDF. */
export const publishDocument = defineCommand({
  name: 'document.publish',
  input: z.object({ id }),
  authorize: (actor, input, tx) => authorizeDocument(actor, tx, input.id),
  async run(tx, input, actor) {
    const doc = await getDocument(tx, input.id);
    if (doc.status !== 'decided') throw new AppError('validation', 'Bara en beslutad handling kan publiceras.');
    const version = await getFrozenVersion(tx, doc.id);
    const slug = publicSlug(doc);
    const url = publicPath(doc.committeeCode, slug);
    if (doc.publishedSlug) return { result: { url, pdfUrl: `${url}.pdf` }, audit: [] };
    const [after] = await tx.query<Record<string, unknown>>(
      'insert into document_publication (document_version_id, committee_code, slug, published_by) values ($1, $2, $3, $4) returning *',
      [version.id, doc.committeeCode, slug, actor.name]);
    return { result: { url, pdfUrl: `${url}.pdf` }, audit: [{ entityType: 'document_publication', entityId: doc.id, before: null, after: after! }] };
  },
});
