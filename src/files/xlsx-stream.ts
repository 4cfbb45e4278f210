import { pipeline, Transform, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { required } from '../core/required.ts';
import { checkSheetCount, checkZipEntry, checkZipEntryCount, SheetCounter, tooLargeInflated, type XlsxLimits } from './upload-limits.ts';

/**
 * Reads the rows of one sheet of an xlsx file as a stream, within caps. The archive is opened
 * with yauzl, which reads the central directory (checked against the caps before anything is
 * inflated) and verifies every entry's actual size against the declared one. Only the parts a
 * sheet needs are inflated, each through a byte counter; their XML is parsed by exceljs's
 * streaming readers. exceljs's own WorkbookReader walks the archive's local headers front to
 * back, where a crafted file can hide entries the directory does not list, so the archive side
 * is yauzl's and exceljs gets one counted entry at a time (its reader's part parsers, which
 * its public API has no way to feed).
 */
export interface SheetRow {
  /** The row number in the sheet (1 = the first row). */
  row: number;
  /** Cell values by column, 1-based and sparse, as exceljs gives them. */
  values: ExcelJS.CellValue[];
}

/** The part parsers of exceljs's (pinned, 4.4) streaming WorkbookReader used here. */
interface PartParsers {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
}

const unreadable = (file: string) => new AppError('validation', msg('files.not_xlsx', { file }));

/** Which sheet to read: by name (case-insensitive), or the workbook's first sheet. */
export type SheetChoice = { name: string } | 'first';

export interface OpenedWorkbook {
  sheetNames: string[];
  /**
   * The chosen sheet's rows with at least one value, or null when there is no such sheet. The
   * sheet's merged ranges ("A1:C1", listed after its rows) are added to `merges` as they pass.
   */
  rows(choice: SheetChoice, merges?: string[]): AsyncGenerator<SheetRow> | null;
  close(): void;
}

export async function openXlsx(file: string, bytes: Buffer, limits: XlsxLimits): Promise<OpenedWorkbook> {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw unreadable(file);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw unreadable(file);
  }
  const entries = new Map<string, yauzl.Entry>();
  let declared = 0;
  try {
    checkZipEntryCount(file, zip.entryCount, limits);
    for await (const entry of directory(zip)) {
      declared = checkZipEntry(file, entry, declared, limits);
      entries.set(entry.fileName, entry);
    }
  } catch (err) {
    zip.close();
    throw err instanceof AppError ? err : unreadable(file);
  }

  let inflated = 0;
  /** The entry's bytes as inflated, counted against the cap over all entries read. */
  const open = async (path: string): Promise<Readable | null> => {
    const entry = entries.get(path);
    if (!entry) return null;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        inflated += chunk.length;
        done(inflated > limits.maxInflatedBytes ? tooLargeInflated(file, limits) : null, chunk);
      },
    });
    // yauzl fails the stream when an entry inflates to more or less than its declared size
    return pipeline(await zip.openReadStreamPromise(entry), counter, () => undefined);
  };

  const parsers = new ExcelJS.stream.xlsx.WorkbookReader(null as unknown as Readable, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as PartParsers;
  try {
    const rels = await open('xl/_rels/workbook.xml.rels');
    const book = await open('xl/workbook.xml');
    if (!rels || !book) throw unreadable(file);
    await parsers._parseRels(rels);
    await parsers._parseWorkbook(book);
    const styles = await open('xl/styles.xml');
    if (styles) await parsers._parseStyles(styles);
    const strings = await open('xl/sharedStrings.xml');
    if (strings)
      for await (const _ of parsers._parseSharedStrings(strings)) {
        /* cached inside the reader */
      }
  } catch (err) {
    zip.close();
    throw err instanceof AppError ? err : unreadable(file);
  }
  const sheets = (parsers.model?.sheets ?? []).map((s) => ({
    name: s.name,
    target: (parsers.workbookRels ?? []).find((r) => r.Id === s.rId)?.Target ?? '',
  }));
  checkSheetCount(file, sheets.length, limits);

  async function* rows(path: string, sheetNo: string, merges: string[] | undefined): AsyncGenerator<SheetRow> {
    const counter = new SheetCounter(file, limits);
    try {
      const opened = await open(path);
      if (!opened) throw unreadable(file);
      const entry = merges ? pipeline(opened, mergeScanner(file, merges, limits), () => undefined) : opened;
      for (const { value: sheet } of parsers._parseWorksheet(entry, sheetNo)) {
        for await (const row of sheet) {
          // a row without its number (r="…") cannot be placed; Excel always writes it
          if (!Number.isInteger(row.number) || row.number < 1) throw unreadable(file);
          const values = row.values as ExcelJS.CellValue[];
          let cells = 0;
          values.forEach((v) => {
            if (v !== null && v !== undefined && v !== '') cells++;
          });
          counter.row(row.number, values.length - 1, cells);
          if (cells > 0) yield { row: row.number, values };
        }
      }
    } catch (err) {
      throw err instanceof AppError ? err : unreadable(file);
    }
  }

  return {
    sheetNames: sheets.map((s) => s.name),
    rows(choice, merges) {
      const wanted =
        choice === 'first' ? sheets[0] : sheets.find((s) => s.name.trim().toLocaleLowerCase('sv') === choice.name.toLocaleLowerCase('sv'));
      if (!wanted) return null;
      // a target is relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml")
      const path = wanted.target.startsWith('/') ? wanted.target.slice(1) : `xl/${wanted.target}`;
      const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(path)?.[1];
      if (!sheetNo) throw unreadable(file);
      return rows(path, sheetNo, merges);
    },
    close: () => zip.close(),
  };
}

/**
 * Passes a sheet's XML on unchanged while picking out its merged ranges; exceljs's streaming
 * reader ignores them, and its whole-workbook reader (used before) gave every cell of a merged
 * range the first cell's value, which imports of headers merged across columns relied on.
 */
function mergeScanner(file: string, merges: string[], limits: XlsxLimits): Transform {
  const tag = /<mergeCell\s+ref="([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7})"/g;
  let carry = '';
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      // the tags are ASCII, so reading the bytes as latin1 cannot split or change them
      const text = carry + chunk.toString('latin1');
      let end = 0;
      tag.lastIndex = 0;
      for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
        merges.push(required(m[1], 'the merge range'));
        end = tag.lastIndex;
        if (merges.length > limits.maxCells) return done(new AppError('validation', msg('files.too_many_merged', { file })));
      }
      carry = text.slice(Math.max(end, text.length - 64));
      done(null, chunk);
    },
  });
}

/** The central directory's entries, one at a time (yauzl's lazy mode). */
async function* directory(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = new Promise<yauzl.Entry | null>((resolve, reject) => {
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      const onEntry = (entry: yauzl.Entry) => {
        cleanup();
        resolve(entry);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
    });
    zip.readEntry();
    const entry = await next;
    if (entry === null) return;
    yield entry;
  }
}
