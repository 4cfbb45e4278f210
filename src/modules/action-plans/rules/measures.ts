import { sum } from '../../../core/money.ts';
import { effectValue, type EffectKind, type GroupBy, type RangeSetting, type RuleMeasure } from '../model.ts';

/**
 * How a measure counts in the action-plan rules: its value for a year and kind with a range setting,
 * and the group (area or target group) it is summed under. Amounts in integer kronor.
 */

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
