import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodise, profileFromOutcome, toDate } from './periodisation.ts';
import { sum } from '../../../core/money.ts';

describe('periodisation', () => {
  it("follows last year's pattern and adds up exactly", () => {
    const profile = profileFromOutcome([1, 1, 1, 1, 1, 2, 3, 2, 1, 1, 1, 1]);
    const months = periodise(1_600_000, profile);
    expect(sum(months)).toBe(1_600_000);
    expect(months[6]).toBe(300_000);
    expect(toDate(months, 2)).toBe(200_000);
  });

  it('always sums to the annual amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 12, maxLength: 12 }),
        (annual, w) => sum(periodise(annual, profileFromOutcome(w))) === annual,
      ),
    );
  });
});
