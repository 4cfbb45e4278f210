import type { GoalsDict } from '../../i18n/goals.ts';
import type { Target } from './types.ts';

/** A figure with the indicator's decimals; null is "–" (no figure), never 0. */
export function formatValue(g: GoalsDict, value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined) return g.none;
  return new Intl.NumberFormat(g.locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export function formatSignedValue(g: GoalsDict, value: number, decimals: number): string {
  const text = formatValue(g, Math.abs(value), decimals);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export const periodText = (g: GoalsDict, p: { year: number; month: number | null } | null) => (p ? g.period(p.year, p.month) : g.none);

/** The wording of a target: the printed label when there is one, else built from its parts. */
export function targetText(g: GoalsDict, t: Target, decimals: number): string {
  if (t.label.trim() !== '') return t.label;
  if (t.kind === 'direction') return g.targets.direction[t.direction] ?? t.direction;
  if (t.kind === 'value') {
    const n = formatValue(g, t.value, decimals);
    return t.comparator === 'at_least' ? g.targets.atLeast(n) : t.comparator === 'at_most' ? g.targets.atMost(n) : n;
  }
  return g.targets.benchmark(t.comparator === 'at_most', t.groupCode, t.statistic === 'average');
}

export const formatDay = (iso: string) => iso.slice(0, 10);
