import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { required } from '../core/required.ts';
import { TABLE_LIMITS } from './upload-limits.ts';
import { runInWorker, taskModule } from './parse-worker-pool.ts';
import type { ParsedSheets, Table } from './table-parse.ts';

/**
 * Reading an uploaded xlsx sheet or csv file into a plain table of trimmed text cells. The file is
 * parsed in a worker thread with its own memory limit (parse-worker-pool.ts), within the caps of
 * upload-limits.ts, so one bad file cannot stall or crash the server.
 */
export type { Table };
export type FileFormat = 'xlsx' | 'csv';

export const MAX_IMPORT_ROWS = TABLE_LIMITS.maxRows;

const parseTask = { module: taskModule('./table-parse', import.meta.url), name: 'parseTableFile' };

/** Reads one named sheet of an xlsx file, or a whole csv file. */
export async function readTable(filename: string, bytes: Uint8Array, sheetName: string): Promise<Table> {
  const [table] = await readSheets(filename, bytes, [sheetName]);
  return required(table, `bladet ${sheetName}`);
}

/**
 * Reads several sheets of one xlsx file in one pass (a csv file is every sheet). A sheet the file
 * lacks is refused, unless it is listed in `optional`; then it is null.
 */
export async function readSheets(
  filename: string,
  bytes: Uint8Array,
  sheetNames: string[],
  optional: string[] = [],
): Promise<(Table | null)[]> {
  formatOf(filename);
  const parsed = await runInWorker<ParsedSheets>(parseTask, filename, [filename, bytes, sheetNames]);
  return parsed.tables.map((table, i) => {
    const name = required(sheetNames[i], 'namnet på ett begärt blad');
    if (table || optional.includes(name)) return table;
    const names = parsed.sheetNames.map((n) => `"${n}"`).join(', ') || 'inga';
    throw new AppError('validation', msg('files.missing_sheet', { file: filename, sheet: name, sheets: names }));
  });
}

export function formatOf(filename: string): FileFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  throw new AppError('validation', msg('files.unknown_format', { file: filename }));
}
