import { z, shortText, id, committeeCode, expectedVersion, month, version, year } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { can, ensure } from '../core/permissions.ts';
import type { Actor } from '../core/actor.ts';
import { defineCommand } from '../db/command.ts';
import type { Queryable } from '../db/connection.ts';
import { queryOne } from '../db/rows.ts';
import { updateVersioned, upsertVersioned, type VersionedRow } from '../db/versioned.ts';
import { getCommitteeByCode, getMunicipality } from '../modules/organisation/store.ts';
import { documentTypeNames, type DocumentType, type StoredDocument, type StoredSection } from './model.ts';
import { blockDefinitions } from './blocks/all.ts';
import { monthName } from '../core/months.ts';
import type { SectionSpec } from './templates.ts';
import { getDocument, getSection, listSections, templateFor, writableDraft } from './store.ts';
import { writesCommittee } from '../modules/organisation/commands.ts';

export const documentType = z.enum(['internbudget', 'delarsrapport', 'manadsrapport', 'atgardsplan']);
const needsMonth = (type: DocumentType) => type === 'delarsrapport' || type === 'manadsrapport';

const sectionId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'Små bokstäver a–z, siffror och bindestreck' });
const sectionSpec = z.discriminatedUnion('kind', [
  z.object({ id: sectionId, title: shortText(200), kind: z.literal('text'), prompt: z.string().trim().max(1000).default('') }),
  z.object({
    id: sectionId,
    title: shortText(200),
    kind: z.literal('block'),
    blocks: z
      .array(z.string().refine((b) => blockDefinitions.has(b), { message: 'Okänt datablock' }))
      .min(1)
      .max(10),
  }),
]);
export const sectionList = z
  .array(sectionSpec)
  .min(1)
  .max(60)
  .refine((xs) => new Set(xs.map((s) => s.id)).size === xs.length, { message: 'Varje avsnitt behöver ett eget id' });

export const paragraphs = z.array(z.object({ type: z.enum(['p', 'li']), text: z.string().trim().min(1).max(20_000) })).max(500);

export const documentRow: VersionedRow<StoredDocument> = { table: 'document', what: msg('thing.document'), read: getDocument };
const sectionRow: VersionedRow<StoredSection> = { table: 'document_section', what: msg('thing.document_section'), read: getSection };

export async function authorizeDocument(actor: Actor, tx: Queryable, documentId: number): Promise<void> {
  ensure(can.writeCommittee(actor, (await getDocument(tx, documentId)).committeeId));
}

async function authorizeSection(actor: Actor, tx: Queryable, sectionRowId: number): Promise<void> {
  await authorizeDocument(actor, tx, (await getSection(tx, sectionRowId)).documentId);
}

export async function insertSections(tx: Queryable, documentId: number, specs: SectionSpec[], from?: StoredSection[]): Promise<void> {
  const old = new Map((from ?? []).map((s) => [s.sectionId, s]));
  for (const [position, spec] of specs.entries()) {
    const copy = old.get(spec.id);
    await tx.query(
      `insert into document_section (document_id, position, section_id, title, kind, block_types, prompt, paragraphs, author, status, note)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9, $10, $11)`,
      [
        documentId,
        position,
        spec.id,
        spec.title,
        spec.kind,
        JSON.stringify(spec.kind === 'block' ? spec.blocks : []),
        spec.kind === 'text' ? spec.prompt : null,
        JSON.stringify(copy?.paragraphs ?? []),
        copy?.author ?? null,
        copy?.status ?? (spec.kind === 'block' ? 'done' : 'draft'),
        copy?.note ?? null,
      ],
    );
  }
}

