/**
 * sv-SE display formatting. Amounts are integer kronor everywhere inside Styrbord; every figure is
 * rounded by `rounding.ts` (half away from zero) before Intl prints it, so Intl never rounds, and
 * an amount that rounds to zero prints without a minus sign.
 */
import { kronorToMnkr, kronorToTkr, roundHalfAwayFromZero } from './rounding.ts';

const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' });
const dateTimeOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Stockholm',
};
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', dateTimeOptions);

/** 1096764 → "1 096 764" (non-breaking space as thousands separator, "−" for negatives). */
export function formatNumber(value: number): string {
  return integerFormat.format(roundHalfAwayFromZero(value));
}

/** A number rounded half away from zero to `decimals` decimals, printed with exactly that many: 2,25 → "2,3". */
export function formatDecimals(value: number, decimals: number): string {
  const nf =
    decimals === 0
      ? integerFormat
      : decimals === 1
        ? oneDecimal
        : new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return nf.format(roundHalfAwayFromZero(value, decimals));
}

/** Kronor → "54,8 mnkr". */
export function formatMnkr(kronor: number, decimals = 1): string {
  return `${formatDecimals(kronorToMnkr(kronor, decimals), decimals)}\u00a0mnkr`;
}

/** Kronor → "1 097 tkr". */
export function formatTkr(kronor: number): string {
  return `${integerFormat.format(kronorToTkr(kronor))}\u00a0tkr`;
}

/** A share (0.057) → "5,7 %". */
export function formatPercent(share: number, decimals = 1): string {
  return `${formatDecimals(share * 100, decimals)}\u00a0%`;
}

/** ISO date or Date → "2024-01-01" in Swedish time. */
export function formatDate(value: string | Date): string {
  return dateFormat.format(typeof value === 'string' ? new Date(value) : value);
}

/** A moment in Swedish time, "2024-03-05 14:07"; another locale (the English UI's en-GB) writes it its way. */
export function formatDateTime(value: string | Date, locale = 'sv-SE'): string {
  const format = locale === 'sv-SE' ? dateTimeFormat : new Intl.DateTimeFormat(locale, dateTimeOptions);
  return format.format(typeof value === 'string' ? new Date(value) : value);
}
