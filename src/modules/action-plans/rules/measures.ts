import { sum } from '../../../core/money.ts';
import type { ActionPlan, Effect, EffectKind, GroupBy, Measure, RangeSetting, RuleMeasure } from '../model.ts';

/**
 * How a measure counts in the action-plan rules: its value for a year and kind with a range setting,
 * and the group (area or target group) it is summed under. Amounts in integer kronor.
 */

export const RANGE_RULE: Record<RangeSetting, string> = {
  low: 'Intervall räknas med sitt lägsta belopp',
  mid: 'Intervall räknas med mittvärdet (min + max) / 2, avrundat nedåt till hel krona per åtgärd och år',
  high: 'Intervall räknas med sitt högsta belopp',
};

export function pointValue(min: number | null, max: number | null, setting: RangeSetting): number | null {
  if (min === null || max === null) return null;
  if (setting === 'low') return min;
  if (setting === 'high') return max;
  return Math.floor((min + max) / 2);
}

export const effectValue = (e: Pick<Effect, 'amountMin' | 'amountMax'>, setting: RangeSetting): number | null =>
  pointValue(e.amountMin, e.amountMax, setting);

export const fullYearValue = (m: Pick<Measure, 'fullYearMin' | 'fullYearMax'>, setting: RangeSetting): number | null =>
  pointValue(m.fullYearMin, m.fullYearMax, setting);

export function planYears(plan: Pick<ActionPlan, 'firstYear' | 'lastYear'>): number[] {
  return Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
}

export const TOTAL_CODE = 'total';
export const TOTAL_LABEL = 'Summa';
export const NO_GROUP_CODE = '-';
export const NO_GROUP_LABEL = 'Ej angiven';

export const sumOrNull = (values: readonly (number | null)[]): number | null =>
  values.every((v) => v === null) ? null : sum(values.map((v) => v ?? 0));

export const groupOf = (m: Pick<RuleMeasure, 'areaCode' | 'targetGroupCode'>, by: GroupBy): string =>
  by === 'area' ? m.areaCode : (m.targetGroupCode ?? NO_GROUP_CODE);

/** The value of one kind of effect for a year, or null when the measure has no amount for it. */
export function measureEffect(m: Pick<RuleMeasure, 'effects'>, year: number, kind: EffectKind, range: RangeSetting): number | null {
  const e = m.effects.find((x) => x.year === year && x.kind === kind);
  return e ? effectValue(e, range) : null;
}
