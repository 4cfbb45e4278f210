import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBudgetTable } from './budget-table.ts';
import { compareControlTotals } from './control-totals.ts';
import type { Amounts, BudgetColumn, EconomyActivity } from '../model.ts';
import { findIn } from '../../../testing/must.ts';

const activity = (id: number, over: Partial<EconomyActivity> = {}): EconomyActivity => ({
  id,
  code: `A${id}`,
  name: `Rad ${id}`,
  parentId: null,
  isSubset: false,
  sortOrder: id,
  role: 'activity',
  ...over,
});
const column = (year: number, amounts: [number, Amounts][], frame: number | null = null): BudgetColumn => ({
  key: `b${year}`,
  label: `Budget ${year}`,
  year,
  kind: 'budget',
  amounts: new Map(amounts),
  frame,
});
const netOnly = (n: number): Amounts => ({ cost: n, income: 0 });
const totalOf = (t: ReturnType<typeof buildBudgetTable>) => findIn(t.rows, (r) => r.kind === 'total').values;

describe('buildBudgetTable', () => {
  const activities = [
    activity(1),
    activity(2, { parentId: 1, isSubset: true }),
    activity(3),
    activity(9, { role: 'unallocated_reduction' }),
  ];

  it('never adds a varav row to the total again', () => {
    const t = buildBudgetTable(activities, [
      column(2024, [
        [1, netOnly(100)],
        [2, netOnly(60)],
        [3, netOnly(50)],
      ]),
    ]);
    expect(totalOf(t)).toEqual([150]);
    expect(t.rows.map((r) => r.label)).toEqual([
      'Rad 1',
      'Rad 2',
      'Rad 3',
      'Summa nämndens internbudget',
      'varav intäkter',
      'varav kostnader',
    ]);
  });

  it('computes unallocated cost reductions as frame minus planned net cost', () => {
    const t = buildBudgetTable(activities, [
      column(
        2025,
        [
          [1, netOnly(100)],
          [3, netOnly(50)],
        ],
        140,
      ),
    ]);
    expect(findIn(t.rows, (r) => r.kind === 'unallocated').values).toEqual([-10]);
    expect(totalOf(t)).toEqual([140]);
  });

  it('keeps a given unallocated figure but reports when it does not close the gap', () => {
    const t = buildBudgetTable(activities, [
      column(
        2025,
        [
          [1, netOnly(100)],
          [3, netOnly(50)],
          [9, netOnly(-9)],
        ],
        140,
      ),
    ]);
    expect(t.findings).toMatchObject([{ kind: 'unallocated_differs', expected: -10, actual: -9 }]);
  });

  it('flags varav rows larger than their parent', () => {
    const t = buildBudgetTable(activities, [
      column(2024, [
        [1, netOnly(10)],
        [2, netOnly(60)],
      ]),
    ]);
    expect(t.findings.map((f) => f.kind)).toEqual(['subset_exceeds_parent']);
  });

  it('splits the total into income (negative) and costs', () => {
    const t = buildBudgetTable(activities, [
      column(2024, [
        [1, { cost: 130, income: 30 }],
        [3, { cost: 50, income: 0 }],
      ]),
    ]);
    expect(findIn(t.rows, (r) => r.kind === 'total_income').values).toEqual([-30]);
    expect(findIn(t.rows, (r) => r.kind === 'total_cost').values).toEqual([180]);
  });

  it('total equals the sum of non-varav rows for any figures', () => {
    const amount = fc.integer({ min: -1e10, max: 1e10 });
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        const t = buildBudgetTable(activities, [
          column(2024, [
            [1, netOnly(a)],
            [2, netOnly(b)],
            [3, netOnly(c)],
          ]),
        ]);
        return totalOf(t)[0] === a + c;
      }),
    );
  });
});

describe('compareControlTotals', () => {
  it('reports printed totals that differ from the rows, in kronor', () => {
    const t = buildBudgetTable(
      [activity(1), activity(3)],
      [
        column(2022, [
          [1, { cost: 120, income: 20 }],
          [3, netOnly(50)],
        ]),
      ],
    );
    const findings = compareControlTotals(t, [
      { label: 'Summa', year: 2022, measure: 'net', amount: 151 },
      { label: 'Summa', year: 2022, measure: 'income', amount: 20 },
      { label: 'Summa', year: 2022, measure: 'cost', amount: 170 },
    ]);
    expect(findings).toMatchObject([{ measure: 'net', printed: 151, computed: 150, difference: -1 }]);
  });
});
