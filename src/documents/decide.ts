import { z, shortText, isoDate, id, parseInput, version } from '../core/validation.ts';
import { AppError, staleVersion } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import type { Actor } from '../core/actor.ts';
import { defineCommand, execute } from '../db/command.ts';
import type { Database, Queryable } from '../db/connection.ts';
import { maybeOne, queryOne } from '../db/rows.ts';
import { updateVersioned } from '../db/versioned.ts';
import { ensureSecondPerson } from '../modules/settings/store.ts';
import type { RenderModel, StoredDocument } from './model.ts';
import { renderDocument } from './render/index.ts';
import { authorizeDocument, documentRow, insertSections } from './commands.ts';
import {
  fileColumns,
  findingKey,
  findingsWithAcknowledgements,
  getAcknowledgement,
  getDocument,
  getFrozenVersion,
  listAcknowledgements,
  listSections,
  liveModel,
  publicPath,
  publicSlug,
  sha256,
  specOf,
  writableDraft,
  type StoredFormat,
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
    const inserted = await maybeOne(
      tx,
      `insert into document_acknowledgement (document_id, finding_key, section_id, kind, message, reason, actor_name)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (document_id, finding_key) do nothing returning id`,
      [doc.id, input.findingKey, finding.sectionId, finding.kind, finding.message, input.reason, actor.name],
    );
    if (!inserted) throw new AppError('conflict', 'Kontrollen är redan kvitterad.');
    const after = await getAcknowledgement(tx, doc.id, input.findingKey);
    return {
      result: after,
      audit: [{ entityType: 'document_acknowledgement', entityId: `${doc.id}:${input.findingKey}`, before: null, after }],
    };
  },
});

export async function renderAll(model: RenderModel): Promise<Record<StoredFormat, Buffer>> {
  const out = {} as Record<StoredFormat, Buffer>;
  for (const format of fileColumns) out[format] = await renderDocument(model, format);
  return out;
}

const decideInput = z.object({ id, version, decidedOn: isoDate, decisionRef: shortText(100) });
type DecideInput = z.output<typeof decideInput>;

async function authorizeDecision(actor: Actor, input: DecideInput, db: Queryable): Promise<void> {
  await authorizeDocument(actor, db, input.id);
  await ensureSecondPerson(db, actor, { kind: 'document', id: input.id }, msg('thing.document'));
}

/** The draft as it would be decided now: refused while a finding is open or the caller saw another version. */
async function decisionModel(db: Queryable, input: DecideInput) {
  const doc = writableDraft(await getDocument(db, input.id));
  if (doc.version !== input.version) throw staleVersion(msg('thing.document'));
  const live = await liveModel(db, doc);
  const acks = await listAcknowledgements(db, doc.id);
  const findings = findingsWithAcknowledgements(live.findings, acks);
  const [firstOpen, ...moreOpen] = findings.filter((f) => f.acknowledgement === null);
  if (firstOpen) {
    throw new AppError(
      'conflict',
      `${1 + moreOpen.length} kontroller är öppna. Rätta dem eller kvittera var och en med ett skäl innan handlingen beslutas. Första: ${firstOpen.message}`,
    );
  }
  const model: RenderModel = { ...live, decision: { decidedOn: input.decidedOn, reference: input.decisionRef } };
  return { doc, model, json: JSON.stringify(model), acknowledged: acks.filter((a) => findings.some((f) => f.key === a.findingKey)) };
}

/**
 * Deciding records date and § and freezes the document: the render model and every rendered file
 * are stored with their sha256, and the database refuses any later change. The files are rendered
 * first, outside any transaction (a PDF takes Chromium most of a second, and on PGlite a
 * transaction holds every other request); the short freezing transaction then builds the model
 * again and refuses (409) if anything it shows changed meanwhile, so stale content is never frozen.
 * `render` is replaceable so that a test can change the data while the files are being rendered.
 */
