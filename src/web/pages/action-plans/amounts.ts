import { parseSwedishAmount } from '../../../core/amount.ts';
import { formatMnkr, formatPercent } from '../../../core/format.ts';
import type { Effect } from './api.ts';

/** Kronor → "54,8" (table cells; the caption names mnkr) or "54,8 mnkr" (running text). */
export function mnkr(kronor: number, withUnit = false): string {
  const text = formatMnkr(kronor);
  // an amount that rounds to zero is shown as zero, without a sign
  const clean = /[1-9]/.test(text) ? text : text.replace(/^[\u2212-]/, '');
  return withUnit ? clean : clean.replace(/\u00a0mnkr$/, '');
}

/** Signed change: "+1,5", "−0,6", "0,0". */
export function signedMnkr(kronor: number, withUnit = false): string {
  const text = mnkr(kronor, withUnit);
  return kronor > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** An estimate: exact "1,0", range "0,5–1,0", or null when there is no amount. */
export function rangeText(min: number | null, max: number | null, withUnit = false): string | null {
  if (min === null) return null;
  if (max === null || max === min) return mnkr(min, withUnit);
  return `${mnkr(min)}–${mnkr(max, withUnit)}`;
}

/** One effect as text: amount or range, "(delår)" when partial-year, or the qualitative assessment. */
export function effectText(
  e: Effect | undefined,
  labels: { partialYear: string; qualitative: Record<string, string>; none: string },
  withUnit = false,
): string {
  if (!e) return labels.none;
  const amount = rangeText(e.amountMin, e.amountMax, withUnit);
  if (amount === null) return e.qualitative ? (labels.qualitative[e.qualitative] ?? e.qualitative) : labels.none;
  return e.isPartialYear ? `${amount} ${labels.partialYear}` : amount;
}

export const shareText = (share: number | null) => (share === null ? '–' : formatPercent(share, 0));

/** "1,5" / "1.5" / "0,25 mnkr" (millions) → whole kronor; empty → null; anything else → undefined. */
export function parseMnkr(text: string): number | null | undefined {
  const parsed = parseSwedishAmount(text, { decimals: 6, factor: 1_000_000, units: ['mnkr'] });
  if (parsed.ok) return parsed.value;
  return parsed.reason === 'empty' ? null : undefined;
}

/** Kronor → the text an input starts with ("36,98"). */
export function mnkrInput(kronor: number | null): string {
  if (kronor === null) return '';
  return new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6, useGrouping: false }).format(kronor / 1_000_000);
}
