import type { RenderCell } from './model.ts';

/**
 * The reference documents' number conventions: thousands separated by a space, decimal comma,
 * a minus sign for negatives, empty where there is no figure.
 */
const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export type Scale = 'kr' | 'tkr' | 'mnkr' | 'mnkr1';

export function amountCell(kronor: number | null, scale: Scale): RenderCell {
  if (kronor === null) return { text: '', value: null };
  const text =
    scale === 'kr' ? whole.format(kronor)
      : scale === 'tkr' ? whole.format(Math.round(kronor / 1000))
        : scale === 'mnkr' ? whole.format(Math.round(kronor / 1_000_000))
          : oneDecimal.format(kronor / 1_000_000);
  return { text: text === '−0' || text === '−0,0' ? text.slice(1) : text, value: kronor };
}

export const textCell = (text: string): RenderCell => ({ text, value: null });

export const scaleLabel: Record<Scale, string> = { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr', mnkr1: 'mnkr' };
