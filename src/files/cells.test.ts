import { describe, expect, it } from 'vitest';
import { cellText } from './cells.ts';

describe('cellText', () => {
  it('reads text, numbers, formulas, rich text, links and errors as text', () => {
    expect(cellText('  Kod ')).toBe('Kod');
    expect(cellText(1096764)).toBe('1096764');
    expect(cellText({ formula: 'A1*2', result: 42 })).toBe('42');
    expect(cellText({ formula: 'A1*2' })).toBe('');
    expect(cellText({ richText: [{ text: 'Stöd ' }, { text: 'och omsorg ' }] })).toBe('Stöd och omsorg');
    expect(cellText({ text: 'länk', hyperlink: 'https://example.org' })).toBe('länk');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(true)).toBe('ja');
    expect(cellText(null)).toBe('');
  });

  it('reads a date cell as its day, or its month when asked', () => {
    const date = new Date(Date.UTC(2025, 2, 1));
    expect(cellText(date)).toBe('2025-03-01');
    expect(cellText(date, { date: 'month' })).toBe('2025-03');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('rounds fractions half away from zero when given the digits, and keeps spaces when asked', () => {
    expect(cellText(-1234.505, { fractionDigits: 2 })).toBe('-1234.51');
    expect(cellText(0.1 + 0.2, { fractionDigits: 2 })).toBe('0.30');
    expect(cellText(12, { fractionDigits: 2 })).toBe('12');
    expect(cellText(' 4010 ', { trim: false })).toBe(' 4010 ');
  });
});
