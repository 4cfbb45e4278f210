/**
 * sv-SE display formatting. Amounts are integer kronor everywhere inside Styrbord;
 * rounding happens here and nowhere else.
 */
const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' });
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm',
});

/** 1096764 → "1 096 764" (non-breaking space as thousands separator, "−" for negatives). */
export function formatNumber(value: number): string {
  return integerFormat.format(value);
}

/** Kronor → "54,8 mnkr". */
export function formatMnkr(kronor: number, decimals = 1): string {
  const nf = decimals === 1 ? oneDecimal : new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return `${nf.format(kronor / 1_000_000)}\u00a0mnkr`;
}

/** Kronor → "1 097 tkr". */
export function formatTkr(kronor: number): string {
  return `${integerFormat.format(Math.round(kronor / 1000))}\u00a0tkr`;
}

/** A share (0.057) → "5,7 %". */
export function formatPercent(share: number, decimals = 1): string {
  const nf = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return `${nf.format(share * 100)}\u00a0%`;
}

/** ISO date or Date → "2024-01-01" in Swedish time. */
export function formatDate(value: string | Date): string {
  return dateFormat.format(typeof value === 'string' ? new Date(value) : value);
}

export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(typeof value === 'string' ? new Date(value) : value);
}
