import { required } from '../../../core/required.ts';
import { sum } from '../../../core/money.ts';
import { type DeliveryRecord, type MeasureDelivery, type PlanDelivery, type RangeSetting, type RuleMeasure } from '../model.ts';
import { measureEffect, sumOrNull, RANGE_RULE } from './measures.ts';

/** Delivery: realised ÷ planned cost reduction. */

export const share = (realised: number | null, planned: number | null): number | null =>
  realised === null || planned === null || planned === 0 ? null : realised / planned;

/**
 * Realised ÷ planned reduction per measure and year, per year for the plan, and over the years
 * that have been followed up. Outcomes for measures no longer in the version still count.
 */
export function planDelivery(
  measures: readonly RuleMeasure[],
  outcomes: readonly { measureCode: string; year: number; amount: number }[],
  years: readonly number[],
  range: RangeSetting,
): PlanDelivery {
  const followedUpYears = years.filter((y) => outcomes.some((o) => o.year === y));
  const realisedOf = (code: string, year: number) =>
    sumOrNull(outcomes.filter((o) => o.measureCode === code && o.year === year).map((o) => o.amount));
  const extra = [...new Set(outcomes.map((o) => o.measureCode))].filter((c) => !measures.some((m) => m.code === c));
  const rows: { code: string; title: string; measure: RuleMeasure | null }[] = [
    ...measures.map((m) => ({ code: m.code, title: m.title, measure: m as RuleMeasure | null })),
    ...extra.map((code) => ({ code, title: `${code} (finns inte i versionen)`, measure: null })),
  ];
  const result: MeasureDelivery[] = rows.map((r) => {
    const cells = years.map((year) => {
      const planned = r.measure ? measureEffect(r.measure, year, 'reduction', range) : null;
      const realised = realisedOf(r.code, year);
      return { year, planned, realised, share: share(realised, planned) };
    });
    const followed = cells.filter((c) => followedUpYears.includes(c.year));
    const planned = sum(followed.map((c) => c.planned ?? 0));
    const realised = sum(followed.map((c) => c.realised ?? 0));
    return { code: r.code, title: r.title, cells, planned, realised, share: share(realised, planned) };
  });
  const totals = years.map((year, i) => {
    const planned = sumOrNull(result.map((m) => required(m.cells[i], 'cell per år').planned));
    const realised = sumOrNull(result.map((m) => required(m.cells[i], 'cell per år').realised));
    return { year, planned, realised, share: share(realised, planned) };
  });
  const planned = sum(result.map((m) => m.planned));
  const realised = sum(result.map((m) => m.realised));
  return {
    range,
    rangeRule: RANGE_RULE[range],
    years: [...years],
    followedUpYears,
    measures: result,
    totals,
    planned,
    realised,
    share: share(realised, planned),
  };
}

/** "How much of what we planned did we realise?" across all of a committee's plans. */
export function deliveryRecord(plans: readonly { planId: number; title: string; delivery: PlanDelivery }[]): DeliveryRecord {
  const rows = plans.map((p) => ({
    planId: p.planId,
    title: p.title,
    followedUpYears: p.delivery.followedUpYears,
    planned: p.delivery.planned,
    realised: p.delivery.realised,
    share: p.delivery.share,
  }));
  const planned = sum(rows.map((r) => r.planned));
  const realised = sum(rows.map((r) => r.realised));
  return { rows, planned, realised, share: share(realised, planned) };
}
