import { basename } from 'node:path';
import { z, shortText, parseInput, expectedVersion, year } from '../../core/validation.ts';
import { AppError, importFailed, staleVersion, importIssue } from '../../core/errors.ts';
import { msg, schemaText } from '../../core/messages.ts';
import { can, ensure } from '../../core/permissions.ts';
import type { Actor } from '../../core/actor.ts';
import { defineCommand, execute, type AuditEntry } from '../../db/command.ts';
import type { Database, Queryable } from '../../db/connection.ts';
import { queryOne } from '../../db/rows.ts';
import { getMunicipality } from '../organisation/store.ts';
import type { KoladaImportSummary, SavedFileContents } from './model.ts';
import { KoladaFormatError, parseSavedFile } from './rules/parse.ts';
import { getBenchmarkGroup, upsertKpis, upsertMunicipalities, upsertValues } from './store.ts';
import { KoladaClient, koladaError, type RecordedPage } from './client.ts';

/** Reading and refreshing the shared Kolada cache: administrators and controllers. */
export const mayImport = (actor: Actor) => actor.role === 'admin' || actor.role === 'controller';

/** Parse problems as the usual import issues (file, row, column, reason); a JSON path stands in for the column. */
export function parseOrFail(json: unknown, file: string): SavedFileContents {
  try {
    return parseSavedFile(json, file);
  } catch (err) {
    if (err instanceof KoladaFormatError) throw importFailed([{ file, row: 0, column: err.path, reason: err.reason }]);
    throw err;
  }
}

export async function storeKoladaContents(
  tx: Queryable,
  contents: SavedFileContents,
  source: string,
  kind: 'http' | 'file' | 'demo',
  actorName: string,
): Promise<{ summary: KoladaImportSummary; audit: AuditEntry[] }> {
  const fetchedAt = contents.fetchedAt ?? new Date().toISOString();
  const values = await upsertValues(tx, contents.data, fetchedAt, source);
  const kpis = await upsertKpis(tx, contents.kpis, fetchedAt, source);
  const municipalities = await upsertMunicipalities(tx, contents.municipalities, fetchedAt);
  // a Kolada group in the file refreshes the members of every benchmark group bound to it
  const groupsUpdated: string[] = [];
  for (const g of contents.groups) {
    const bound = await tx.query<{ id: number; code: string }>('select id, code from benchmark_group where kolada_group_id = $1', [g.id]);
    for (const b of bound) {
      await tx.query('delete from benchmark_group_member where benchmark_group_id = $1', [b.id]);
      for (const m of g.members.filter((x) => /^\d{4}$/.test(x.id))) {
        await tx.query('insert into benchmark_group_member (benchmark_group_id, member_code, member_name) values ($1, $2, $3)', [
          b.id,
          m.id,
          m.title,
        ]);
      }
      await tx.query('update benchmark_group set version = version + 1 where id = $1', [b.id]);
      groupsUpdated.push(b.code);
    }
  }
  const summary: KoladaImportSummary = {
    source,
    pages: contents.pages,
    values,
    missingValues: contents.data.filter((d) => d.value === null).length,
    kpis,
    municipalities,
    groupsUpdated,
    fetchedAt,
  };
  await tx.query(
    'insert into kolada_import (kind, source, value_count, kpi_count, municipality_count, actor_name) values ($1, $2, $3, $4, $5, $6)',
    [kind, source, values, kpis, municipalities, actorName],
  );
  return { summary, audit: [{ entityType: 'kolada_import', entityId: source.slice(0, 200), before: null, after: summary }] };
}

/** Saved Kolada JSON (v3, or v2 saved earlier) into the cache: all or nothing, through the one parser. */
export const importKolada = defineCommand({
  name: 'kolada.import',
  input: z.object({
    file: z.string().trim().min(1).max(255),
    json: z.unknown(),
    kind: z.enum(['file', 'http', 'demo']).default('file'),
  }),
  authorize(actor) {
    ensure(mayImport(actor));
  },
  async run(tx, input, actor) {
    const contents = parseOrFail(input.json, input.file);
    if (contents.pages === 0) throw importFailed([importIssue(input.file, 0, '(fil)', msg('kolada.import_no_answers'))]);
    const { summary, audit } = await storeKoladaContents(tx, contents, input.file, input.kind, actor.name);
    return { result: summary, audit };
  },
});

export async function importKoladaFile(db: Database, actor: Actor, filename: string, text: string): Promise<KoladaImportSummary> {
  const file = basename(filename.replace(/\\/g, '/'));
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw importFailed([importIssue(file, 0, '(fil)', msg('import.invalid_json', { problem: (err as Error).message }))]);
  }
  return execute(db, actor, importKolada, { file, json });
}

