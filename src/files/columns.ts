import { parseSwedishAmount } from '../core/amount.ts';
import { isIsoDate } from '../core/dates.ts';
import type { ImportIssue } from '../core/errors.ts';
import type { Table } from './table-parse.ts';

/**
 * The one column mapper of the file imports: a module declares its columns (the Swedish header,
 * aliases, required or not, the type of a cell), the mapper finds them in the header row and
 * hands out the rows with their cells as text or typed values. Every problem is a finding naming
 * file, row, column and reason, so the user can fix the whole file in one go.
 */
export type ColumnType = 'text' | 'kronor' | 'number' | 'year' | 'month' | 'percent' | 'date';

interface TypedCell {
  text: string;
  /** Whole kronor, "1 096 764" or "−1 500". */
  kronor: number;
  /** Any decimal figure, "1 063,5" or "−0.25", also with a trailing "%" (an indicator's value). */
  number: number;
  /** Four digits. */
  year: number;
  /** 1–12, or a Swedish month name ("mars"). */
  month: number;
  /** "5,7 %" or "5.7" → 5.7 (the figure as written, not a share). */
  percent: number;
  /** An ISO date, YYYY-MM-DD. */
  date: string;
}

export interface ColumnSpec<N extends string = string> {
  /** The header as the template writes it; also the name findings use. */
  name: N;
  aliases?: readonly string[];
  /** A missing required column is a finding on row 1 (default true). */
  required?: boolean;
  type?: ColumnType;
  /** Whether a kronor cell may be negative (default true). */
  negative?: boolean;
  /** The module's own sentence for a cell that is not of the column's type. */
  invalid?: (text: string) => string;
}

export interface MapOptions {
  file: string;
  /** Findings name the column as "sheet: column" when the file has several sheets to tell apart. */
  sheet?: string;
  /** A header repeated in the row: a finding (default), or the first one counts. */
  duplicates?: 'refuse' | 'first';
  /** The reason given when the header row is empty; without it, every column is reported missing. */
  noHeader?: string;
}

export interface ColumnMap<N extends string> {
  positions: Partial<Record<N, number>>;
  issues: ImportIssue[];
}

type ValueOf<C> = C extends { type: infer T extends ColumnType } ? TypedCell[T] : string;

export interface MappedRow<C extends ColumnSpec> {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  /** The trimmed text of a cell; '' when the column is not in the file. */
  text(name: C['name']): string;
  /** The cell as its column's type; null when it is empty, or not of the type (then a finding is added). */
  value<N extends C['name']>(name: N): ValueOf<Extract<C, { name: N }>> | null;
  /** Adds a finding for this row and column. */
  fail(name: C['name'], reason: string): void;
}

export const normHeader = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('sv');

const label = (options: MapOptions, name: string) => (options.sheet ? `${options.sheet}: ${name}` : name);

/** Finds the declared columns in a header row; extra columns (comments and the like) are ignored. */
export function mapColumns<C extends ColumnSpec>(
  header: readonly string[] | undefined,
  columns: readonly C[],
  options: MapOptions,
): ColumnMap<C['name']> {
  const positions: Partial<Record<C['name'], number>> = {};
  const issues: ImportIssue[] = [];
  const { file } = options;
  if (options.noHeader !== undefined && (!header || header.every((h) => h.trim() === ''))) {
    issues.push({ file, row: 1, column: '(rubrikrad)', reason: options.noHeader });
    return { positions, issues };
  }
  const byHeader = new Map<string, C>();
  for (const c of columns) for (const h of [c.name, ...(c.aliases ?? [])]) byHeader.set(normHeader(h), c);
  (header ?? []).forEach((cell, index) => {
    const column = byHeader.get(normHeader(cell));
    if (!column) return;
    const name = column.name as C['name'];
    if (positions[name] === undefined) positions[name] = index;
    else if (options.duplicates !== 'first')
      issues.push({ file, row: 1, column: label(options, name), reason: 'Kolumnen förekommer mer än en gång i rubrikraden.' });
  });
  for (const c of columns) {
    if (c.required !== false && positions[c.name as C['name']] === undefined)
      issues.push({ file, row: 1, column: label(options, c.name), reason: 'Kolumnen saknas i rubrikraden.' });
  }
  return { positions, issues };
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** A cell's text as the column's type, or the reason it is not. */
export function typedCell(column: ColumnSpec, text: string): { value: unknown } | { reason: string } {
  const refuse = (reason: string) => ({ reason: column.invalid?.(text) ?? reason });
  switch (column.type ?? 'text') {
    case 'text':
      return { value: text };
    case 'kronor': {
      const r = parseSwedishAmount(text, { negative: column.negative ?? true });
      return r.ok
        ? { value: r.value }
        : refuse(r.reason === 'too-large' ? `Beloppet ${text} är för stort.` : `"${text}" är inte ett belopp i hela kronor.`);
    }
    case 'year':
      return /^\d{4}$/.test(text) ? { value: Number(text) } : refuse(`"${text}" är inget år.`);
    case 'month': {
      const month = /^\d{1,2}$/.test(text) ? Number(text) : MONTHS.indexOf(normHeader(text)) + 1;
      return month >= 1 && month <= 12 ? { value: month } : refuse(`Månad ska vara 1–12 eller ett månadsnamn, inte "${text}".`);
    }
    case 'number':
    case 'percent': {
      const r = parseSwedishAmount(text, { decimals: Infinity, whole: false, units: ['%'] });
      return r.ok ? { value: r.value } : refuse(`"${text}" är inte ett tal.`);
    }
    case 'date':
      return isIsoDate(text) ? { value: text } : refuse(`Ogiltigt datum "${text}"; använd formatet ÅÅÅÅ-MM-DD.`);
  }
}

/**
 * The table's rows after the header, blank rows skipped, each reading its cells through the map.
 * Findings go to `issues` (usually the map's own list, so the header's come first).
 */
export function* mappedRows<C extends ColumnSpec>(
  table: Table,
  columns: readonly C[],
  map: ColumnMap<C['name']>,
  options: MapOptions,
  issues = map.issues,
): Generator<MappedRow<C>> {
  const spec = new Map(columns.map((c) => [c.name as C['name'], c]));
  for (const [index, cells] of table.entries()) {
    if (index === 0 || cells.every((c) => c.trim() === '')) continue;
    const row = index + 1;
    const typed = new Map<C['name'], unknown>();
    const text = (name: C['name']) => {
      const at = map.positions[name];
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const fail = (name: C['name'], reason: string) => {
      issues.push({ file: options.file, row, column: label(options, name), reason });
    };
    yield {
      row,
      text,
      fail,
      value(name) {
        if (!typed.has(name)) {
          const t = text(name);
          const cell = t === '' ? { value: null } : typedCell(spec.get(name) ?? { name }, t);
          if ('reason' in cell) fail(name, cell.reason);
          typed.set(name, 'value' in cell ? cell.value : null);
        }
        return typed.get(name) as never;
      },
    };
  }
}
