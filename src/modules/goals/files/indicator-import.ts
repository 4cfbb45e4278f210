import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { csvText } from '../../../files/csv.ts';
import { z } from '../../../core/validation.ts';
import { AppError, importFailed, type ImportIssue } from '../../../core/errors.ts';
import { can, ensure } from '../../../core/permissions.ts';
import type { Actor } from '../../../core/actor.ts';
import { defineCommand, execute, type AuditEntry } from '../../../db/command.ts';
import type { Database, Queryable } from '../../../db/connection.ts';
import { mapColumns, mappedRows, type ColumnSpec } from '../../../files/columns.ts';
import { formatOf, readSheets, readTable, MAX_IMPORT_ROWS, type Table } from '../../../files/table-file.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import { listBenchmarkGroups } from '../../kolada/store.ts';
import { directionLabel, type Direction, type Gender, type IndicatorImportSummary } from '../model.ts';
import * as store from '../store.ts';
import { upsertTarget } from '../commands/indicator-targets.ts';
import { upsertValue } from '../commands/indicator-values.ts';

/**
 * Import and export of indicator values and targets as xlsx (sheets "Värden" and "Mål"), csv
 * (one of the two tables, recognised by its header) or json ({ "Värden": [...], "Mål": [...] },
 * rows keyed by column name). Every row is validated first and every problem reported with file,
 * row, column and reason; one problem stops the whole import.
 */
export const VALUE_SHEET = 'Värden';
export const TARGET_SHEET = 'Mål';
export const VALUE_COLUMNS = [
  'Nämnd',
  'Indikator',
  'Indikatornamn',
  'År',
  'Månad',
  'Kön',
  'Värde',
  'Täljare',
  'Nämnare',
  'Preliminärt',
  'Kommentar',
] as const;
export const TARGET_COLUMNS = [
  'Nämnd',
  'Indikator',
  'Indikatornamn',
  'År',
  'Kön',
  'Måltyp',
  'Riktning',
  'Jämförelse',
  'Målvärde',
  'Jämförelsegrupp',
  'Mått',
  'Text',
] as const;
type ValueColumn = (typeof VALUE_COLUMNS)[number];
type TargetColumn = (typeof TARGET_COLUMNS)[number];

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');
const kindText = { direction: 'riktning', value: 'värde', benchmark: 'jämförelsegrupp' } as const;
const comparatorText = { at_least: 'minst', at_most: 'högst', equal: 'lika med' } as const;

type Cell = string | number;

// ---- export ----

export async function indicatorDataRows(db: Queryable, committeeCode: string): Promise<{ values: Cell[][]; targets: Cell[][] }> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const indicators = await store.listIndicators(db, committee.id);
  const values = await store.indicatorValues(
    db,
    indicators.filter((i) => i.source !== 'kolada'),
  );
  const targets = await store.indicatorTargets(
    db,
    indicators.map((i) => i.id),
  );
  const valueRows: Cell[][] = [];
  const targetRows: Cell[][] = [];
  for (const i of indicators) {
    for (const v of values.get(i.id) ?? []) {
      valueRows.push([
        committee.code,
        i.code,
        i.name,
        v.year,
        v.month ?? '',
        v.gender,
        v.value ?? '',
        v.numerator ?? '',
        v.denominator ?? '',
        v.preliminary ? 'ja' : 'nej',
        v.note,
      ]);
    }
    for (const t of targets.get(i.id) ?? []) {
      targetRows.push([
        committee.code,
        i.code,
        i.name,
        t.year,
        t.gender,
        kindText[t.kind],
        t.kind === 'direction' ? directionLabel[t.direction] : '',
        t.kind === 'direction' ? '' : comparatorText[t.comparator],
        t.kind === 'value' ? t.value : '',
        t.kind === 'benchmark' ? t.groupCode : '',
        t.kind === 'benchmark' ? (t.statistic === 'average' ? 'snitt' : 'median') : '',
        t.label,
      ]);
    }
  }
  return { values: valueRows, targets: targetRows };
}

