import {
  activityRowHead,
  add,
  countsInTotal,
  inDocumentOrder,
  net,
  zero,
  type Amounts,
  type BudgetColumn,
  type BudgetTable,
  type BudgetTableFinding,
  type BudgetTableRow,
  type EconomyActivity,
} from '../model.ts';
import { sum } from '../../../core/money.ts';

export const TOTAL_LABEL = 'Summa nämndens internbudget';
export const INCOME_LABEL = 'varav intäkter';
export const COST_LABEL = 'varav kostnader';

/**
 * The internal budget's operating summary: one row per activity (varav rows under their parent),
 * the unallocated cost reductions (frame − planned net cost unless a figure is given), and totals
 * that never count a varav row twice.
 */
export function buildBudgetTable(activities: readonly EconomyActivity[], columns: readonly BudgetColumn[]): BudgetTable {
  const ordered = inDocumentOrder(activities);
  const findings: BudgetTableFinding[] = [];
  const unallocated = new Map<string, Amounts>();

  for (const column of columns) {
    const regularNet = sum(
      ordered
        .filter(({ activity }) => countsInTotal(activity) && activity.role === 'activity')
        .map(({ activity }) => net(column.amounts.get(activity.id) ?? zero)),
    );
    for (const { activity } of ordered.filter((o) => o.activity.role === 'unallocated_reduction')) {
      const given = column.amounts.get(activity.id);
      const computed = column.frame === null ? null : column.frame - regularNet;
      if (given) {
        unallocated.set(`${column.key}:${activity.id}`, given);
        if (computed !== null && computed !== net(given)) {
          findings.push({
            kind: 'unallocated_differs',
            column: column.label,
            label: activity.name,
            expected: computed,
            actual: net(given),
            message: `${activity.name} ${column.label}: angivet belopp skiljer sig från ram − planerad nettokostnad`,
          });
        }
      } else if (computed !== null && computed !== 0) {
        unallocated.set(`${column.key}:${activity.id}`, { cost: computed, income: 0 });
      }
    }
  }

  const amountsFor = (activity: EconomyActivity, column: BudgetColumn): Amounts | undefined =>
    activity.role === 'unallocated_reduction' ? unallocated.get(`${column.key}:${activity.id}`) : column.amounts.get(activity.id);

  const rows: BudgetTableRow[] = [];
  for (const placed of ordered) {
    const { activity } = placed;
    const values = columns.map((c) => {
      const a = amountsFor(activity, c);
      return a ? net(a) : null;
    });
    if (values.every((v) => v === null)) continue;
    rows.push({ ...activityRowHead(placed), kind: activity.role === 'unallocated_reduction' ? 'unallocated' : 'activity', values });
  }

  for (const column of columns) {
    for (const { activity: parent } of ordered) {
      const parentValue = amountsFor(parent, column);
      const children = ordered.filter((o) => o.activity.parentId === parent.id && o.activity.isSubset);
      if (!parentValue || children.length === 0) continue;
      const childSum = sum(children.map((c) => Math.abs(net(amountsFor(c.activity, column) ?? zero))));
      if (childSum > Math.abs(net(parentValue))) {
        findings.push({
          kind: 'subset_exceeds_parent',
          column: column.label,
          label: parent.name,
          expected: net(parentValue),
          actual: childSum,
          message: `Varav-raderna under ${parent.name} (${column.label}) är större än raden själv`,
        });
      }
    }
  }

  const totals = columns.map((c) =>
    ordered
      .filter(({ activity }) => countsInTotal(activity))
      .reduce((acc, { activity }) => add(acc, amountsFor(activity, c) ?? zero), zero),
  );
  const hasAny = columns.map((_, ci) => rows.some((r) => r.values[ci] !== null));
  const totalRow = (kind: BudgetTableRow['kind'], label: string, pick: (a: Amounts) => number, level = 0): BudgetTableRow => ({
    activityId: null,
    code: kind,
    label,
    level,
    isSubset: kind !== 'total',
    kind,
    values: totals.map((t, ci) => (hasAny[ci] ? pick(t) : null)),
  });
  rows.push(
    totalRow('total', TOTAL_LABEL, net),
    totalRow('total_income', INCOME_LABEL, (t) => -t.income, 1),
    totalRow('total_cost', COST_LABEL, (t) => t.cost, 1),
  );

  return { columns: columns.map(({ key, label, year, kind }) => ({ key, label, year, kind })), rows, findings };
}
