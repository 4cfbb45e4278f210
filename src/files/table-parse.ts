import { parse } from 'csv-parse/sync';
import { AppError, importFailed } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { required } from '../core/required.ts';
import { csvRecordTooLong, MAX_CSV_RECORD_CHARS, SheetCounter, TABLE_LIMITS, tooManyRows } from './upload-limits.ts';
import { openXlsx } from './xlsx-stream.ts';
import { restoreCell } from './csv.ts';
import { cellText } from './cells.ts';

/**
 * Parsing an uploaded xlsx or csv file into plain tables of trimmed text cells, within the caps of
 * upload-limits.ts. This runs inside the parse worker (table-file.ts sends the file there).
 */
export type Table = string[][];

export interface ParsedSheets {
  /** The sheets of an xlsx file, for a message naming the missing one; empty for csv. */
  sheetNames: string[];
  /** One table per requested sheet, null when the file has no such sheet; a csv file is every sheet. */
  tables: (Table | null)[];
}

export function isXlsx(filename: string): boolean {
  return filename.toLowerCase().endsWith('.xlsx');
}

export async function parseTableFile(filename: string, bytes: Uint8Array, sheetNames: string[]): Promise<ParsedSheets> {
  if (!isXlsx(filename)) {
    const table = parseCsvText(filename, decodeText(filename, bytes));
    return { sheetNames: [], tables: sheetNames.map(() => table) };
  }
  const workbook = await openXlsx(filename, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), TABLE_LIMITS);
  try {
    const tables: (Table | null)[] = [];
    for (const name of sheetNames) {
      const merges: string[] = [];
      const rows = workbook.rows({ name }, merges);
      tables.push(rows ? fillMerged(filename, await denseTable(rows), merges) : null);
    }
    return { sheetNames: workbook.sheetNames, tables };
  } finally {
    workbook.close();
  }
}

/** Rows 1…last with a value, every row padded to the widest; rows without values stay empty. */
async function denseTable(rows: AsyncIterable<{ row: number; values: unknown[] }>): Promise<Table> {
  const sparse: { row: number; cells: string[] }[] = [];
  let width = 0;
  for await (const { row, values } of rows) {
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) continue;
    width = Math.max(width, cells.length);
    sparse.push({ row, cells });
  }
  const height = sparse.at(-1)?.row ?? 0;
  const table: Table = Array.from({ length: height }, () => []);
  for (const { row, cells } of sparse) table[row - 1] = cells;
  for (const cells of table) while (cells.length < width) cells.push('');
  return table;
}

const cellRef = /^([A-Z]+)(\d+)$/;
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Every cell of a merged range gets the range's first value, as Excel shows it, within the table
 * (a range reaching beyond the last value fills no new rows or columns).
 */
export function fillMerged(file: string, table: Table, merges: readonly string[], maxFilled = TABLE_LIMITS.maxCells): Table {
  const width = table[0]?.length ?? 0;
  let filled = 0;
  for (const range of merges) {
    const [from, to] = range.split(':').map((ref) => cellRef.exec(ref));
    if (!from || !to) continue;
    const [r1, c1] = [Number(from[2]), columnNumber(required(from[1], 'column letters'))];
    const [r2, c2] = [Math.min(Number(to[2]), table.length), Math.min(columnNumber(required(to[1], 'column letters')), width)];
    const first = table[r1 - 1]?.[c1 - 1] ?? '';
    if (first === '' || r2 < r1 || c2 < c1) continue;
    filled += (r2 - r1 + 1) * (c2 - c1 + 1);
    if (filled > maxFilled)
      throw new AppError('validation', msg('files.too_many_merged_max', { file, max: maxFilled.toLocaleString('sv-SE') }));
    for (let r = r1; r <= r2; r++) {
      const cells = required(table[r - 1], `row ${r} of a merge within the table`);
      for (let c = c1; c <= c2; c++) cells[c - 1] = first;
    }
  }
  return table;
}

function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new AppError('validation', msg('files.csv_binary', { file }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // older Excel versions save "CSV" in Windows-1252
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `;` (Swedish Excel) or `,`, whichever the header line uses more. */
export function detectDelimiter(text: string): ';' | ',' {
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** A trimmed CSV cell, without the apostrophe Styrbord's exports put before a formula start. */
const readCell = (cell: string): string => restoreCell(cell.trim());

/** A CSV text as a table, refused past the caps on record length, rows, columns and cells. */
export function parseCsvText(file: string, text: string): Table {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const counter = new SheetCounter(file, TABLE_LIMITS);
  try {
    return parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_CSV_RECORD_CHARS,
      on_record: (record: string[], { records, lines }) => {
        if (records > TABLE_LIMITS.maxRows + 1) throw tooManyRows(file, TABLE_LIMITS.maxRows);
        const cells = record.map(readCell);
        let last = cells.length;
        while (last > 0 && cells[last - 1] === '') last--;
        counter.row(
          lines,
          last,
          cells.reduce((n, c) => (c === '' ? n : n + 1), 0),
        );
        return cells;
      },
    }) as Table;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { code?: string; lines?: number; message: string };
    if (e.code === 'CSV_MAX_RECORD_SIZE') throw csvRecordTooLong(file, e.lines ?? 1);
    throw importFailed([{ file, row: e.lines ?? 1, column: '(hela raden)', reason: `CSV-filen går inte att tolka: ${e.message}` }]);
  }
}