export async function exportIndicatorData(
  db: Queryable,
  committeeCode: string,
  format: 'xlsx' | 'csv' | 'json',
  table: 'values' | 'targets' = 'values',
): Promise<{ body: Buffer; filename: string; contentType: string }> {
  const { values, targets } = await indicatorDataRows(db, committeeCode);
  const base = `indikatorer-${committeeCode.toUpperCase()}`;
  if (format === 'json') {
    const objects = (columns: readonly string[], rows: Cell[][]) =>
      rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])));
    return {
      body: Buffer.from(
        `${JSON.stringify({ [VALUE_SHEET]: objects(VALUE_COLUMNS, values), [TARGET_SHEET]: objects(TARGET_COLUMNS, targets) }, null, 2)}\n`,
      ),
      filename: `${base}.json`,
      contentType: 'application/json; charset=utf-8',
    };
  }
  if (format === 'csv') {
    const [columns, rows] = table === 'values' ? [VALUE_COLUMNS, values] : [TARGET_COLUMNS, targets];
    return {
      body: Buffer.from(csvText([[...columns], ...rows], { excel: true })),
      filename: `${base}-${table === 'values' ? 'varden' : 'mal'}.csv`,
      contentType: 'text/csv; charset=utf-8',
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrbord';
  for (const [name, columns, rows] of [
    [VALUE_SHEET, VALUE_COLUMNS, values],
    [TARGET_SHEET, TARGET_COLUMNS, targets],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...columns]).font = { bold: true };
    for (const r of rows) sheet.addRow(r);
    columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c === 'Indikatornamn' ? 50 : Math.max(10, c.length + 2);
    });
  }
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

// ---- validation (pure) ----

export interface ImportContext {
  committeeCode: string;
  indicators: readonly { id: number; code: string; name: string; genderSplit: boolean; source: string }[];
  groups: readonly string[];
}

export interface ValueRow {
  row: number;
  indicatorId: number;
  year: number;
  month: number | null;
  gender: Gender;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  preliminary: boolean;
  note: string;
}
export interface TargetRow {
  row: number;
  indicatorId: number;
  year: number;
  gender: Gender;
  kind: 'direction' | 'value' | 'benchmark';
  direction: Direction | null;
  comparator: 'at_least' | 'at_most' | 'equal' | null;
  value: number | null;
  benchmarkGroupCode: string | null;
  statistic: 'average' | 'median' | null;
  label: string;
}

const number = { type: 'number' } as const;
const VALUE_SPEC = [
  { name: 'Nämnd', required: false },
  { name: 'Indikator' },
  { name: 'Indikatornamn', required: false },
  { name: 'År' },
  { name: 'Månad', type: 'month', required: false },
  { name: 'Kön', required: false },
  { name: 'Värde', ...number },
  { name: 'Täljare', ...number, required: false },
  { name: 'Nämnare', ...number, required: false },
  { name: 'Preliminärt', required: false },
  { name: 'Kommentar', required: false },
] as const satisfies readonly ColumnSpec<ValueColumn>[];
const TARGET_SPEC = [
  { name: 'Nämnd', required: false },
  { name: 'Indikator' },
  { name: 'Indikatornamn', required: false },
  { name: 'År' },
  { name: 'Kön', required: false },
  { name: 'Måltyp' },
  { name: 'Riktning', required: false },
  { name: 'Jämförelse', required: false },
  { name: 'Målvärde', ...number, required: false },
  { name: 'Jämförelsegrupp', required: false },
  { name: 'Mått', required: false },
  { name: 'Text', required: false },
] as const satisfies readonly ColumnSpec<TargetColumn>[];

