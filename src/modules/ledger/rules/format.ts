import { divideRounded } from '../../../core/rounding.ts';

/**
 * The ledger file format: column names, months and amounts as ledger systems write them.
 *
 * Columns (case-insensitive, Swedish or English): månad/period/month, ansvar/cost_centre,
 * verksamhet/activity_code, konto/account, belopp/amount. Other columns are ignored.
 * Months are YYYY-MM or YYYYMM. Amounts are kronor with up to two decimals, with a decimal comma
 * or point and spaces (also non-breaking) as thousands separators: "-1 234,50".
 */

export type LedgerColumn = 'month' | 'costCentre' | 'activityCode' | 'account' | 'amount';

/** The name a column is reported under in error messages. */
export const COLUMN_LABEL: Record<LedgerColumn, string> = {
  month: 'månad',
  costCentre: 'ansvar',
  activityCode: 'verksamhet',
  account: 'konto',
  amount: 'belopp',
};

const ALIASES: Record<string, LedgerColumn> = {
  månad: 'month',
  period: 'month',
  month: 'month',
  ansvar: 'costCentre',
  cost_centre: 'costCentre',
  cost_center: 'costCentre',
  verksamhet: 'activityCode',
  activity_code: 'activityCode',
  konto: 'account',
  account: 'account',
  belopp: 'amount',
  amount: 'amount',
};

export const REQUIRED_COLUMNS: readonly LedgerColumn[] = ['month', 'account', 'amount'];

export interface HeaderProblem {
  column: string;
  reason: string;
}

/** Positions of the known columns in a header row, or the problems with it. */
export function readHeader(cells: readonly string[]): { positions: Partial<Record<LedgerColumn, number>>; problems: HeaderProblem[] } {
  const positions: Partial<Record<LedgerColumn, number>> = {};
  const problems: HeaderProblem[] = [];
  cells.forEach((raw, index) => {
    const name = raw
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    const column = ALIASES[name];
    if (!column) return;
    if (positions[column] !== undefined) {
      problems.push({ column: raw.trim(), reason: `Kolumnen ${COLUMN_LABEL[column]} förekommer mer än en gång` });
      return;
    }
    positions[column] = index;
  });
  for (const column of REQUIRED_COLUMNS) {
    if (positions[column] === undefined) {
      problems.push({ column: COLUMN_LABEL[column], reason: `Kolumnen ${COLUMN_LABEL[column]} saknas i rubrikraden` });
    }
  }
  return { positions, problems };
}

/** The delimiter of a CSV file, from its first line: `;` (Swedish Excel), tab or `,`. */
export function detectDelimiter(firstLine: string): ';' | ',' | '\t' {
  const count = (c: string) => firstLine.split(c).length - 1;
  const semicolons = count(';');
  const tabs = count('\t');
  const commas = count(',');
  if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
  if (tabs > commas) return '\t';
  return ',';
}

/** "2024-03", "202403" (text or number) → { year, month }, or null. */
export function parseMonth(value: string): { year: number; month: number } | null {
  const m = /^(\d{4})-?(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1990 || year > 2100) return null;
  return { year, month };
}

/**
 * Kronor as text → öre as an integer, or null when it is not a number. Accepts a sign (also
 * U+2212), a decimal comma or point with at most two decimals, and spaces (also no-break) as
 * thousands separators; when both comma and point occur, the last one is the decimal separator
 * and the other a thousands separator. One pass over the characters, no regular expressions:
 * this runs once per ledger row.
 */
export function parseAmountOre(value: string): number | null {
  return parseAmountOreIn(value, 0, value.length);
}

/** parseAmountOre of `text.slice(start, end)`, without making the slice. */
export function parseAmountOreIn(value: string, start: number, end: number): number | null {
  const n = end;
  let decimalAt = -1;
  for (let i = n - 1; i >= start; i--) {
    const c = value.charCodeAt(i);
    if (c === 44 || c === 46) {
      decimalAt = i;
      break;
    }
  }
  const decimalChar = decimalAt >= 0 ? value.charCodeAt(decimalAt) : -1;
  let negative = false;
  let signSeen = false;
  let digits = 0;
  let kronor = 0;
  let ore = 0;
  let decimals = -1; // -1 before the decimal separator
  for (let i = start; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (decimals === -1) kronor = kronor * 10 + (c - 48);
      else {
        if (decimals === 2) return null;
        ore = ore * 10 + (c - 48);
        decimals += 1;
      }
      digits += 1;
    } else if (c === 32 || c === 0xa0 || c === 0x202f || c === 9) {
      continue;
    } else if (i === decimalAt) {
      decimals = 0;
    } else if ((c === 44 || c === 46) && c !== decimalChar && decimals === -1 && digits > 0) {
      continue; // thousands separator of the other kind
    } else if ((c === 45 || c === 0x2212 || c === 43) && !signSeen && digits === 0 && decimals === -1) {
      signSeen = true;
      negative = c !== 43;
    } else {
      return null;
    }
  }
  if (digits === 0 || decimals === 0) return null;
  if (decimals === 1) ore *= 10;
  const total = kronor * 100 + (decimals === -1 ? 0 : ore);
  if (!Number.isSafeInteger(total)) return null;
  return negative ? -total : total === 0 ? 0 : total;
}

/**
 * Öre → whole kronor, half away from zero (50 öre rounds up for costs, down for income), so a
 * cost and the same income round to the same size. Applied once per aggregate, never per row.
 */
export const roundOreToKronor = (ore: number): number => divideRounded(ore, 100);

/** Kronor with öre in Swedish form, e.g. -123450 → "-1 234,50" (for tests and generated files). */
export function formatOre(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kronor = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${kronor},${String(abs % 100).padStart(2, '0')}`;
}