export async function decideDocument(db: Database, actor: Actor, rawInput: unknown, render = renderAll): Promise<StoredDocument> {
  const input = parseInput(decideInput, rawInput);
  await authorizeDecision(actor, input, db);
  const prepared = await decisionModel(db, input);
  const files = await render(prepared.model);
  const hashes = Object.fromEntries(fileColumns.map((f) => [f, sha256(files[f])]));
  return execute(
    db,
    actor,
    defineCommand({
      name: 'document.decide',
      input: decideInput,
      authorize: (a, i, tx) => authorizeDecision(a, i, tx),
      async run(tx, i, a) {
        await tx.query('select 1 from document where id = $1 for update', [i.id]);
        const now = await decisionModel(tx, i);
        if (now.json !== prepared.json) {
          throw new AppError(
            'stale_version',
            'Uppgifterna i handlingen ändrades medan filerna skapades; ingenting beslutades. Ladda om sidan och besluta igen.',
          );
        }
        const { doc } = now;
        const version = await queryOne<{ id: number }>(
          tx,
          `insert into document_version (document_id, number, decided_on, decision_ref, decided_by, render_model, html, json, pdf, docx, xlsx, hashes, findings, acknowledged)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14::jsonb) returning id`,
          [
            doc.id,
            doc.number,
            i.decidedOn,
            i.decisionRef,
            a.name,
            now.json,
            files.html,
            files.json,
            files.pdf,
            files.docx,
            files.xlsx,
            JSON.stringify(hashes),
            JSON.stringify(now.model.findings),
            JSON.stringify(now.acknowledged),
          ],
        );
        const { before, after } = await updateVersioned(tx, documentRow, doc.id, i.version, { status: 'decided' });
        return {
          result: after,
          audit: [
            { entityType: 'document', entityId: doc.id, before, after },
            {
              entityType: 'document_version',
              entityId: version.id,
              before: null,
              after: { number: doc.number, decidedOn: i.decidedOn, decisionRef: i.decisionRef, hashes, acknowledged: now.acknowledged },
            },
          ],
        };
      },
    }),
    input,
  );
}

async function latestEdition(tx: Queryable, doc: { committeeId: number; type: string; year: number; month: number | null }) {
  const rows = await tx.query<{ number: number; status: string }>(
    'select number, status from document where committee_id = $1 and type = $2 and year = $3 and coalesce(month, 0) = $4 order by number desc',
    [doc.committeeId, doc.type, doc.year, doc.month ?? 0],
  );
  return { number: rows[0]?.number ?? 0, hasDraft: rows.some((r) => r.status === 'draft') };
}

/** A new edition of a decided document: a draft with a copy of its sections and text, pointing back. */
export const newDocumentVersion = defineCommand({
  name: 'document.new_version',
  input: z.object({ id }),
  authorize: (actor, input, tx) => authorizeDocument(actor, tx, input.id),
  async run(tx, input, actor) {
    const base = await getDocument(tx, input.id);
    if (base.status !== 'decided')
      throw new AppError('validation', 'En ny version görs av en beslutad handling; utkastet kan ändras som det är.');
    const latest = await latestEdition(tx, base);
    if (latest.hasDraft) throw new AppError('conflict', 'Det finns redan ett utkast till en ny version av handlingen.');
    const row = await queryOne<{ id: number }>(
      tx,
      'insert into document (committee_id, type, year, month, title, number, previous_id, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id',
      [base.committeeId, base.type, base.year, base.month, base.title, latest.number + 1, base.id, actor.name],
    );
    const sections = await listSections(tx, base.id);
    await insertSections(tx, row.id, sections.map(specOf), sections);
    const after = await getDocument(tx, row.id);
    return { result: after, audit: [{ entityType: 'document', entityId: after.id, before: null, after }] };
  },
});

/** A decided edition on a public, read-only page at a stable address, beside its PDF. */
export const publishDocument = defineCommand({
  name: 'document.publish',
  input: z.object({ id }),
  async authorize(actor, input, tx) {
    await authorizeDocument(actor, tx, input.id);
    await ensureSecondPerson(tx, actor, { kind: 'document', id: input.id }, msg('thing.document'), 'publish');
  },
  async run(tx, input, actor) {
    const doc = await getDocument(tx, input.id);
    if (doc.status !== 'decided') throw new AppError('validation', 'Bara en beslutad handling kan publiceras.');
    if (doc.withdrawnAt)
      throw new AppError(
        'conflict',
        'Publiceringen är återkallad. Adressen förblir återkallad; publicera i stället en ny version av handlingen.',
      );
    const version = await getFrozenVersion(tx, doc.id);
    const slug = publicSlug(doc);
    const url = publicPath(doc.committeeCode, slug);
    if (doc.publishedSlug) return { result: { url, pdfUrl: `${url}.pdf` }, audit: [] };
    const after = await queryOne(
      tx,
      `insert into document_publication (document_version_id, committee_code, slug, published_by) values ($1, $2, $3, $4)
       returning id, document_version_id as "documentVersionId", committee_code as "committeeCode", slug, published_by as "publishedBy", published_at as "publishedAt"`,
      [version.id, doc.committeeCode, slug, actor.name],
    );
    return {
      result: { url, pdfUrl: `${url}.pdf` },
      audit: [{ entityType: 'document_publication', entityId: doc.id, before: null, after }],
    };
  },
});