function common(
  file: string,
  row: number,
  get: (c: 'Nämnd' | 'Indikator' | 'År' | 'Kön') => string,
  ctx: ImportContext,
  issues: ImportIssue[],
) {
  const fail = (column: string, reason: string) => {
    issues.push({ file, row, column, reason });
  };
  const committee = get('Nämnd');
  if (committee !== '' && norm(committee) !== norm(ctx.committeeCode))
    fail('Nämnd', `Raden gäller ${committee}, men importen gäller ${ctx.committeeCode}.`);
  const code = get('Indikator');
  const indicator = ctx.indicators.find((i) => i.code === code);
  if (code === '') fail('Indikator', 'Indikatorns kod saknas.');
  else if (!indicator) fail('Indikator', `Okänd indikator "${code}" i ${ctx.committeeCode}.`);
  const yearText = get('År');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= 1990 && year <= 2100)) fail('År', `Ogiltigt år "${yearText}".`);
  const genderText = get('Kön').toUpperCase() || 'T';
  const gender = ({ T: 'T', TOTALT: 'T', K: 'K', KVINNOR: 'K', M: 'M', MÄN: 'M' } as Record<string, Gender>)[genderText];
  if (!gender) fail('Kön', `Kön ska vara T, K eller M, inte "${get('Kön')}".`);
  else if (indicator && gender !== 'T' && !indicator.genderSplit) fail('Kön', `Indikatorn ${code} är inte uppdelad på kön.`);
  return { indicator, year, gender: gender ?? 'T' };
}

export function validateValues(file: string, table: Table, ctx: ImportContext): { rows: ValueRow[]; issues: ImportIssue[] } {
  const options = { file, duplicates: 'first' } as const;
  const map = mapColumns(table[0], VALUE_SPEC, options);
  const { issues } = map;
  if (issues.length > 0) return { rows: [], issues };
  const rows: ValueRow[] = [];
  const seen = new Map<string, number>();
  for (const cells of mappedRows(table, VALUE_SPEC, map, options)) {
    const { row } = cells;
    const get = (c: ValueColumn) => cells.text(c);
    const before = issues.length;
    const { indicator, year, gender } = common(file, row, get, ctx, issues);
    if (indicator?.source === 'kolada')
      issues.push({ file, row, column: 'Indikator', reason: `Indikatorn ${indicator.code} hämtar sina värden från Kolada.` });
    const month = cells.value('Månad');
    const value = cells.value('Värde');
    const numerator = cells.value('Täljare');
    const denominator = cells.value('Nämnare');
    const prelText = norm(get('Preliminärt'));
    if (!['', 'ja', 'nej'].includes(prelText))
      issues.push({ file, row, column: 'Preliminärt', reason: `Ska vara ja eller nej, inte "${get('Preliminärt')}".` });
    const note = get('Kommentar');
    if (note.length > 500) issues.push({ file, row, column: 'Kommentar', reason: 'Högst 500 tecken.' });
    if (issues.length > before || !indicator) continue;
    const key = `${indicator.id}:${year}:${month ?? 0}:${gender}`;
    if (seen.has(key)) {
      issues.push({ file, row, column: 'År', reason: `Samma indikator, period och kön finns redan på rad ${seen.get(key)}.` });
      continue;
    }
    seen.set(key, row);
    rows.push({ row, indicatorId: indicator.id, year, month, gender, value, numerator, denominator, preliminary: prelText === 'ja', note });
  }
  return { rows, issues };
}

