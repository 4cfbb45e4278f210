import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { csvRecordTooLong, LEDGER_LIMITS, MAX_CSV_RECORD_CHARS, tooManyRows } from '../../../files/upload-limits.ts';
import { cellText } from '../../../files/cells.ts';
import { openXlsx } from '../../../files/xlsx-stream.ts';
import { detectDelimiter } from '../rules/format.ts';
import type { CsvSink, FileRow } from '../model.ts';
import { CsvFormatError, scanCsv, splitCsv, type CsvScanResult } from './csv-scan.ts';

// Streams the rows of an uploaded ledger file as text cells with their row number in the file
// (the header is row 1), without ever holding the whole file: CSV through splitCsv (csv.ts), XLSX
// through exceljs's streaming WorkbookReader (first worksheet only).

export type LedgerFileFormat = 'csv' | 'xlsx';

export const MAX_LEDGER_FILE_BYTES = 200 * 1024 * 1024;

export function ledgerFormatOf(fileName: string): LedgerFileFormat {
  return fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
}

const tooLarge = (fileName: string) =>
  new AppError('validation', msg('ledger.file_too_large', { file: fileName, mb: MAX_LEDGER_FILE_BYTES / 1024 / 1024 }));

/** Passes the bytes on while counting them; fails once the file passes the size limit. */
async function* limited(source: AsyncIterable<Buffer | string>, fileName: string): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    total += chunk.length;
    if (total > MAX_LEDGER_FILE_BYTES) throw tooLarge(fileName);
    yield chunk;
  }
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

type CsvScan<T> = (text: string, delimiter: string, firstLine: number, final: boolean) => CsvScanResult & { value: T };

/**
 * Decodes a CSV file chunk by chunk and hands the text to `scan`, carrying an incomplete record
 * over to the next chunk; the delimiter is chosen from the first line. Yields what each scan
 * returns. Only the current chunk and the incomplete record before it are held. Ends early when a
 * scan reports that it stopped.
 */
async function* scanCsvFile<T>(source: Readable, fileName: string, scan: CsvScan<T>): AsyncGenerator<T> {
  const decoder = new StringDecoder('utf8');
  let delimiter: string | null = null;
  let pending = '';
  let line = 1;
  try {
    for await (const chunk of limited(source as AsyncIterable<Buffer>, fileName)) {
      if (delimiter === null && pending === '' && chunk.subarray(0, 4).equals(XLSX_MAGIC)) {
        throw new AppError('validation', msg('ledger.looks_like_xlsx', { file: fileName }));
      }
      pending += decoder.write(chunk);
      if (delimiter === null) {
        const nl = pending.indexOf('\n');
        if (nl === -1) {
          // choose the delimiter from the whole first line, if there is one
          if (pending.length > MAX_CSV_RECORD_CHARS) throw csvRecordTooLong(fileName, line);
          continue;
        }
        if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
        delimiter = detectDelimiter(pending.slice(0, nl));
      }
      const { consumed, nextLine, stopped, value } = scan(pending, delimiter, line, false);
      pending = consumed >= pending.length ? '' : pending.slice(consumed);
      line = nextLine;
      // what is left is one incomplete record: past the cap it is no record but a runaway line
      if (pending.length > MAX_CSV_RECORD_CHARS) throw csvRecordTooLong(fileName, line);
      if (line > LEDGER_LIMITS.maxRows + 2) throw tooManyRows(fileName, LEDGER_LIMITS.maxRows);
      yield value;
      if (stopped) return;
    }
    pending += decoder.end();
    if (delimiter === null) {
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      delimiter = detectDelimiter(pending);
    }
    yield scan(pending, delimiter, line, true).value;
  } catch (err) {
    if (err instanceof CsvFormatError)
      throw new AppError('validation', msg('ledger.unreadable_csv', { file: fileName, line: err.line, problem: err.message }));
    throw err;
  } finally {
    source.destroy();
  }
}

/** CSV rows split into cells, in batches (one per chunk read). */
export async function* readCsv(source: Readable, fileName: string): AsyncGenerator<FileRow[]> {
  const batches = scanCsvFile(source, fileName, (text, delimiter, firstLine, final) => {
    const { rows, rest, nextLine } = splitCsv(text, delimiter, firstLine, final);
    return { consumed: text.length - rest.length, nextLine, stopped: false, value: rows };
  });
  for await (const rows of batches) if (rows.length > 0) yield rows;
}

/** Where the rows of a ledger file go: cells one row at a time, or CSV lines as ranges of text. */
export interface LedgerRowSink {
  add(row: FileRow): void;
  csvSink(delimiter: string): CsvSink;
  readonly wantsMore: boolean;
}

/**
 * Reads a ledger file into a sink, in file order, until the file ends or the sink wants no more.
 * CSV lines without quotes reach the sink as ranges of the decoded text (see scanCsv), so no
 * array or row object is made for them.
 */
export async function readLedgerInto(
  source: Readable,
  fileName: string,
  sink: LedgerRowSink,
  format: LedgerFileFormat = ledgerFormatOf(fileName),
): Promise<void> {
  if (format === 'xlsx') {
    for await (const rows of readXlsx(source, fileName)) {
      for (const row of rows) {
        sink.add(row);
        if (!sink.wantsMore) return;
      }
    }
    return;
  }
  let csv: CsvSink | null = null; // the delimiter is fixed once the first line is read
  const scan: CsvScan<null> = (text, delimiter, firstLine, final) => {
    csv ??= sink.csvSink(delimiter);
    return { ...scanCsv(text, delimiter, firstLine, final, csv), value: null };
  };
  for await (const _chunk of scanCsvFile(source, fileName, scan)) {
    if (!sink.wantsMore) return;
  }
}

/** A spreadsheet number is kronor, read to the öre; a date cell is the month it falls in. */
const LEDGER_CELLS = { date: 'month', fractionDigits: 2, trim: false } as const;

/**
 * The first worksheet's rows. The archive needs random access (its directory is at the end and is
 * checked before anything is inflated), so the file is gathered first, within the size limit.
 */
export async function* readXlsx(source: Readable, fileName: string): AsyncGenerator<FileRow[]> {
  const parts: Buffer[] = [];
  try {
    for await (const chunk of limited(source as AsyncIterable<Buffer>, fileName)) parts.push(chunk);
  } finally {
    source.destroy();
  }
  const workbook = await openXlsx(fileName, Buffer.concat(parts), LEDGER_LIMITS);
  parts.length = 0;
  try {
    const rows = workbook.rows('first');
    if (!rows) throw new AppError('validation', msg('ledger.no_sheet', { file: fileName }));
    for await (const { row, values } of rows) {
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], LEDGER_CELLS));
      if (cells.every((c) => c.trim() === '')) continue;
      yield [{ row, cells }];
    }
  } finally {
    workbook.close();
  }
}

/** Rows in batches (one per chunk read), in file order. */
export function readLedgerFile(
  source: Readable,
  fileName: string,
  format: LedgerFileFormat = ledgerFormatOf(fileName),
): AsyncGenerator<FileRow[]> {
  return format === 'xlsx' ? readXlsx(source, fileName) : readCsv(source, fileName);
}
