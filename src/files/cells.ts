import { roundHalfAwayFromZero } from '../core/rounding.ts';

/**
 * The one reader of an xlsx cell's value (as exceljs gives it) as text: the table imports and the
 * ledger read cells through here, so a formula, rich text or a date cell reads the same way in
 * every import.
 */
export interface CellTextOptions {
  /** A date cell as its day (default, "2025-03-01") or its month ("2025-03", a ledger's period). */
  date?: 'day' | 'month';
  /** A fractional number rounded half away from zero to this many decimals (the ledger: öre). */
  fractionDigits?: number;
  /** Whether text is trimmed (default true; the ledger's parsers skip spaces themselves). */
  trim?: boolean;
}

export function cellText(value: unknown, options: CellTextOptions = {}): string {
  const { trim = true } = options;
  const text = (s: string) => (trim ? s.trim() : s);
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') {
    if (options.fractionDigits === undefined || Number.isInteger(value)) return String(value);
    // binary fractions of a spreadsheet number are rounded here, once
    return roundHalfAwayFromZero(value, options.fractionDigits).toFixed(options.fractionDigits);
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  // Excel dates carry no zone; exceljs gives them as UTC midnight
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, options.date === 'month' ? 7 : 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; formula?: string; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return text(v.richText.map((p) => p.text).join(''));
    if ('result' in v || 'formula' in v) return cellText(v.result, options);
    if ('text' in v) return cellText(v.text, options);
    if (typeof v.error === 'string') return v.error;
  }
  return text(String(value));
}
