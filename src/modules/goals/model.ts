/** Plain goal and indicator data shared by the pure rules, the store and the API. */
export type Gender = 'T' | 'K' | 'M';
export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];
export const genderLabel: Record<Gender, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

export type Colour = 'green' | 'yellow' | 'red' | 'none';
export const colourLabel: Record<Colour, string> = { green: 'Grön', yellow: 'Gul', red: 'Röd', none: '–' };

export type Direction = 'increase' | 'decrease' | 'maintain';
export const directionLabel: Record<Direction, string> = { increase: 'Öka', decrease: 'Minska', maintain: 'Bibehålla' };

export type Comparator = 'at_least' | 'at_most' | 'equal';
export type RollupRule = 'worst' | 'majority' | 'average';
export type IndicatorSource = 'manual' | 'import' | 'kolada' | 'computed';
export type Polarity = 'higher_is_better' | 'lower_is_better';

/** A year, or a cut-off within a year (month 1–12, "augusti 2023" = { 2023, 8 }). */
export interface Period {
  year: number;
  month: number | null;
}

export interface IndicatorValue extends Period {
  gender: Gender;
  /** null = no figure ("i.u."), never 0. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  preliminary: boolean;
  note: string;
  /** manual (entered or imported in Styrbord) or kolada (from the cache). */
  origin: 'manual' | 'kolada';
  sourceNote: string | null;
  updatedAt: string | null;
  version: number;
}

export type Target =
  | { kind: 'direction'; year: number; gender: Gender; direction: Direction; label: string; version: number }
  | { kind: 'value'; year: number; gender: Gender; comparator: Comparator; value: number; label: string; version: number }
  | {
      kind: 'benchmark'; year: number; gender: Gender; comparator: 'at_least' | 'at_most'; groupId: number; groupCode: string;
      statistic: 'average' | 'median'; label: string; version: number;
    };

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export function periodLabel(p: Period): string {
  return p.month === null ? String(p.year) : `${MONTHS[p.month - 1]} ${p.year}`;
}

/** Whole years sort after their cut-offs: 2023-08 < 2023 < 2024-04. */
export const periodKey = (p: Period): number => p.year * 100 + (p.month ?? 13);

/** The printed wording of a target, e.g. "Minska", "4", "Samma eller lägre än R9-snitt". */
export function targetText(t: Target, decimals = 0): string {
  if (t.label.trim() !== '') return t.label;
  if (t.kind === 'direction') return directionLabel[t.direction];
  if (t.kind === 'value') {
    const n = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: decimals }).format(t.value);
    return t.comparator === 'at_least' ? `minst ${n}` : t.comparator === 'at_most' ? `högst ${n}` : n;
  }
  const stat = t.statistic === 'average' ? 'snitt' : 'median';
  return `${t.comparator === 'at_most' ? 'Samma eller lägre' : 'Samma eller högre'} än ${t.groupCode}-${stat}`;
}
