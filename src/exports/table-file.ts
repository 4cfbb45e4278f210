import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError, importFailed } from '../core/errors.ts';

/** Reading an uploaded xlsx sheet or csv file into a plain table of trimmed text cells. */
export type Table = string[][];
export type FileFormat = 'xlsx' | 'csv';

export const MAX_IMPORT_ROWS = 20_000;

/** Reads one named sheet of an xlsx file, or a whole csv file. */
export async function readTable(filename: string, bytes: Uint8Array, sheetName: string): Promise<Table> {
  const table = formatOf(filename) === 'xlsx' ? await readXlsx(filename, bytes, sheetName) : readCsv(filename, bytes);
  if (table.length > MAX_IMPORT_ROWS + 1) {
    throw new AppError('validation', `Filen ${filename} har ${table.length - 1} rader; högst ${MAX_IMPORT_ROWS} kan läsas in på en gång.`);
  }
  return table;
}

export function formatOf(filename: string): FileFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  throw new AppError('validation', `Filen ${filename} har ett okänt filformat. Använd en Excel-fil (.xlsx) eller en CSV-fil (.csv).`);
}

function excelDate(d: Date): string {
  // Excel dates carry no zone; exceljs gives them as UTC midnight
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (value instanceof Date) return excelDate(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; formula?: string; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((p) => p.text).join('').trim();
    if ('result' in v || 'formula' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value).trim();
}

async function readXlsx(file: string, bytes: Uint8Array, sheetName: string): Promise<Table> {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const unreadable = () => new AppError('validation', `Filen ${file} går inte att läsa som en Excel-fil (.xlsx). Spara den som Excel-arbetsbok och försök igen.`);
  if (!isZip) throw unreadable();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets.find((ws) => ws.name.trim().toLocaleLowerCase('sv') === sheetName.toLocaleLowerCase('sv'));
  if (!sheet) {
    const names = workbook.worksheets.map((ws) => `"${ws.name}"`).join(', ') || 'inga';
    throw new AppError('validation', `Filen ${file} saknar bladet "${sheetName}" (bladen i filen: ${names}).`);
  }
  const table: Table = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new AppError('validation', `Filen ${file} ser inte ut som en CSV-fil (den innehåller binära data).`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // older Excel versions save "CSV" in Windows-1252
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `;` (Swedish Excel) or `,`, whichever the header line uses more. */
export function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

export function parseCsvText(file: string, text: string): Table {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    const records = parse(body, { delimiter: detectDelimiter(body), relax_column_count: true, skip_empty_lines: false }) as string[][];
    return records.map((record) => record.map((cell) => cell.trim()));
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw importFailed([{ file, row: e.lines ?? 1, column: '(hela raden)', reason: `CSV-filen går inte att tolka: ${e.message}` }]);
  }
}

function readCsv(file: string, bytes: Uint8Array): Table {
  return parseCsvText(file, decodeText(file, bytes));
}
