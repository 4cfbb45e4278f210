import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountCell } from './numbers.ts';

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
});
