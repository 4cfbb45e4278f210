import { csvText } from '../../../files/csv.ts';
import { readTable, MAX_IMPORT_ROWS, type Table, type FileFormat } from '../../../files/table-file.ts';
import type { IsoDate } from '../../../core/dates.ts';

/**
 * The file format of the organisation export/import: sheet and column names, conversion of
 * activities to rows, and reading an uploaded xlsx or csv file into a plain table of text cells.
 */
export const ACTIVITY_SHEET = 'Verksamheter';
export const ACTIVITY_COLUMNS = [
  'Nämnd',
  'Kod',
  'Namn',
  'Överordnad',
  'Varav',
  'Sortering',
  'Giltig från',
  'Giltig till',
  'Källa',
] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

/** One activity as it appears in a file: identified by committee code and activity code. */
export interface ActivityRecord {
  committeeCode: string;
  code: string;
  name: string;
  parentCode: string | null;
  isSubset: boolean;
  sortOrder: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  sourceNote: string | null;
}

export type Cell = string | number;
export { MAX_IMPORT_ROWS, type Table, type FileFormat };

/** Rows in column order; dates stay ISO text so Excel does not reinterpret them. */
export function activityRecordsToRows(records: readonly ActivityRecord[]): Cell[][] {
  return records.map((r) => [
    r.committeeCode,
    r.code,
    r.name,
    r.parentCode ?? '',
    r.isSubset ? 'ja' : 'nej',
    r.sortOrder,
    r.validFrom,
    r.validTo ?? '',
    r.sourceNote ?? '',
  ]);
}

/** CSV for Swedish Excel: UTF-8 with BOM, semicolon separator, CRLF line endings. */
export function activitiesToCsv(records: readonly ActivityRecord[]): string {
  return csvText([[...ACTIVITY_COLUMNS], ...activityRecordsToRows(records)], { excel: true });
}

/** Reads the activity table from an uploaded file; every cell becomes trimmed text. */
export function readActivityTable(filename: string, bytes: Uint8Array): Promise<Table> {
  return readTable(filename, bytes, ACTIVITY_SHEET);
}
