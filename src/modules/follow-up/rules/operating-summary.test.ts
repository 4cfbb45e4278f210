import { describe, expect, it } from 'vitest';
import { operatingSummary } from './operating-summary.ts';
import type { ActivityFollowUpInput } from '../model.ts';
import type { EconomyActivity } from '../../budget/model.ts';
import { findIn } from '../../../testing/must.ts';

const act = (id: number, over: Partial<EconomyActivity> = {}): EconomyActivity => ({
  id,
  code: `A${id}`,
  name: `Rad ${id}`,
  parentId: null,
  isSubset: false,
  sortOrder: id,
  role: 'activity',
  ...over,
});
const input = (over: Partial<ActivityFollowUpInput>): ActivityFollowUpInput => ({
  budget: null,
  periodisedBudgetToDate: null,
  outcomeToDate: null,
  outcomeLastYearToDate: null,
  forecast: null,
  closingLastYear: null,
  ...over,
});

describe('operatingSummary', () => {
  const activities = [act(1), act(2, { parentId: 1, isSubset: true }), act(3)];
  const inputs = new Map([
    [
      1,
      input({
        budget: { cost: 1300, income: 100 },
        periodisedBudgetToDate: 600,
        outcomeToDate: { cost: 700, income: 50 },
        outcomeLastYearToDate: { cost: 600, income: 0 },
        forecast: 1300,
      }),
    ],
    [2, input({ budget: { cost: 500, income: 0 }, outcomeToDate: { cost: 300, income: 0 }, forecast: 520 })],
    [3, input({ budget: { cost: 600, income: 0 }, periodisedBudgetToDate: 300, outcomeToDate: { cost: 280, income: 0 } })],
  ]);
  const rows = operatingSummary(activities, inputs);
  const row = (label: string) => findIn(rows, (r) => r.label === label, `a row ${label}`).figures;

  it('computes deviations with positive = surplus', () => {
    expect(row('Rad 1')).toMatchObject({ outcomeToDate: 650, change: 50, deviationToDate: -50, budget: 1200, deviation: -100 });
  });

  it('sums totals without varav rows and counts a missing forecast as the budget', () => {
    expect(row('Summa')).toMatchObject({ outcomeToDate: 930, budget: 1800, forecast: 1900, deviation: -100, periodisedBudgetToDate: 900 });
  });

  it('splits totals into income (negative) and costs', () => {
    expect(row('varav intäkter')).toMatchObject({ outcomeToDate: -50, budget: -100 });
    expect(row('varav kostnader')).toMatchObject({ outcomeToDate: 980, budget: 1900 });
  });
});
