import { multiplyDivideRounded } from '../../../core/rounding.ts';
import { sum } from '../../../core/money.ts';
import { required } from '../../../core/required.ts';
import { add, countsInTotal, net, zero, type Amounts } from '../../budget/model.ts';
import { EVEN, periodise, toDate } from '../../budget/rules/periodisation.ts';
import type { ActivityFollowUpInput, FollowUpReport, FollowUpRows } from '../model.ts';
import { operatingSummary } from './operating-summary.ts';
import { actionPlanCheck, earlyWarning, forecastProposal } from './forecast.ts';
import { resultStatement } from './result-statement.ts';

const sumAmounts = (months: Amounts[] | undefined, through: number): Amounts | null =>
  months ? months.slice(0, through).reduce(add, zero) : null;

/**
 * Everything a controller follows up for one committee, year and cut-off month, computed from
 * the rows alone: the operating summary, early warnings, the action-plan check, the result
 * statement, the charts and the forecast proposals.
 */
export function buildFollowUp(rows: FollowUpRows): FollowUpReport {
  const {
    committee,
    year,
    cutoff,
    budgetVersion: version,
    activities,
    budget,
    frame,
    outcome,
    outcomeLastYear: lastYear,
    closingLastYear: closing,
    profiles,
    forecasts: forecastRows,
    settings,
    accountTotalsToDate: totalsToDate,
    closedMonths: closed,
  } = rows;
  const forecastAt = (activityId: number, m: number) => forecastRows.find((f) => f.activityId === activityId && f.month === m) ?? null;

  const inputs = new Map<number, ActivityFollowUpInput>();
  const monthlyBudget = new Map<number, number[]>();
  for (const a of activities) {
    const b = budget.get(a.id) ?? null;
    const months = b ? periodise(net(b), profiles.get(a.id) ?? EVEN) : null;
    if (months) monthlyBudget.set(a.id, months);
    inputs.set(a.id, {
      budget: b,
      periodisedBudgetToDate: months ? toDate(months, cutoff) : null,
      outcomeToDate: sumAmounts(outcome.get(a.id), cutoff),
      outcomeLastYearToDate: sumAmounts(lastYear.get(a.id), cutoff),
      forecast: forecastAt(a.id, cutoff)?.amount ?? null,
      closingLastYear: closing.get(a.id) ?? null,
    });
  }
  const summary = operatingSummary(activities, inputs);
  const total = required(
    summary.find((r) => r.kind === 'total'),
    'summaraden i driftredovisningen',
  ).figures;
  const forecastTotal = total.forecast ?? total.budget;

  const warnings: FollowUpReport['warnings'] = [];
  for (const row of summary.filter((r) => r.kind === 'total' || (r.kind === 'activity' && !r.isSubset))) {
    const f = row.figures;
    if (f.outcomeToDate === null || f.periodisedBudgetToDate === null || f.budget === null) continue;
    const w = earlyWarning(
      {
        outcomeToDate: f.outcomeToDate,
        periodisedBudgetToDate: f.periodisedBudgetToDate,
        budget: f.budget,
        forecast: f.forecast ?? f.budget,
      },
      settings.earlyWarningMarginBp,
    );
    if (w?.warn) warnings.push({ label: row.label, warning: w });
  }

  const counted = activities.filter(countsInTotal);
  const cumulative = (values: number[]) => values.map((_, i) => sum(values.slice(0, i + 1)));
  const outcomeByMonth = Array.from({ length: 12 }, (_, m) => sum(counted.map((a) => net(outcome.get(a.id)?.[m] ?? zero))));
  const budgetByMonth = Array.from({ length: 12 }, (_, m) => sum(counted.map((a) => monthlyBudget.get(a.id)?.[m] ?? 0)));
  const forecastByMonth = Array.from({ length: 12 }, (_, m) => {
    const rows = forecastRows.filter((f) => f.month === m + 1);
    if (rows.length === 0) return null;
    return sum(
      counted.map((a) => {
        const activityBudget = budget.get(a.id);
        return rows.find((f) => f.activityId === a.id)?.amount ?? (activityBudget ? net(activityBudget) : 0);
      }),
    );
  });

  const budgetTotals = [...budget.entries()].filter(([id]) => counted.some((a) => a.id === id)).reduce((acc, [, a]) => add(acc, a), zero);
  const contribution = frame ?? net(budgetTotals);
  // The contribution to date follows the budget's own monthly profile, so that with a balanced
  // budget the result to date equals the deviation against the periodised budget, to the krona.
  const periodisedTotal = total.periodisedBudgetToDate ?? 0;
  const contributionToDate =
    net(budgetTotals) === 0
      ? multiplyDivideRounded(contribution, cutoff, 12)
      : multiplyDivideRounded(contribution, periodisedTotal, net(budgetTotals));
  const result = resultStatement([
    { totals: totalsToDate, municipalContribution: contributionToDate },
    {
      totals: { income: budgetTotals.income, costs: budgetTotals.cost, depreciation: 0, financialNet: 0 },
      municipalContribution: contribution,
    },
    { totals: null, municipalContribution: contribution, netCostOverride: forecastTotal === null ? null : -forecastTotal },
  ]);

  return {
    committee,
    year,
    month: cutoff,
    budgetVersion: version,
    frame,
    summary,
    actionPlan: frame === null || forecastTotal === null ? null : actionPlanCheck(frame, forecastTotal, settings.actionPlanThresholdBp),
    warnings,
    resultStatement: { columns: [`Utfall t.o.m. månad ${cutoff}`, 'Budget helår', 'Prognos helår'], rows: result },
    charts: {
      months: Array.from({ length: 12 }, (_, i) => i + 1),
      cumulativeOutcome: cumulative(outcomeByMonth).map((v, i) => (i < cutoff ? v : null)),
      cumulativeBudget: cumulative(budgetByMonth),
      forecastByMonth,
      perActivity: summary
        .filter((r) => r.kind === 'activity' && !r.isSubset)
        .map((r) => ({ label: r.label, budget: r.figures.budget, forecast: r.figures.forecast })),
    },
    proposals: counted
      .filter((a) => budget.has(a.id))
      .map((a) => {
        const i = required(inputs.get(a.id), `underlaget för verksamhet ${a.id}`);
        const activityBudget = net(required(i.budget, `budgeten för verksamhet ${a.id}`));
        const outcomeNet = i.outcomeToDate ? net(i.outcomeToDate) : 0;
        const p = forecastProposal(
          outcomeNet,
          activityBudget,
          i.periodisedBudgetToDate ?? 0,
          cutoff > 1 ? (forecastAt(a.id, cutoff - 1)?.amount ?? null) : null,
        );
        return {
          activityId: a.id,
          label: a.name,
          outcomeToDate: outcomeNet,
          budget: activityBudget,
          proposal: p.fromBudget,
          previous: p.previous,
          current: forecastAt(a.id, cutoff),
        };
      }),
    closedMonths: closed,
  };
}
