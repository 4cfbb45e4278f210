import { describe, expect, it } from 'vitest';
import { resultStatement } from './result-statement.ts';
import { findIn } from '../../../testing/must.ts';

describe('result statement', () => {
  it('uses the document signs and adds up to the result', () => {
    const rows = resultStatement([
      { totals: { income: 300, costs: 2000, depreciation: 10, financialNet: -5 }, municipalContribution: 1700 },
    ]);
    const value = (key: string) => findIn(rows, (r) => r.key === key, `a row ${key}`).values[0];
    expect(value('netCost')).toBe(-1710);
    expect(value('result')).toBe(1700 - 1710 - 5);
    expect(value('costs')).toBe(-2000);
  });
});
