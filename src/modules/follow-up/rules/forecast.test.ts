import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { actionPlanCheck, earlyWarning, forecastAccuracy, forecastProposal } from './forecast.ts';
import { itemAt, must } from '../../../testing/must.ts';

describe('action-plan threshold', () => {
  it('requires a plan only when the deficit exceeds 1 % of the frame', () => {
    expect(actionPlanCheck(1_781_000_000, 1_781_000_000 + 17_810_000, 100).required).toBe(false);
    const over = actionPlanCheck(1_781_000_000, 1_781_000_000 + 17_810_001, 100);
    expect(over).toMatchObject({ required: true, deficit: 17_810_001, allowedDeficit: 17_810_000 });
  });

  it('never flags a surplus', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 10000 }),
        (frame, surplus, bp) => !actionPlanCheck(frame, frame - surplus, bp).required,
      ),
    );
  });
});

describe('early warning', () => {
  it('warns when spending so far points far beyond the forecast', () => {
    const w = earlyWarning({ outcomeToDate: 660, periodisedBudgetToDate: 600, budget: 1200, forecast: 1210 }, 50);
    expect(w).toMatchObject({ extrapolated: 1320, gap: 110, warn: true });
  });

  it('stays quiet when the forecast follows the outcome', () => {
    const quiet = must(earlyWarning({ outcomeToDate: 660, periodisedBudgetToDate: 600, budget: 1200, forecast: 1318 }, 50), 'a warning');
    expect(quiet.warn).toBe(false);
  });
});

describe('forecast proposal and accuracy', () => {
  it('proposes outcome to date plus the remaining periodised budget', () => {
    expect(forecastProposal(700, 1200, 600, 1150)).toEqual({ fromBudget: 1300, previous: 1150 });
  });

  it('measures each month against the final outcome', () => {
    const points = forecastAccuracy(
      new Map([
        [3, 1000],
        [1, 980],
      ]),
      1100,
    );
    expect(points.map((p) => [p.month, p.error])).toEqual([
      [1, -120],
      [3, -100],
    ]);
    expect(itemAt(points, 0).errorShare).toBeCloseTo(-0.10909, 4);
  });
});