/** A new document for a committee and period, with the sections of the municipality's template. */
export const createDocument = defineCommand({
  name: 'document.create',
  input: z
    .object({
      committeeCode,
      type: documentType,
      year: year,
      month: month.nullable().default(null),
      title: z.string().trim().max(200).default(''),
    })
    .refine((d) => !needsMonth(d.type) || d.month !== null, {
      message: 'En delårsrapport eller månadsrapport gäller en brytmånad; ange månad.',
      path: ['month'],
    }),
  authorize: writesCommittee,
  async run(tx, input, actor) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const month = needsMonth(input.type) ? input.month : null;
    const existing = await tx.query(
      'select 1 from document where committee_id = $1 and type = $2 and year = $3 and coalesce(month, 0) = $4',
      [committee.id, input.type, input.year, month ?? 0],
    );
    if (existing.length > 0)
      throw new AppError('conflict', 'Handlingen finns redan för den perioden; öppna den, eller gör en ny version av den beslutade.');
    const title = input.title || `${documentTypeNames[input.type]} ${month === null ? input.year : `${monthName(month)} ${input.year}`}`;
    const row = await queryOne<{ id: number }>(
      tx,
      'insert into document (committee_id, type, year, month, title, created_by) values ($1, $2, $3, $4, $5, $6) returning id',
      [committee.id, input.type, input.year, month, title, actor.name],
    );
    await insertSections(tx, row.id, (await templateFor(tx, input.type)).sections);
    const after = await getDocument(tx, row.id);
    return { result: after, audit: [{ entityType: 'document', entityId: after.id, before: null, after }] };
  },
});

/** Reorder, add and remove sections of a draft: the new list, in order; text stays with its section id. */
export const setSections = defineCommand({
  name: 'document.set_sections',
  input: z.object({ id, version, sections: sectionList }),
  authorize: (actor, input, tx) => authorizeDocument(actor, tx, input.id),
  async run(tx, input) {
    writableDraft(await getDocument(tx, input.id));
    const old = await listSections(tx, input.id);
    const { before, after } = await updateVersioned(tx, documentRow, input.id, input.version, {});
    await tx.query('delete from document_section where document_id = $1', [input.id]);
    await insertSections(tx, input.id, input.sections, old);
    const sections = await listSections(tx, input.id);
    return {
      result: after,
      audit: [
        {
          entityType: 'document',
          entityId: input.id,
          before: { ...before, sections: old.map((s) => s.sectionId) },
          after: { ...after, sections: sections.map((s) => s.sectionId) },
        },
      ],
    };
  },
});

async function writableSection(tx: Queryable, sectionRowId: number, kind?: 'text'): Promise<StoredSection> {
  const section = await getSection(tx, sectionRowId);
  writableDraft(await getDocument(tx, section.documentId));
  if (kind && section.kind !== kind) throw new AppError('validation', 'Avsnittet är ett datablock; det har ingen text att skriva.');
  return section;
}

export const saveSectionText = defineCommand({
  name: 'document_section.save_text',
  input: z.object({ id, version, paragraphs, note: z.string().trim().max(2000).nullable().default(null) }),
  authorize: (actor, input, tx) => authorizeSection(actor, tx, input.id),
  async run(tx, input, actor) {
    await writableSection(tx, input.id, 'text');
    const { before, after } = await updateVersioned(tx, sectionRow, input.id, input.version, {
      paragraphs: JSON.stringify(input.paragraphs),
      note: input.note || null,
      author: actor.name,
    });
    return { result: after, audit: [{ entityType: 'document_section', entityId: input.id, before, after }] };
  },
});

export const setSectionStatus = defineCommand({
  name: 'document_section.set_status',
  input: z.object({ id, version, status: z.enum(['draft', 'done']) }),
  authorize: (actor, input, tx) => authorizeSection(actor, tx, input.id),
  async run(tx, input) {
    await writableSection(tx, input.id, 'text');
    const { before, after } = await updateVersioned(tx, sectionRow, input.id, input.version, { status: input.status });
    return { result: after, audit: [{ entityType: 'document_section', entityId: input.id, before, after }] };
  },
});

/** An administrator replaces the municipality's section list for a type; new documents use it. */
export const setTemplate = defineCommand({
  name: 'document_template.set',
  input: z.object({ type: documentType, version: expectedVersion, sections: sectionList }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const municipality = await getMunicipality(tx);
    const { before, after } = await upsertVersioned(tx, {
      table: 'document_template',
      key: { municipality_code: municipality.code, type: input.type },
      values: { sections: JSON.stringify(input.sections) },
      casts: { sections: 'jsonb' },
      expectedVersion: input.version,
      what: msg('thing.document_template'),
      read: (db) => templateFor(db, input.type),
    });
    return { result: after, audit: [{ entityType: 'document_template', entityId: `${municipality.code}:${input.type}`, before, after }] };
  },
});
