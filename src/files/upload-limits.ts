import { AppError } from '../core/errors.ts';

/**
 * The caps an uploaded file is read within, and the pure checks that enforce them. A spreadsheet
 * is a zip of XML: a few kilobytes can declare a used range of 17 billion cells or inflate to
 * gigabytes, so nothing a file says about its own size is trusted. The zip's central directory is
 * checked before anything is inflated, and the rows, columns and cells actually present are
 * counted while the sheet streams by.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Declared and actual inflated bytes of all entries together. */
  maxInflatedBytes: number;
  /** Largest inflated/compressed ratio of one entry, checked for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export interface SheetLimits {
  maxSheets: number;
  /** Data rows below the header. */
  maxRows: number;
  maxColumns: number;
  /** Cells with a value, over the rows read. */
  maxCells: number;
}

export type XlsxLimits = ZipLimits & SheetLimits;

const MB = 1024 * 1024;

/** Organisation, budget, indicator and action-plan files: tables read whole into memory. */
export const TABLE_LIMITS: XlsxLimits = {
  maxEntries: 1_000,
  maxInflatedBytes: 50 * MB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
  maxSheets: 100,
  maxRows: 20_000,
  maxColumns: 256,
  maxCells: 1_000_000,
};

/** Ledger files stream row by row into sums, so they may hold millions of rows. */
export const LEDGER_LIMITS: XlsxLimits = {
  ...TABLE_LIMITS,
  maxInflatedBytes: 1_024 * MB,
  maxRows: 10_000_000,
  maxCells: 200_000_000,
};

/** The longest CSV line (or quoted record) read; a file without line breaks stops here. */
export const MAX_CSV_RECORD_CHARS = 64 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const limit = (file: string, what: string) => new AppError('validation', `Filen ${file} ${what}.`);

export interface ZipEntryInfo {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** Refuses an archive by what its central directory declares: entry count, inflated size, ratio. */
export function checkZipEntryCount(file: string, entryCount: number, limits: ZipLimits): void {
  if (entryCount > limits.maxEntries) throw limit(file, `innehåller för många delar (${entryCount}; högst ${limits.maxEntries})`);
}

/** Adds one entry of the central directory to the running total; returns the new total. */
export function checkZipEntry(file: string, entry: ZipEntryInfo, declaredSoFar: number, limits: ZipLimits): number {
  const total = declaredSoFar + entry.uncompressedSize;
  if (total > limits.maxInflatedBytes) throw tooLargeInflated(file, limits);
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
    throw limit(file, `är packad orimligt hårt (${entry.fileName} packas upp ${Math.round(ratio)} gånger; högst ${limits.maxRatio})`);
  }
  return total;
}

export const tooLargeInflated = (file: string, limits: ZipLimits) =>
  limit(file, `är för stor uppackad (mer än ${megabytes(limits.maxInflatedBytes)})`);

export function checkSheetCount(file: string, sheets: number, limits: SheetLimits): void {
  if (sheets > limits.maxSheets) throw limit(file, `har för många blad (${sheets}; högst ${limits.maxSheets})`);
}

/** Column number (1 = A) as Excel names it. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Counts the rows, columns and cells of one sheet as they are read. Only cells with a value
 * count: a row is as wide as its last cell with a value, and a sheet as long as its last row
 * with one, whatever its `<dimension>` claims.
 */
export class SheetCounter {
  private cells = 0;
  constructor(
    private readonly file: string,
    private readonly limits: SheetLimits,
  ) {}

  /** `rowNumber` is the row in the sheet (the header is row 1); `lastColumn` its last cell with a value. */
  row(rowNumber: number, lastColumn: number, cells: number): void {
    if (cells === 0) return;
    if (rowNumber > this.limits.maxRows + 1)
      throw limit(
        this.file,
        `har värden på rad ${rowNumber}; högst ${this.limits.maxRows.toLocaleString('sv-SE')} rader kan läsas in på en gång`,
      );
    if (lastColumn > this.limits.maxColumns) {
      throw limit(
        this.file,
        `har värden i kolumn ${columnName(lastColumn)} på rad ${rowNumber}; högst ${this.limits.maxColumns} kolumner (t.o.m. ${columnName(this.limits.maxColumns)}) kan läsas`,
      );
    }
    this.cells += cells;
    if (this.cells > this.limits.maxCells)
      throw limit(this.file, `har för många ifyllda celler (mer än ${this.limits.maxCells.toLocaleString('sv-SE')})`);
  }
}

/** A CSV record longer than the cap: usually a file without line breaks, or a quote never closed. */
export const csvRecordTooLong = (file: string, line: number) =>
  limit(
    file,
    `har en rad (rad ${line}) som är längre än ${MAX_CSV_RECORD_CHARS.toLocaleString('sv-SE')} tecken; kontrollera att det är en CSV-fil med en post per rad`,
  );

export const tooManyRows = (file: string, maxRows: number) =>
  limit(file, `har fler än ${maxRows.toLocaleString('sv-SE')} rader; högst så många kan läsas in på en gång`);
