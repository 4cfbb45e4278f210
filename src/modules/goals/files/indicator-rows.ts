import type { ImportIssue } from '../../../core/errors.ts';
import { importIssue } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { mapColumns, mappedRows, type ColumnSpec, type MappedRow } from '../../../files/columns.ts';
import type { Table } from '../../../files/table-file.ts';
import type { Direction, Gender, IndicatorValue } from '../model.ts';
import { norm, type TargetColumn, type ValueColumn } from './indicator-columns.ts';

/**
 * Validation of the rows of an indicator-data file (pure): every row is checked and every
 * problem reported with file, row, column and reason, so that one import shows them all.
 */
export interface ImportContext {
  committeeCode: string;
  indicators: readonly { id: number; code: string; name: string; genderSplit: boolean; source: string }[];
  groups: readonly string[];
}

/** A value row as the import writes it: an indicator value of the model, on its file row. */
export interface ValueRow extends Pick<
  IndicatorValue,
  'year' | 'month' | 'gender' | 'value' | 'numerator' | 'denominator' | 'preliminary' | 'note'
> {
  row: number;
  indicatorId: number;
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

/** What `common` found on a row: the indicator (undefined when unknown), the year and the gender. */
type Common = ReturnType<typeof common>;

/**
 * Maps the header, then reads each row: the columns both tables share first (`common`), then the
 * table's own through `read`. A row with a problem is left out; a second row for the same key
 * (`keyOf`) is a problem of its own, naming the first (`duplicate`).
 */
function validateTable<C extends ColumnSpec<ValueColumn | TargetColumn>, R extends { row: number }>(
  file: string,
  table: Table,
  spec: readonly C[],
  ctx: ImportContext,
  read: (cells: MappedRow<C>, found: Common, issues: ImportIssue[]) => R | null,
  keyOf: (row: R) => string,
  duplicate: (firstRow: number) => string,
): { rows: R[]; issues: ImportIssue[] } {
  const options = { file, duplicates: 'first' } as const;
  const map = mapColumns(table[0], spec, options);
  const { issues } = map;
  if (issues.length > 0) return { rows: [], issues };
  const rows: R[] = [];
  const seen = new Map<string, number>();
  for (const cells of mappedRows(table, spec, map, options)) {
    const before = issues.length;
    const found = common(file, cells.row, (c) => cells.text(c as C['name']), ctx, issues);
    const row = read(cells, found, issues);
    if (issues.length > before || !row) continue;
    const key = keyOf(row);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ file, row: row.row, column: 'År', reason: duplicate(first) });
      continue;
    }
    seen.set(key, row.row);
    rows.push(row);
  }
  return { rows, issues };
}

export function validateValues(file: string, table: Table, ctx: ImportContext): { rows: ValueRow[]; issues: ImportIssue[] } {
  return validateTable(
    file,
    table,
    VALUE_SPEC,
    ctx,
    (cells, { indicator, year, gender }, issues) => {
      const { row } = cells;
      const get = (c: ValueColumn) => cells.text(c);
      if (indicator?.source === 'kolada')
        issues.push(importIssue(file, row, 'Indikator', msg('goals.import_from_kolada', { code: indicator.code })));
      const month = cells.value('Månad');
      const value = cells.value('Värde');
      const numerator = cells.value('Täljare');
      const denominator = cells.value('Nämnare');
      const prelText = norm(get('Preliminärt'));
      if (!['', 'ja', 'nej'].includes(prelText))
        issues.push(importIssue(file, row, 'Preliminärt', msg('goals.import_yes_or_no', { text: get('Preliminärt') })));
      const note = get('Kommentar');
      if (note.length > 500) issues.push(importIssue(file, row, 'Kommentar', msg('field.at_most_500')));
      if (!indicator) return null;
      return { row, indicatorId: indicator.id, year, month, gender, value, numerator, denominator, preliminary: prelText === 'ja', note };
    },
    (r) => `${r.indicatorId}:${r.year}:${r.month ?? 0}:${r.gender}`,
    (first) => `Samma indikator, period och kön finns redan på rad ${first}.`,
  );
}

export function validateTargets(file: string, table: Table, ctx: ImportContext): { rows: TargetRow[]; issues: ImportIssue[] } {
  return validateTable(
    file,
    table,
    TARGET_SPEC,
    ctx,
    (cells, { indicator, year, gender }, issues) => {
      const { row } = cells;
      const get = (c: TargetColumn) => cells.text(c);
      const kind = (
        { riktning: 'direction', värde: 'value', målvärde: 'value', jämförelsegrupp: 'benchmark', jämförelse: 'benchmark' } as Record<
          string,
          TargetRow['kind']
        >
      )[norm(get('Måltyp'))];
      if (!kind) issues.push(importIssue(file, row, 'Måltyp', msg('goals.import_target_kind', { text: get('Måltyp') })));
      const direction =
        (
          { öka: 'increase', minska: 'decrease', 'ska minska': 'decrease', 'ska öka': 'increase', bibehålla: 'maintain' } as Record<
            string,
            Direction
          >
        )[norm(get('Riktning'))] ?? null;
      if (kind === 'direction' && !direction)
        issues.push(importIssue(file, row, 'Riktning', msg('goals.import_direction', { text: get('Riktning') })));
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
        issues.push(importIssue(file, row, 'Jämförelse', msg('goals.import_comparator', { text: get('Jämförelse') })));
      const value = cells.value('Målvärde');
      if (kind === 'value' && get('Målvärde') === '') issues.push(importIssue(file, row, 'Målvärde', msg('goals.import_value_needed')));
      const groupCode = get('Jämförelsegrupp') || null;
      if (kind === 'benchmark' && groupCode === null)
        issues.push(importIssue(file, row, 'Jämförelsegrupp', msg('goals.import_give_group')));
      else if (kind === 'benchmark' && groupCode !== null && !ctx.groups.some((g) => norm(g) === norm(groupCode)))
        issues.push(importIssue(file, row, 'Jämförelsegrupp', msg('goals.import_unknown_group', { code: groupCode })));
      if (kind === 'benchmark' && comparator === 'equal')
        issues.push(importIssue(file, row, 'Jämförelse', msg('goals.import_group_comparator')));
      const statText = norm(get('Mått'));
      const statistic =
        statText === ''
          ? null
          : ({ snitt: 'average', medel: 'average', medelvärde: 'average', median: 'median' } as Record<string, 'average' | 'median'>)[
              statText
            ];
      if (statistic === undefined) issues.push(importIssue(file, row, 'Mått', msg('goals.import_statistic', { text: get('Mått') })));
      if (!indicator || !kind) return null;
      return {
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
      };
    },
    (r) => `${r.indicatorId}:${r.year}:${r.gender}`,
    (first) => `Samma indikator, år och kön finns redan på rad ${first}.`,
  );
}
