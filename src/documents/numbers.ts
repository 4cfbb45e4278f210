import { formatDecimals, formatNumber } from '../core/format.ts';
import { kronorToMnkr, kronorToTkr } from '../core/rounding.ts';
import type { RenderCell } from './model.ts';

/**
 * The reference documents' number conventions: thousands separated by a space, decimal comma,
 * a minus sign for negatives (never on a figure that rounds to zero), empty where there is no figure.
 * Rounding is core's, half away from zero.
 */

export type Scale = 'kr' | 'tkr' | 'mnkr' | 'mnkr1';

export function amountCell(kronor: number | null, scale: Scale): RenderCell {
  if (kronor === null) return { text: '', value: null };
  const text =
    scale === 'kr'
      ? formatNumber(kronor)
      : scale === 'tkr'
        ? formatNumber(kronorToTkr(kronor))
        : scale === 'mnkr'
          ? formatNumber(kronorToMnkr(kronor))
          : formatDecimals(kronorToMnkr(kronor, 1), 1);
  return { text, value: kronor };
}

export const textCell = (text: string): RenderCell => ({ text, value: null });

export const scaleLabel: Record<Scale, string> = { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr', mnkr1: 'mnkr' };
