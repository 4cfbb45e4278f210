import { describe, expect, it } from 'vitest';
import type { EconomyActivity } from '../../budget/model.ts';
import type { ForecastRow } from '../model.ts';
import { buildAccuracy } from './build-accuracy.ts';
import { itemAt } from '../../../testing/must.ts';

const activity = (id: number, over: Partial<EconomyActivity> = {}): EconomyActivity => ({
  id,
  code: `A${id}`,
  name: `Rad ${id}`,
  parentId: null,
  isSubset: false,
  sortOrder: id,
  role: 'activity',
  ...over,
});
const forecast = (activityId: number, month: number, amount: number): ForecastRow => ({
  activityId,
  month,
  amount,
  comment: '',
  author: 'Controller',
  updatedAt: '2023-12-01T08:00:00Z',
  version: 1,
});

describe('buildAccuracy', () => {
  const report = buildAccuracy({
    committee: { code: 'SN', name: 'Socialnämnden' },
    year: 2023,
    activities: [activity(1), activity(2, { parentId: 1, isSubset: true }), activity(3)],
    forecasts: [forecast(1, 4, 900), forecast(1, 8, 1050), forecast(2, 4, 10), forecast(3, 8, 480)],
    finalOutcome: new Map([
      [1, { cost: 1100, income: 0 }],
      [2, { cost: 50, income: 0 }],
      [3, { cost: 600, income: 100 }],
    ]),
    budget: new Map([
      [1, { cost: 1000, income: 0 }],
      [3, { cost: 500, income: 0 }],
    ]),
  });

  it('measures each activity with forecasts, never a varav row', () => {
    expect(report.rows.map((r) => [r.activityId, r.finalOutcome, r.points.map((p) => p.error)])).toEqual([
      [1, 1100, [-200, -50]],
      [3, 500, [-20]],
      [null, 1600, [-200, -70]],
    ]);
  });

  it('counts the budget in the total for a month an activity has no forecast', () => {
    // month 4: 900 for row 1, row 3's budget 500 → 1400 against 1600
    expect(itemAt(report.rows, -1).points[0]).toMatchObject({ month: 4, forecast: 1400, error: -200 });
  });
});
