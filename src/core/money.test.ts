import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itemAt } from '../testing/must.ts';
import { allocate, sum } from './money.ts';

describe('allocate', () => {
  it('splits exactly by weight', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(12, [0, 0, 0, 0])).toEqual([3, 3, 3, 3]);
  });

  it('always returns integers that add up to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 24 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          return parts.length === weights.length && parts.every(Number.isInteger) && sum(parts) === total;
        },
      ),
    );
  });

  it('never gives a part to a zero weight when other weights are positive', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 12 }),
        (total, weights) => {
          fc.pre(sum(weights) > 0);
          return allocate(total, weights).every((p, i) => itemAt(weights, i) > 0 || p === 0);
        },
      ),
    );
  });
});

describe('sum', () => {
  it('is exact up to 2^53 and refuses a total beyond it instead of rounding', () => {
    expect(sum([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => sum([Number.MAX_SAFE_INTEGER, 1, -1])).toThrow(/för stor/);
    expect(sum([0.25, 0.5])).toBe(0.75);
  });
});
