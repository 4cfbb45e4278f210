import { sum } from '../../../core/money.ts';
import { countsInTotal, net, type Amounts, type EconomyActivity } from '../../budget/model.ts';
import type { AccuracyReport, ForecastRow } from '../model.ts';
import { forecastAccuracy } from './forecast.ts';

/** What the store holds for a closed year: everything buildAccuracy needs. */
export interface AccuracyRows {
  committee: AccuracyReport['committee'];
  year: number;
  activities: readonly EconomyActivity[];
  forecasts: readonly ForecastRow[];
  /** the year's final outcome per activity */
  finalOutcome: ReadonlyMap<number, Amounts>;
  /** the year's budget per activity; counted for the total in a month an activity has no forecast */
  budget: ReadonlyMap<number, Amounts>;
}

/**
 * How good were the forecasts? Every month's full-year forecast against the final outcome, per
 * activity with both, and for the committee (months without a forecast count the budget).
 */
export function buildAccuracy({ committee, year, activities, forecasts, finalOutcome, budget }: AccuracyRows): AccuracyReport {
  const counted = activities.filter(countsInTotal);
  const months = [...new Set(forecasts.map((f) => f.month))].sort((a, b) => a - b);
  const netOf = (amounts: Amounts | undefined) => (amounts ? net(amounts) : 0);

  const rows: AccuracyReport['rows'] = [];
  for (const a of counted) {
    const own = new Map(forecasts.filter((f) => f.activityId === a.id).map((f) => [f.month, f.amount]));
    const final = finalOutcome.get(a.id);
    if (own.size === 0 || !final) continue;
    rows.push({ activityId: a.id, label: a.name, finalOutcome: net(final), points: forecastAccuracy(own, net(final)) });
  }
  const totalFinal = sum(counted.map((a) => netOf(finalOutcome.get(a.id))));
  const totalForecasts = new Map(
    months.map((m) => [
      m,
      sum(counted.map((a) => forecasts.find((r) => r.activityId === a.id && r.month === m)?.amount ?? netOf(budget.get(a.id)))),
    ]),
  );
  rows.push({ activityId: null, label: 'Summa', finalOutcome: totalFinal, points: forecastAccuracy(totalForecasts, totalFinal) });
  return { committee, year, rows };
}
