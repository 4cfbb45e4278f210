/**
 * A streaming CSV splitter built for ledger files of millions of rows. csv-parse, which the rest
 * of Styrbord uses, reads about 120 000 rows a second here; a ledger line almost never holds a
 * quote, so such lines are cut with indexOf and split, and only lines with quotes go through a
 * full RFC 4180 field parser (doubled quotes, delimiters and line breaks inside quotes). The
 * format.test.ts property test checks it against csv-parse on generated files.
 */
import type { CsvSink, FileRow } from '../model.ts';

export class CsvFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export interface CsvChunkResult {
  rows: FileRow[];
  /** Text of an incomplete record at the end, to be prefixed to the next chunk. */
  rest: string;
  nextLine: number;
}

function quotedRecord(
  text: string,
  start: number,
  delimiter: string,
  final: boolean,
  line: number,
): { cells: string[]; next: number; lines: number } | null {
  const cells: string[] = [];
  const n = text.length;
  let i = start;
  let lines = 0;
  for (;;) {
    let field = '';
    if (text.charCodeAt(i) === 34) {
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          if (final) throw new CsvFormatError(line, 'ett citattecken avslutas aldrig');
          return null;
        }
        const part = text.slice(i, q);
        field += part;
        for (let k = part.indexOf('\n'); k !== -1; k = part.indexOf('\n', k + 1)) lines += 1;
        if (q + 1 >= n && !final) return null; // a doubled quote may be split between chunks
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
    }
    // the rest of the field up to the delimiter or the end of the line, taken as it is
    let end = i;
    while (end < n) {
      const c = text[end];
      if (c === delimiter || c === '\n' || c === '\r') break;
      end += 1;
    }
    field += text.slice(i, end);
    i = end;
    cells.push(field);
    if (i >= n) {
      if (!final) return null;
      return { cells, next: n, lines };
    }
    const c = text[i];
    if (c === delimiter) {
      i += 1;
      continue;
    }
    if (c === '\r') i += 1;
    if (i >= n && !final) return null;
    if (text[i] === '\n') i += 1;
    return { cells, next: i, lines };
  }
}

export interface CsvScanResult {
  /** Where the first record not handed to the sink starts: an incomplete record, or where the sink stopped. */
  consumed: number;
  nextLine: number;
  stopped: boolean;
}

/**
 * Finds the complete records at the start of `text` and hands each to the sink; the row number is
 * the record's first line (the header is line 1). Blank lines are skipped. With `final`, the text
 * is the end of the file. Lines without quotes are passed as a range of `text`, so a caller that
 * only needs some cells never builds an array or a string per cell.
 */
export function scanCsv(text: string, delimiter: string, firstLine: number, final: boolean, sink: CsvSink): CsvScanResult {
  const n = text.length;
  let pos = 0;
  let line = firstLine;
  let nextQuote = text.indexOf('"');
  while (pos < n) {
    const nl = text.indexOf('\n', pos);
    if (nl === -1 && !final) break;
    const end = nl === -1 ? n : nl;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote === -1 || nextQuote >= end) {
      let lineEnd = end;
      if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd -= 1;
      const row = line;
      const start = pos;
      line += 1;
      pos = end + 1;
      if (lineEnd > start && !sink.line(text, start, lineEnd, row)) return { consumed: Math.min(pos, n), nextLine: line, stopped: true };
      continue;
    }
    const record = quotedRecord(text, pos, delimiter, final, line);
    if (record === null) break;
    const row = line;
    line += record.lines + 1;
    pos = record.next;
    if (!sink.record(row, record.cells)) return { consumed: pos, nextLine: line, stopped: true };
  }
  return { consumed: Math.min(pos, n), nextLine: line, stopped: false };
}

/**
 * Splits the complete records at the start of `text` into cells; the row number is the record's
 * first line (the header is line 1). Blank lines are skipped. With `final`, the text is the end of
 * the file.
 */
export function splitCsv(text: string, delimiter: string, firstLine: number, final: boolean): CsvChunkResult {
  const rows: FileRow[] = [];
  const { consumed, nextLine } = scanCsv(text, delimiter, firstLine, final, {
    line(t, start, end, row) {
      rows.push({ row, cells: t.slice(start, end).split(delimiter) });
      return true;
    },
    record(row, cells) {
      rows.push({ row, cells });
      return true;
    },
  });
  return { rows, rest: consumed >= text.length ? '' : text.slice(consumed), nextLine };
}