export function validateTargets(file: string, table: Table, ctx: ImportContext): { rows: TargetRow[]; issues: ImportIssue[] } {
  const options = { file, duplicates: 'first' } as const;
  const map = mapColumns(table[0], TARGET_SPEC, options);
  const { issues } = map;
  if (issues.length > 0) return { rows: [], issues };
  const rows: TargetRow[] = [];
  const seen = new Map<string, number>();
  for (const cells of mappedRows(table, TARGET_SPEC, map, options)) {
    const { row } = cells;
    const get = (c: TargetColumn) => cells.text(c);
    const before = issues.length;
    const { indicator, year, gender } = common(file, row, get, ctx, issues);
    const kind = (
      { riktning: 'direction', värde: 'value', målvärde: 'value', jämförelsegrupp: 'benchmark', jämförelse: 'benchmark' } as Record<
        string,
        TargetRow['kind']
      >
    )[norm(get('Måltyp'))];
    if (!kind)
      issues.push({
        file,
        row,
        column: 'Måltyp',
        reason: `Måltyp ska vara riktning, värde eller jämförelsegrupp, inte "${get('Måltyp')}".`,
      });
    const direction =
      (
        { öka: 'increase', minska: 'decrease', 'ska minska': 'decrease', 'ska öka': 'increase', bibehålla: 'maintain' } as Record<
          string,
          Direction
        >
      )[norm(get('Riktning'))] ?? null;
    if (kind === 'direction' && !direction)
      issues.push({ file, row, column: 'Riktning', reason: `Riktning ska vara Öka, Minska eller Bibehålla, inte "${get('Riktning')}".` });
    const compText = norm(get('Jämförelse'));
    const comparator =
      compText === ''
        ? null
        : (
            { minst: 'at_least', högst: 'at_most', 'lika med': 'equal', '>=': 'at_least', '<=': 'at_most', '=': 'equal' } as Record<
              string,
              'at_least' | 'at_most' | 'equal'
            >
          )[compText];
    if (comparator === undefined)
      issues.push({
        file,
        row,
        column: 'Jämförelse',
        reason: `Jämförelse ska vara minst, högst eller lika med, inte "${get('Jämförelse')}".`,
      });
    const value = cells.value('Målvärde');
    if (kind === 'value' && get('Målvärde') === '')
      issues.push({ file, row, column: 'Målvärde', reason: 'Ett målvärde behövs för måltypen värde.' });
    const groupCode = get('Jämförelsegrupp') || null;
    if (kind === 'benchmark' && groupCode === null)
      issues.push({ file, row, column: 'Jämförelsegrupp', reason: 'Ange jämförelsegrupp, t.ex. R9.' });
    else if (kind === 'benchmark' && groupCode !== null && !ctx.groups.some((g) => norm(g) === norm(groupCode)))
      issues.push({ file, row, column: 'Jämförelsegrupp', reason: `Okänd jämförelsegrupp "${groupCode}".` });
    if (kind === 'benchmark' && comparator === 'equal')
      issues.push({ file, row, column: 'Jämförelse', reason: 'Mot en jämförelsegrupp: minst eller högst.' });
    const statText = norm(get('Mått'));
    const statistic =
      statText === ''
        ? null
        : ({ snitt: 'average', medel: 'average', medelvärde: 'average', median: 'median' } as Record<string, 'average' | 'median'>)[
            statText
          ];
    if (statistic === undefined)
      issues.push({ file, row, column: 'Mått', reason: `Mått ska vara snitt eller median, inte "${get('Mått')}".` });
    if (issues.length > before || !indicator || !kind) continue;
    const key = `${indicator.id}:${year}:${gender}`;
    if (seen.has(key)) {
      issues.push({ file, row, column: 'År', reason: `Samma indikator, år och kön finns redan på rad ${seen.get(key)}.` });
      continue;
    }
    seen.set(key, row);
    rows.push({
      row,
      indicatorId: indicator.id,
      year,
      gender,
      kind,
      direction,
      comparator: comparator ?? null,
      value,
      benchmarkGroupCode: groupCode,
      statistic: statistic ?? null,
      label: get('Text'),
    });
  }
  return { rows, issues };
}

// ---- import ----

