import { createHash } from 'node:crypto';
import type { Queryable } from '../db/connection.ts';
import { AppError, notFound } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { required } from '../core/required.ts';
import { maybeOne, queryOne } from '../db/rows.ts';
import { getMunicipality } from '../modules/organisation/store.ts';
import { assembleDocument, type WrittenText } from './assemble.ts';
import { ensureUnchanged } from './integrity.ts';
import type { DocumentFinding, DocumentType, RenderModel, StoredDocument, StoredSection, Withdrawal } from './model.ts';
import { defaultTemplates, type SectionSpec } from './templates.ts';

const documentColumns = `d.id, d.committee_id as "committeeId", c.code as "committeeCode", c.name as "committeeName", d.type, d.year, d.month,
  d.title, d.status, d.number, d.previous_id as "previousId", d.created_at as "createdAt", d.created_by as "createdBy", d.version,
  v.decided_on as "decidedOn", v.decision_ref as "decisionRef", v.id as "versionId", p.slug as "publishedSlug",
  w.withdrawn_at as "withdrawnAt", w.withdrawn_by as "withdrawnBy", w.reason as "withdrawalReason"`;
const documentFrom = `document d join committee c on c.id = d.committee_id
  left join document_version v on v.document_id = d.id left join document_publication p on p.document_version_id = v.id
  left join document_withdrawal w on w.document_publication_id = p.id`;

export async function getDocument(db: Queryable, id: number): Promise<StoredDocument> {
  const [row] = await db.query<StoredDocument>(`select ${documentColumns} from ${documentFrom} where d.id = $1`, [id]);
  if (!row) throw notFound(msg('thing.document'));
  return row;
}

export function listDocuments(db: Queryable, committeeId: number): Promise<StoredDocument[]> {
  return db.query<StoredDocument>(
    `select ${documentColumns} from ${documentFrom} where d.committee_id = $1
    order by d.year desc, d.month desc nulls first, d.type, d.number desc`,
    [committeeId],
  );
}

/** Every edition of the same document: same committee, type and period. */
export function listEditions(db: Queryable, doc: StoredDocument): Promise<StoredDocument[]> {
  return db.query<StoredDocument>(
    `select ${documentColumns} from ${documentFrom}
    where d.committee_id = $1 and d.type = $2 and d.year = $3 and coalesce(d.month, 0) = $4 order by d.number`,
    [doc.committeeId, doc.type, doc.year, doc.month ?? 0],
  );
}

export function listSections(db: Queryable, documentId: number): Promise<StoredSection[]> {
  return db.query<StoredSection>(
    `select id, document_id as "documentId", position, section_id as "sectionId", title, kind,
    block_types as "blockTypes", prompt, paragraphs, author, status, note, version
    from document_section where document_id = $1 order by position, id`,
    [documentId],
  );
}

export async function getSection(db: Queryable, id: number): Promise<StoredSection> {
  const row = await queryOne<{ documentId: number }>(
    db,
    'select document_id as "documentId" from document_section where id = $1',
    [id],
    msg('thing.document_section'),
  );
  return required(
    (await listSections(db, row.documentId)).find((s) => s.id === id),
    `avsnitt ${id} i sin handling`,
  );
}

/** The municipality's section list for a type, or the built-in default. */
export async function templateFor(
  db: Queryable,
  type: DocumentType,
): Promise<{ sections: SectionSpec[]; version: number; custom: boolean }> {
  const municipality = await getMunicipality(db);
  const [row] = await db.query<{ sections: SectionSpec[]; version: number }>(
    'select sections, version from document_template where municipality_code = $1 and type = $2',
    [municipality.code, type],
  );
  return row ? { ...row, custom: true } : { sections: defaultTemplates[type], version: 0, custom: false };
}

export const specOf = (s: StoredSection): SectionSpec =>
  s.kind === 'text'
    ? { id: s.sectionId, title: s.title, kind: 'text', prompt: s.prompt ?? '' }
    : { id: s.sectionId, title: s.title, kind: 'block', blocks: s.blockTypes };

/** A draft as it would print now: stored sections and text over live data. */
export async function liveModel(db: Queryable, doc: StoredDocument, sections?: StoredSection[]): Promise<RenderModel> {
  const rows = sections ?? (await listSections(db, doc.id));
  const texts = new Map<string, WrittenText>(
    rows.filter((s) => s.kind === 'text').map((s) => [s.sectionId, { paragraphs: s.paragraphs, status: s.status }]),
  );
  const model = await assembleDocument(db, {
    type: doc.type,
    committeeCode: doc.committeeCode,
    year: doc.year,
    month: doc.month,
    sections: rows.map(specOf),
    texts,
  });
  return { ...model, title: doc.title };
}

export interface FrozenVersion {
  id: number;
  documentId: number;
  number: number;
  decidedOn: string;
  decisionRef: string;
  decidedBy: string;
  renderModel: string;
  hashes: Record<string, string>;
  findings: DocumentFinding[];
  acknowledged: Acknowledgement[];
  createdAt: string;
}

