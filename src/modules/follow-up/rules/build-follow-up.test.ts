import { describe, expect, it } from 'vitest';
import type { Amounts, BudgetVersion, EconomyActivity } from '../../budget/model.ts';
import type { Committee } from '../../organisation/model.ts';
import type { FollowUpRows, ForecastRow } from '../model.ts';
import { buildFollowUp } from './build-follow-up.ts';
import { findIn } from '../../../testing/must.ts';

const activity = (id: number, name: string, over: Partial<EconomyActivity> = {}): EconomyActivity => ({
  id,
  code: `A${id}`,
  name,
  parentId: null,
  isSubset: false,
  sortOrder: id,
  role: 'activity',
  ...over,
});
/** Twelve months, the first `months` of them with the given amounts. */
const months = (n: number, a: Amounts): Amounts[] => Array.from({ length: 12 }, (_, i) => (i < n ? a : { cost: 0, income: 0 }));
const forecast = (activityId: number, month: number, amount: number): ForecastRow => ({
  activityId,
  month,
  amount,
  comment: '',
  author: 'Controller',
  updatedAt: '2024-04-02T08:00:00Z',
  version: 1,
});

// Home care (with a varav row) and a school with income; three months of outcome, an even profile.
const rows: FollowUpRows = {
  committee: { id: 1, code: 'SN', name: 'Socialnämnden' } as Committee,
  year: 2024,
  cutoff: 3,
  budgetVersion: { id: 7, title: 'Internbudget 2024' } as BudgetVersion,
  activities: [activity(1, 'Hemtjänst'), activity(2, 'varav nattpatrull', { parentId: 1, isSubset: true }), activity(3, 'Skola')],
  budget: new Map([
    [1, { cost: 1200, income: 0 }],
    [2, { cost: 600, income: 0 }],
    [3, { cost: 2400, income: 1200 }],
  ]),
  frame: 2400,
  outcome: new Map([
    [1, months(3, { cost: 110, income: 0 })],
    [2, months(3, { cost: 50, income: 0 })],
    [3, months(3, { cost: 200, income: 100 })],
  ]),
  outcomeLastYear: new Map([[1, months(12, { cost: 100, income: 0 })]]),
  closingLastYear: new Map([[1, { cost: 1250, income: 0 }]]),
  profiles: new Map(),
  forecasts: [forecast(1, 2, 1250), forecast(1, 3, 1300)],
  settings: { actionPlanThresholdBp: 100, earlyWarningMarginBp: 50, version: 0 },
  accountTotalsToDate: { income: 300, costs: 930, depreciation: 0, financialNet: 0 },
  closedMonths: [1, 2],
};

describe('buildFollowUp', () => {
  const report = buildFollowUp(rows);
  const total = findIn(report.summary, (r) => r.kind === 'total').figures;

  it('sums the operating summary without the varav row, counting the budget where no forecast is given', () => {
    expect(total).toMatchObject({
      outcomeToDate: 630,
      periodisedBudgetToDate: 600,
      deviationToDate: -30,
      budget: 2400,
      forecast: 2500,
      deviation: -100,
    });
    expect(findIn(report.summary, (r) => r.activityId === 1).figures).toMatchObject({
      outcomeLastYearToDate: 300,
      change: 30,
      closingLastYear: 1250,
    });
  });

  it('requires an action plan when the forecast deficit exceeds the threshold share of the frame', () => {
    expect(report.actionPlan).toMatchObject({ required: true, deficit: 100, allowedDeficit: 24 });
    expect(buildFollowUp({ ...rows, frame: null }).actionPlan).toBeNull();
  });

  it('warns where spending so far points beyond the forecast', () => {
    expect(report.warnings.map((w) => [w.label, w.warning.extrapolated])).toEqual([
      ['Hemtjänst', 1320],
      ['Summa', 2520],
    ]);
  });

  it('gives a result to date equal to the deviation against the periodised budget', () => {
    const result = findIn(report.resultStatement.rows, (r) => r.key === 'result');
    expect(report.resultStatement.columns).toEqual(['Utfall t.o.m. månad 3', 'Budget helår', 'Prognos helår']);
    expect(result.values).toEqual([total.deviationToDate, 0, -100]);
  });

  it('draws cumulative outcome up to the cut-off and the forecast of each month that has one', () => {
    expect(report.charts.cumulativeOutcome).toEqual([210, 420, 630, ...Array(9).fill(null)]);
    expect(report.charts.cumulativeBudget[11]).toBe(2400);
    expect(report.charts.forecastByMonth).toEqual([null, 2450, 2500, ...Array(9).fill(null)]);
  });

  it("proposes outcome to date plus the remaining periodised budget, beside last month's forecast", () => {
    expect(report.proposals.map((p) => [p.label, p.proposal, p.previous, p.current?.amount ?? null])).toEqual([
      ['Hemtjänst', 1230, 1250, 1300],
      ['Skola', 1200, null, null],
    ]);
    expect(report.closedMonths).toEqual([1, 2]);
  });
});
