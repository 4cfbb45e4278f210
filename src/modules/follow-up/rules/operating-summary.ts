import { activityRowHead, add, countsInTotal, inDocumentOrder, net, zero, type Amounts, type EconomyActivity } from '../../budget/model.ts';
import type { ActivityFollowUpInput, SummaryFigures, SummaryRow } from '../model.ts';

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const netOrNull = (a: Amounts | null) => (a === null ? null : net(a));

function figures(i: ActivityFollowUpInput): SummaryFigures {
  const outcome = netOrNull(i.outcomeToDate);
  const lastYear = netOrNull(i.outcomeLastYearToDate);
  const budget = netOrNull(i.budget);
  return {
    outcomeToDate: outcome,
    outcomeLastYearToDate: lastYear,
    change: diff(outcome, lastYear),
    periodisedBudgetToDate: i.periodisedBudgetToDate,
    deviationToDate: diff(i.periodisedBudgetToDate, outcome),
    forecast: i.forecast,
    budget,
    deviation: diff(budget, i.forecast),
    closingLastYear: netOrNull(i.closingLastYear),
  };
}

const sumNullable = (values: (number | null)[]) =>
  values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

/**
 * The operating summary (driftsammandrag) for a cut-off month. A missing forecast counts as the
 * budget in the total (no forecast = no known deviation), and the row says so by staying empty.
 */
export function operatingSummary(activities: readonly EconomyActivity[], inputs: ReadonlyMap<number, ActivityFollowUpInput>): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const counted: ActivityFollowUpInput[] = [];
  for (const placed of inDocumentOrder(activities)) {
    const { activity } = placed;
    const input = inputs.get(activity.id);
    if (!input) continue;
    const f = figures(input);
    if (Object.values(f).every((v) => v === null)) continue;
    rows.push({ ...activityRowHead(placed), kind: 'activity', figures: f });
    if (countsInTotal(activity)) counted.push(input);
  }
  const total = (pick: (i: ActivityFollowUpInput) => number | null) => sumNullable(counted.map(pick));
  const forecastOrBudget = (i: ActivityFollowUpInput) => i.forecast ?? netOrNull(i.budget);
  const totalFigures: SummaryFigures = {
    outcomeToDate: total((i) => netOrNull(i.outcomeToDate)),
    outcomeLastYearToDate: total((i) => netOrNull(i.outcomeLastYearToDate)),
    change: null,
    periodisedBudgetToDate: total((i) => i.periodisedBudgetToDate),
    deviationToDate: null,
    forecast: counted.some((i) => i.forecast !== null) ? total(forecastOrBudget) : null,
    budget: total((i) => netOrNull(i.budget)),
    deviation: null,
    closingLastYear: total((i) => netOrNull(i.closingLastYear)),
  };
  totalFigures.change = diff(totalFigures.outcomeToDate, totalFigures.outcomeLastYearToDate);
  totalFigures.deviationToDate = diff(totalFigures.periodisedBudgetToDate, totalFigures.outcomeToDate);
  totalFigures.deviation = diff(totalFigures.budget, totalFigures.forecast);
  rows.push({ activityId: null, code: 'total', label: 'Summa', level: 0, isSubset: false, kind: 'total', figures: totalFigures });

  const split = (pick: (a: Amounts) => number, sign: number, kind: SummaryRow['kind'], label: string) => {
    const sumOf = (get: (i: ActivityFollowUpInput) => Amounts | null) =>
      counted.some((i) => get(i) !== null) ? sign * pick(counted.reduce((acc, i) => add(acc, get(i) ?? zero), zero)) : null;
    const f: SummaryFigures = {
      outcomeToDate: sumOf((i) => i.outcomeToDate),
      outcomeLastYearToDate: sumOf((i) => i.outcomeLastYearToDate),
      change: null,
      periodisedBudgetToDate: null,
      deviationToDate: null,
      forecast: null,
      budget: sumOf((i) => i.budget),
      deviation: null,
      closingLastYear: sumOf((i) => i.closingLastYear),
    };
    f.change = diff(f.outcomeToDate, f.outcomeLastYearToDate);
    rows.push({ activityId: null, code: kind, label, level: 1, isSubset: true, kind, figures: f });
  };
  split((a) => a.income, -1, 'total_income', 'varav intäkter');
  split((a) => a.cost, 1, 'total_cost', 'varav kostnader');
  return rows;
}
