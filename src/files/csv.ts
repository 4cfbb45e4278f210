import { stringify } from 'csv-stringify/sync';

/** A cell as the exports hold it: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

// A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
// Text that already starts with apostrophes before one gets one more, so that reading a file back
// (restoreCell drops one apostrophe before a formula start) gives every text exactly as it was.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
// A negative figure written as text ("-1500", "-5,7") is data a spreadsheet reads as a number, not a formula.
const NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)?$/;

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe, so it shows as
 * the text it is; numbers stay numbers, so -1500 is still the figure -1500.
 */
export function neutraliseCell(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) && !NEGATIVE_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseCell for a text read back from a CSV file. */
export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * The one CSV writer behind every export: RFC 4180 with every cell neutralised. `excel` gives the
 * variant Swedish Excel opens directly: BOM, semicolons and CRLF.
 */
export function csvText(rows: readonly (readonly CsvCell[])[], options: { excel?: boolean } = {}): string {
  const cells = rows.map((r) => r.map(neutraliseCell));
  return stringify(cells, options.excel ? { delimiter: ';', bom: true, record_delimiter: 'windows' } : {});
}
