import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount, units } from './units.ts';

const MINUS = '\u2212';
const kronor = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n * 500),
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => n * 50_000),
);

describe('formatAmount', () => {
  it.each(units)('prints −k in %s as "−" and the print of k (core rounding, half away from zero)', (unit) => {
    fc.assert(
      fc.property(kronor, fc.boolean(), (k, withUnit) => {
        const positive = formatAmount(Math.abs(k), unit, withUnit);
        const negative = formatAmount(-Math.abs(k), unit, withUnit);
        return /[1-9]/.test(positive) ? negative === MINUS + positive : negative === positive;
      }),
      { numRuns: 2000 },
    );
    expect(formatAmount(-1_500, 'tkr')).toBe(`${MINUS}2`);
  });
});
