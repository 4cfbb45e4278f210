import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBudgetTable, parseSwedishAmount } from './parse-budget-table.ts';
import type { EconomyActivity } from '../model.ts';

const act = (id: number, name: string, parentId: number | null = null): EconomyActivity => ({
  id,
  code: `A${id}`,
  name,
  parentId,
  isSubset: parentId !== null,
  sortOrder: id,
  role: 'activity',
});
const activities = [act(1, 'IFO BoU'), act(2, 'varav dygnsplaceringar', 1), act(3, 'IFO Vuxna'), act(4, 'varav dygnsplaceringar', 3)];

describe('parseSwedishAmount', () => {
  it('reads Swedish figures in a unit as whole kronor', () => {
    expect(parseSwedishAmount('1 671', 'mnkr')).toBe(1_671_000_000);
    expect(parseSwedishAmount('54,8', 'mnkr')).toBe(54_800_000);
    expect(parseSwedishAmount('−4', 'mnkr')).toBe(-4_000_000);
    expect(parseSwedishAmount('', 'mnkr')).toBeNull();
  });

  it('refuses what is not an amount, including the reference\'s typo "-3-"', () => {
    expect(parseSwedishAmount('-3-', 'mnkr')).toBe('invalid');
    expect(parseSwedishAmount('12,5', 'kr')).toBe('invalid');
    expect(parseSwedishAmount('abc', 'kr')).toBe('invalid');
  });

  it('round-trips any whole-kronor amount written with spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => parseSwedishAmount(new Intl.NumberFormat('sv-SE').format(n), 'kr') === n),
    );
  });
});

describe('parseBudgetTable', () => {
  const header = ['Rad', 'Budget 2023', 'Budget 2024', 'Plan 2025'];

  it('matches varav rows under the right parent and turns totals into control totals', () => {
    const result = parseBudgetTable(
      'ib.csv',
      [
        header,
        ['IFO BoU', '1', '431', '435'],
        ['varav dygnsplaceringar', '1', '265', '262'],
        ['IFO Vuxna', '1', '122', '119'],
        ['varav dygnsplaceringar', '1', '48', '47'],
        ['Summa nämndens internbudget', '1', '553', '554'],
        ['varav intäkter', '', '-10', '-10'],
      ],
      activities,
      2024,
      'mnkr',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.budget.lines.filter((l) => l.year === 2024).map((l) => [l.activityId, l.net / 1e6])).toEqual([
      [1, 431],
      [2, 265],
      [3, 122],
      [4, 48],
    ]);
    expect(result.budget.skippedColumns).toEqual(['Budget 2023']);
    expect(result.budget.controls).toContainEqual({
      label: 'Importerad fil ib.csv: Summa nämndens internbudget',
      year: 2025,
      measure: 'net',
      amount: 554_000_000,
    });
    expect(result.budget.controls).toContainEqual({
      label: 'Importerad fil ib.csv: varav intäkter',
      year: 2024,
      measure: 'income',
      amount: 10_000_000,
    });
  });

  it('names file, row, column and reason for every bad cell', () => {
    const result = parseBudgetTable('ib.csv', [header, ['IFO BoU', '', '43x', ''], ['Okänd rad', '', '1', '']], activities, 2024, 'mnkr');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { file: 'ib.csv', row: 2, column: 'Budget 2024', reason: '"43x" är inget belopp i hela mnkr' },
      { file: 'ib.csv', row: 3, column: 'Rad', reason: 'Ingen verksamhet i nämnden heter "Okänd rad"' },
    ]);
  });
});
