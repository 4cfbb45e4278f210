import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountCell, type Scale } from './numbers.ts';

const MINUS = '\u2212';
const kronor = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n * 500),
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => n * 50_000),
);

describe('amountCell', () => {
  it('prints the reference conventions', () => {
    expect(amountCell(1_781_000_000, 'mnkr').text).toBe('1\u00a0781');
    expect(amountCell(54_760_000, 'mnkr1').text).toBe('54,8');
    expect(amountCell(-4_000_000, 'mnkr').text).toBe('\u22124');
    expect(amountCell(1_096_764, 'kr').text).toBe('1\u00a0096\u00a0764');
    expect(amountCell(null, 'mnkr').text).toBe('');
  });

  it('never prints a negative zero', () => {
    expect(amountCell(-400_000, 'mnkr').text).toBe('0');
    expect(amountCell(-40_000, 'mnkr1').text).toBe('0,0');
  });

  it('keeps the exact kronor beside the rounded text', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (kr) => amountCell(kr, 'mnkr1').value === kr));
  });

  it.each(['kr', 'tkr', 'mnkr', 'mnkr1'] as Scale[])('prints −k in %s as "−" and the print of k (half away from zero)', (scale) => {
    fc.assert(
      fc.property(kronor, (k) => {
        const positive = amountCell(Math.abs(k), scale).text;
        const negative = amountCell(-Math.abs(k), scale).text;
        return /[1-9]/.test(positive) ? negative === MINUS + positive : negative === positive;
      }),
      { numRuns: 2000 },
    );
    expect(amountCell(-2_500_000, 'mnkr').text).toBe(`${MINUS}3`);
    expect(amountCell(-2_500, 'tkr').text).toBe(`${MINUS}3`);
  });
});
