import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { divideRounded, kronorToMnkr, kronorToTkr, multiplyDivideRounded, roundHalfAwayFromZero } from './rounding.ts';
import { formatMnkr, formatNumber, formatPercent, formatTkr } from './format.ts';
import { MAX_KRONOR } from './validation.ts';

const MINUS = '\u2212';
// documents/numbers.test.ts and web/pages/economy/units.test.ts check their formatters the same way.
/** Amounts with many exact halves (…500, …50 000) beside arbitrary ones, up to the largest accepted. */
const kronor = fc.oneof(
  fc.integer({ min: -MAX_KRONOR, max: MAX_KRONOR }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n * 500),
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => n * 50_000),
  fc.integer({ min: -9_999, max: 9_999 }),
);
/** The format of −k is the format of k with a minus sign, unless k prints as zero. */
const mirrored = (format: (k: number) => string) => (k: number) => {
  const positive = format(Math.abs(k));
  const negative = format(-Math.abs(k));
  return /[1-9]/.test(positive) ? negative === MINUS + positive : negative === positive;
};

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides', () => {
    expect([2.5, -2.5, 1.5, -1.5, 0.5, -0.5, 0.49999999999999994].map((x) => roundHalfAwayFromZero(x))).toEqual([3, -3, 2, -2, 1, -1, 0]);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(5.7000000000000002, 1)).toBe(5.7);
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) =>
          roundHalfAwayFromZero(-x, d) === -roundHalfAwayFromZero(x, d) ||
          (roundHalfAwayFromZero(x, d) === 0 && roundHalfAwayFromZero(-x, d) === 0),
      ),
    );
  });
});

describe('integer division of kronor', () => {
  it('rounds −1 500 kr and 1 500 kr to the same size', () => {
    expect(kronorToTkr(1_500)).toBe(2);
    expect(kronorToTkr(-1_500)).toBe(-2);
    expect(kronorToTkr(-1_499)).toBe(-1);
    expect(kronorToMnkr(-2_500_000)).toBe(-3);
    expect(kronorToMnkr(54_750_000, 1)).toBe(54.8);
    expect(kronorToMnkr(-54_750_000, 1)).toBe(-54.8);
    expect(Object.is(kronorToTkr(-400), 0)).toBe(true);
  });

  it('is exact up to 2^53 and symmetric', () => {
    expect(divideRounded(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 1, max: 1e9 }), (n, d) => {
        const q = divideRounded(n, d);
        const remainder = Math.abs(n) - Math.abs(q) * d;
        return divideRounded(-n, d) === (q === 0 ? 0 : -q) && 2 * Math.abs(remainder) <= d;
      }),
    );
  });

  it('multiplies before dividing without losing digits', () => {
    // 500 000 000 000,5 exactly; in doubles the product loses the half and rounds down
    expect(multiplyDivideRounded(1_000_000_000_001, 1_500_000, 3_000_000)).toBe(500_000_000_001);
    expect(multiplyDivideRounded(-5, 3, 2)).toBe(-8);
    expect(multiplyDivideRounded(5, 3, -2)).toBe(-8);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        (a, b, c) =>
          multiplyDivideRounded(a, b, c) === roundHalfAwayFromZero((a * b) / c) &&
          multiplyDivideRounded(-a, b, c) === (multiplyDivideRounded(a, b, c) || 0) * -1 + 0,
      ),
    );
  });
});

describe('every amount formatter', () => {
  const formatters: Record<string, (k: number) => string> = {
    formatNumber,
    formatTkr,
    formatMnkr,
    formatMnkr0: (k) => formatMnkr(k, 0),
    formatMnkr2: (k) => formatMnkr(k, 2),
    formatPercent: (k) => formatPercent(k / 1_000_000),
  };

  it.each(Object.entries(formatters))('%s prints −k as "−" and the print of k', (_, format) => {
    fc.assert(fc.property(kronor, mirrored(format)), { numRuns: 2000 });
  });

  it('prints the old asymmetric cases symmetrically', () => {
    expect(formatTkr(-1_500)).toBe(`${MINUS}2\u00a0tkr`);
    expect(formatTkr(1_500)).toBe('2\u00a0tkr');
    expect(formatMnkr(-40_000)).toBe('0,0\u00a0mnkr');
  });
});
