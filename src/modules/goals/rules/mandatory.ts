import type { IndicatorValue } from '../model.ts';

/** How many years back a mandatory indicator's latest value may be (the budget year and the two before it). */
export const MANDATORY_YEARS_BACK = 2;

/**
 * A mandatory indicator must be reported: it lacks a value when none of its values from the
 * budget year or the two years before has a figure (a row with "i.u." does not count).
 */
export function lacksMandatoryValue(
  indicator: { mandatory: boolean; values: readonly Pick<IndicatorValue, 'year' | 'value'>[] },
  year: number,
): boolean {
  return indicator.mandatory && !indicator.values.some((v) => v.year >= year - MANDATORY_YEARS_BACK && v.value !== null);
}
