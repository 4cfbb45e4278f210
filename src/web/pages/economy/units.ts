import { parseSwedishAmount } from '../../../core/amount.ts';
import { formatMnkr, formatNumber, formatPercent, formatTkr } from '../../../core/format.ts';
import { useStoredChoice } from '../../hooks/stored-choice.ts';

/** Tables show amounts in kronor, thousands or millions; the choice is remembered in this browser. */
export type Unit = 'kr' | 'tkr' | 'mnkr';
export const units: readonly Unit[] = ['kr', 'tkr', 'mnkr'];
const STORAGE_KEY = 'styrbord.unit';

export function useUnit(): [Unit, (u: Unit) => void] {
  return useStoredChoice(STORAGE_KEY, units, 'mnkr');
}

const suffix = /\u00a0(mnkr|tkr)$/;
const roundsToZero = (text: string) => !/[1-9]/.test(text);

/**
 * Kronor in the chosen unit, through the core helpers. Table cells leave the unit out (the caption
 * names it); running text keeps it. Negative amounts keep the minus sign ("−").
 */
export function formatAmount(kronor: number, unit: Unit, withUnit = false): string {
  const raw = unit === 'mnkr' ? formatMnkr(kronor) : unit === 'tkr' ? formatTkr(kronor) : formatNumber(kronor);
  // an amount that rounds to zero is shown as zero, without a sign
  const text = roundsToZero(raw) ? raw.replace(/^[\u2212-]/, '') : raw;
  if (withUnit) return unit === 'kr' ? `${text}\u00a0kr` : text;
  return text.replace(suffix, '');
}

/** Deviations carry their sign in the text, not only in colour: "+1,1", "−19,6", "0,0". */
export function formatSigned(kronor: number, unit: Unit, withUnit = false): string {
  const text = formatAmount(kronor, unit, withUnit);
  return kronor > 0 && !roundsToZero(text) ? `+${text}` : text;
}

/** "positive" / "negative" for colouring; none for amounts that show as zero in the unit. */
export function signClass(kronor: number | null, unit: Unit = 'kr'): string | undefined {
  if (kronor === null || kronor === 0 || roundsToZero(formatAmount(kronor, unit))) return undefined;
  return kronor > 0 ? 'positive' : 'negative';
}

/** Running text: millions for large amounts, thousands where millions would round small differences away. */
export function formatReadable(kronor: number, scale = kronor): string {
  return Math.abs(scale) >= 10_000_000 ? formatAmount(kronor, 'mnkr', true) : formatAmount(kronor, 'tkr', true);
}

/** Basis points → "1,0 %". */
export const formatBp = (bp: number) => formatPercent(bp / 10000);

/** "−1 234 567" / "1 234 567 kr" / "1234567" → 1234567; null when not a whole number of kronor. */
export function parseKronor(text: string): number | null {
  const parsed = parseSwedishAmount(text, { units: ['kr'] });
  return parsed.ok ? parsed.value : null;
}