export async function getFrozenVersion(db: Queryable, documentId: number): Promise<FrozenVersion> {
  const [row] = await db.query<FrozenVersion>(
    `select id, document_id as "documentId", number, decided_on as "decidedOn", decision_ref as "decisionRef",
    decided_by as "decidedBy", render_model as "renderModel", hashes, findings, acknowledged, created_at as "createdAt"
    from document_version where document_id = $1`,
    [documentId],
  );
  if (!row) throw notFound(msg('thing.decided_version'));
  return row;
}

export const fileColumns = ['html', 'json', 'pdf', 'docx', 'xlsx'] as const;
export type StoredFormat = (typeof fileColumns)[number];

/** The decided file, refused (and logged) unless it still has the sha256 stored at the decision. */
export async function frozenFile(db: Queryable, documentId: number, format: StoredFormat): Promise<Buffer> {
  const [row] = await db.query<{ versionId: number; bytes: Uint8Array; expected: string | null }>(
    `select id as "versionId", ${format} as bytes, hashes->>$2 as expected from document_version where document_id = $1`,
    [documentId, format],
  );
  if (!row) throw notFound(msg('thing.decided_version'));
  const bytes = Buffer.from(row.bytes);
  await ensureUnchanged(db, { documentId, versionId: row.versionId, format, expected: row.expected, actual: sha256(bytes) });
  return bytes;
}

/** A decided document prints from its frozen model; a draft from the data as it is now. */
export async function documentModel(db: Queryable, doc: StoredDocument): Promise<RenderModel> {
  if (doc.status === 'decided') return JSON.parse((await getFrozenVersion(db, doc.id)).renderModel) as RenderModel;
  return liveModel(db, doc);
}

export interface Acknowledgement {
  findingKey: string;
  sectionId: string;
  kind: string;
  message: string;
  reason: string;
  actorName: string;
  acknowledgedAt: string;
}

const acknowledgementColumns = `finding_key as "findingKey", section_id as "sectionId", kind, message, reason, actor_name as "actorName",
  acknowledged_at as "acknowledgedAt"`;

export function listAcknowledgements(db: Queryable, documentId: number): Promise<Acknowledgement[]> {
  return db.query<Acknowledgement>(`select ${acknowledgementColumns} from document_acknowledgement where document_id = $1 order by id`, [
    documentId,
  ]);
}

export function getAcknowledgement(db: Queryable, documentId: number, key: string): Promise<Acknowledgement> {
  return queryOne<Acknowledgement>(
    db,
    `select ${acknowledgementColumns} from document_acknowledgement where document_id = $1 and finding_key = $2`,
    [documentId, key],
    msg('thing.acknowledgement'),
  );
}

/** A finding is known by where it is, what kind it is and what it says: a changed figure is a new finding. */
export const findingKey = (f: DocumentFinding): string =>
  createHash('sha256')
    .update(JSON.stringify([f.sectionId, f.kind, f.message]))
    .digest('hex')
    .slice(0, 16);

export function findingsWithAcknowledgements(findings: DocumentFinding[], acks: Acknowledgement[]) {
  const byKey = new Map(acks.map((a) => [a.findingKey, a]));
  return findings.map((f) => {
    const key = findingKey(f);
    const a = byKey.get(key);
    return { ...f, key, acknowledgement: a ? { reason: a.reason, actorName: a.actorName, acknowledgedAt: a.acknowledgedAt } : null };
  });
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The stable public address of a decided edition: internbudget-2024-v1, manadsrapport-2024-08-v2. */
export const publicSlug = (doc: Pick<StoredDocument, 'type' | 'year' | 'month' | 'number'>) =>
  `${doc.type}-${doc.year}${doc.month === null ? '' : `-${String(doc.month).padStart(2, '0')}`}-v${doc.number}`;
export const publicPath = (committeeCode: string, slug: string) => `/publicerat/${encodeURIComponent(committeeCode)}/${slug}`;

export function writableDraft(doc: StoredDocument): StoredDocument {
  if (doc.status === 'decided')
    throw new AppError('frozen', `${doc.title} (v${doc.number}) är beslutad och kan inte ändras; gör en ny version.`);
  return doc;
}

/** A publication at its public address (committee code and slug), with its withdrawal if any; null when none. */
export function findPublication(db: Queryable, committeeCode: string, slug: string) {
  return maybeOne<{ documentId: number; pdfBytes: number; title: string; withdrawal: Withdrawal | null }>(
    db,
    `select v.document_id as "documentId", length(v.pdf) as "pdfBytes", d.title,
       case when w.id is null then null else json_build_object('withdrawnAt', w.withdrawn_at, 'reason', w.reason) end as withdrawal
     from document_publication p join document_version v on v.id = p.document_version_id join document d on d.id = v.document_id
     left join document_withdrawal w on w.document_publication_id = p.id where p.committee_code = $1 and p.slug = $2`,
    [committeeCode, slug],
  );
}