export const importIndicatorData = defineCommand({
  name: 'indicator_data.import',
  input: z.object({
    committeeCode: z.string().trim().min(1).max(12),
    file: z.string().trim().min(1).max(255),
    values: z
      .array(z.array(z.string()))
      .max(MAX_IMPORT_ROWS + 1)
      .nullable()
      .default(null),
    targets: z
      .array(z.array(z.string()))
      .max(MAX_IMPORT_ROWS + 1)
      .nullable()
      .default(null),
  }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await getCommitteeByCode(tx, input.committeeCode)).id));
  },
  async run(tx, input, actor) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const ctx: ImportContext = {
      committeeCode: committee.code,
      indicators: await store.listIndicators(tx, committee.id),
      groups: (await listBenchmarkGroups(tx)).map((g) => g.code),
    };
    const values = input.values
      ? validateValues(input.targets ? `${input.file} (${VALUE_SHEET})` : input.file, input.values, ctx)
      : { rows: [], issues: [] };
    const targets = input.targets
      ? validateTargets(input.values ? `${input.file} (${TARGET_SHEET})` : input.file, input.targets, ctx)
      : { rows: [], issues: [] };
    const issues = [...values.issues, ...targets.issues];
    if (values.rows.length + targets.rows.length === 0 && issues.length === 0)
      issues.push({ file: input.file, row: 2, column: '(hela raden)', reason: 'Filen innehåller inga värden eller mål.' });
    // frozen targets are changed as revisions in Styrbord, not by file
    for (const t of targets.rows) {
      if (!(await store.isTargetYearFrozen(tx, committee.id, t.year))) continue;
      const existing = (await store.indicatorTargets(tx, [t.indicatorId]))
        .get(t.indicatorId)
        ?.find((x) => x.year === t.year && x.gender === t.gender);
      const same =
        existing &&
        existing.kind === t.kind &&
        (existing.kind !== 'direction' || existing.direction === t.direction) &&
        (existing.kind !== 'value' || (existing.value === t.value && existing.comparator === (t.comparator ?? 'equal'))) &&
        (existing.kind !== 'benchmark' ||
          (norm(existing.groupCode) === norm(t.benchmarkGroupCode ?? '') && existing.comparator === (t.comparator ?? 'at_most'))) &&
        existing.label === t.label;
      if (!same)
        issues.push({
          file: input.file,
          row: t.row,
          column: 'År',
          reason: `Målet för ${t.year} ingår i en beslutad målsättning; ändra det som en revidering med skäl i Styrbord.`,
        });
    }
    if (issues.length > 0) throw importFailed(issues);
    const audit: AuditEntry[] = [];
    for (const v of values.rows) {
      const { before, after, key } = await upsertValue(tx, { ...v, sourceNote: `Import: ${input.file}`, version: 0 }, actor.name, false);
      audit.push({ entityType: 'indicator_value', entityId: key, before, after });
    }
    let unchangedTargets = 0;
    for (const t of targets.rows) {
      const { before, after, key, changed } = await upsertTarget(tx, { ...t, version: 0, revisionReason: null }, false);
      if (changed) audit.push({ entityType: 'indicator_target', entityId: key, before, after });
      else unchangedTargets++;
    }
    const summary: IndicatorImportSummary = {
      values: values.rows.length,
      targets: targets.rows.length - unchangedTargets,
      unchangedTargets,
    };
    return { result: summary, audit };
  },
});

/** Reads an uploaded file (xlsx, csv or json) and imports it as the given actor. */
export async function importIndicatorFile(
  db: Database,
  actor: Actor,
  committeeCode: string,
  filename: string,
  bytes: Uint8Array,
): Promise<IndicatorImportSummary> {
  const file = basename(filename.replace(/\\/g, '/'));
  let values: Table | null = null;
  let targets: Table | null = null;
  if (file.toLowerCase().endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch (err) {
      throw importFailed([{ file, row: 0, column: '(fil)', reason: `Filen är inte giltig JSON: ${(err as Error).message}` }]);
    }
    const toTable = (rows: unknown, columns: readonly string[], key: string): Table | null => {
      if (rows === undefined) return null;
      if (!Array.isArray(rows)) throw importFailed([{ file, row: 0, column: key, reason: `"${key}" ska vara en lista med rader.` }]);
      return [
        [...columns],
        ...rows.map((r) =>
          columns.map((c) => {
            const v = (r as Record<string, unknown>)?.[c];
            return v === null || v === undefined ? '' : String(v);
          }),
        ),
      ];
    };
    const obj = (json ?? {}) as Record<string, unknown>;
    values = toTable(obj[VALUE_SHEET], VALUE_COLUMNS, VALUE_SHEET);
    targets = toTable(obj[TARGET_SHEET], TARGET_COLUMNS, TARGET_SHEET);
  } else if (formatOf(file) === 'csv') {
    const table = await readTable(file, bytes, VALUE_SHEET);
    if ((table[0] ?? []).some((h) => norm(h) === 'måltyp')) targets = table;
    else values = table;
  } else {
    const [valueSheet, targetSheet] = await readSheets(file, bytes, [VALUE_SHEET, TARGET_SHEET], [VALUE_SHEET, TARGET_SHEET]);
    values = valueSheet ?? null;
    targets = targetSheet ?? null;
    if (!values && !targets)
      throw new AppError('validation', `Filen ${file} saknar både bladet "${VALUE_SHEET}" och bladet "${TARGET_SHEET}".`);
  }
  return execute(db, actor, importIndicatorData, { committeeCode, file, values, targets });
}
