import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountFailureMessage, parseSwedishAmount } from './amount.ts';
import { formatNumber } from './format.ts';

const value = (text: string, options?: Parameters<typeof parseSwedishAmount>[1]) => {
  const r = parseSwedishAmount(text, options);
  return r.ok ? r.value : r.reason;
};

describe('parseSwedishAmount', () => {
  it('reads whole kronor with any space as thousands separator', () => {
    expect(value('1 096 764')).toBe(1096764);
    expect(value('1\u00a0096\u00a0764')).toBe(1096764);
    expect(value('1\u202f096\u2009764')).toBe(1096764);
    expect(value(' 1500 ')).toBe(1500);
  });

  it('reads a minus, a unicode minus and an en dash', () => {
    expect(value('-1500')).toBe(-1500);
    expect(value('−1 500')).toBe(-1500);
    expect(value('\u20131 500')).toBe(-1500);
    expect(Object.is(value('-0'), 0)).toBe(true);
  });

  it('reads decimals only when allowed', () => {
    expect(value('1 500,50')).toBe('too-many-decimals');
    expect(value('1 500,50', { decimals: 2, whole: false })).toBe(1500.5);
    expect(value('1500.5', { decimals: 2, whole: false })).toBe(1500.5);
    expect(value('1 500,50', { decimals: 2 })).toBe('not-whole-kronor');
  });

  it('scales a figure in tkr or mnkr exactly to whole kronor', () => {
    expect(value('54,8', { decimals: Infinity, factor: 1_000_000 })).toBe(54_800_000);
    expect(value('0,000001', { decimals: 6, factor: 1_000_000 })).toBe(1);
    expect(value('1,2345', { decimals: Infinity, factor: 1000 })).toBe('not-whole-kronor');
    expect(value('−4', { factor: 1000 })).toBe(-4000);
  });

  it('strips only the unit words it was given', () => {
    expect(value('5,7 %', { decimals: Infinity, whole: false, units: ['%'] })).toBe(5.7);
    expect(value('1 500 kr', { units: ['kr'] })).toBe(1500);
    expect(value('2 MNKR', { units: ['kr', 'mnkr'], factor: 1_000_000 })).toBe(2_000_000);
    expect(value('1 500 kr')).toBe('not-a-number');
  });

  it('names why it refused', () => {
    expect(value('')).toBe('empty');
    expect(value('  ')).toBe('empty');
    for (const bad of ['tusen', '1.234.567', '(1 500)', '1e5', '--1', '1,', ',5', '+7', '12 kr']) expect(value(bad)).toBe('not-a-number');
    expect(value('-5', { negative: false })).toBe('negative');
    expect(value('99999999999999999999')).toBe('too-large');
    expect(amountFailureMessage('tusen', 'not-a-number')).toBe('"tusen" är inte ett belopp.');
  });

  it('reads back what formatNumber writes', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => value(formatNumber(n)) === n));
  });
});