export interface FetchRequest {
  kpis: string[];
  municipalities: string[];
  years: number[];
  /** Also fetch the KPIs' metadata (titles, publication dates). */
  metadata?: boolean;
}

export const fetchInput = z.object({
  kpis: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[NU]\d{5}$/, { message: schemaText('kolada.kpi_id_format') }),
    )
    .min(1)
    .max(200),
  municipalities: z
    .array(
      z
        .string()
        .trim()
        .regex(/^(\d{4}|G\d+)$/, { message: schemaText('kolada.municipality_format') }),
    )
    .max(400)
    .default([]),
  benchmarkGroup: z.string().trim().max(40).optional(),
  years: z.array(year).min(1).max(60),
  metadata: z.boolean().default(true),
});

/**
 * Fetches live from Kolada (outside any transaction), then stores the received pages through the
 * same import command as a saved file. The pages are returned too, so they can be saved as a file.
 */
export async function fetchFromKolada(
  db: Database,
  actor: Actor,
  raw: unknown,
  client = new KoladaClient({ baseUrl: process.env.STYRBORD_KOLADA_URL || undefined }),
): Promise<{ summary: KoladaImportSummary; pages: RecordedPage[] }> {
  ensure(mayImport(actor));
  const input = parseInput(fetchInput, raw);
  const municipalities = new Set(input.municipalities);
  if (input.benchmarkGroup) {
    const group = await getBenchmarkGroup(db, input.benchmarkGroup);
    for (const m of group.members) municipalities.add(m.code);
    municipalities.add((await getMunicipality(db)).code);
  }
  if (municipalities.size === 0)
    throw new AppError('validation', msg('kolada.give_municipality_or_group'), {
      fields: [{ field: 'municipalities', message: msg('field.missing') }],
    });
  try {
    if (input.metadata) await client.kpis(input.kpis);
    await client.data(input.kpis, [...municipalities], input.years);
  } catch (err) {
    throw koladaError(err);
  }
  const pages = client.recorded;
  const summary = await execute(db, actor, importKolada, { file: `${client.baseUrl} (${pages.length} sidor)`, json: pages, kind: 'http' });
  return { summary, pages };
}

/** A named list of municipality codes (R9 …) for averages and medians. */
export const saveBenchmarkGroup = defineCommand({
  name: 'benchmark_group.save',
  input: z.object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{1,40}$/, { message: schemaText('kolada.group_code_format') }),
    name: shortText(200),
    koladaGroupId: z
      .string()
      .trim()
      .regex(/^G\d+$/)
      .nullable()
      .default(null),
    includeSelf: z.boolean().default(true),
    members: z
      .array(
        z.object({ code: z.string().regex(/^\d{4}$/, { message: schemaText('kolada.municipality_four_digits') }), name: shortText(100) }),
      )
      .min(1)
      .max(400),
    sourceNote: z.string().trim().max(1000).nullable().default(null),
    /** 0 for a new group. */
    version: expectedVersion,
  }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const municipality = await getMunicipality(tx);
    const [before] = await tx.query<{ id: number; version: number }>(
      'select * from benchmark_group where municipality_code = $1 and upper(code) = upper($2) for update',
      [municipality.code, input.code],
    );
    if ((before?.version ?? 0) !== input.version) throw staleVersion(msg('thing.benchmark_group'));
    const beforeGroup = before ? await getBenchmarkGroup(tx, before.id) : null;
    let id = before?.id;
    if (id === undefined) {
      const row = await queryOne<{ id: number }>(
        tx,
        'insert into benchmark_group (municipality_code, code, name, kolada_group_id, include_self, source_note) values ($1, $2, $3, $4, $5, $6) returning id',
        [municipality.code, input.code, input.name, input.koladaGroupId, input.includeSelf, input.sourceNote],
      );
      id = row.id;
    } else {
      await tx.query(
        'update benchmark_group set name = $2, kolada_group_id = $3, include_self = $4, source_note = $5, version = version + 1 where id = $1',
        [id, input.name, input.koladaGroupId, input.includeSelf, input.sourceNote],
      );
      await tx.query('delete from benchmark_group_member where benchmark_group_id = $1', [id]);
    }
    const seen = new Set<string>();
    for (const m of input.members) {
      if (seen.has(m.code)) continue;
      seen.add(m.code);
      await tx.query('insert into benchmark_group_member (benchmark_group_id, member_code, member_name) values ($1, $2, $3)', [
        id,
        m.code,
        m.name,
      ]);
    }
    const after = await getBenchmarkGroup(tx, id);
    return { result: after, audit: [{ entityType: 'benchmark_group', entityId: id, before: beforeGroup, after }] };
  },
});
