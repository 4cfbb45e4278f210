import type { DecidedVersion } from '../../core/decided-version.ts';
import type { Finding } from '../../core/finding.ts';
import type { Committee } from '../organisation/model.ts';

/** Plain economy data shared by the pure rules. Amounts are integer kronor, cost and income both positive. */
export interface Amounts {
  cost: number;
  income: number;
}

export const zero: Amounts = { cost: 0, income: 0 };
export const net = (a: Amounts): number => a.cost - a.income;
export const add = (a: Amounts, b: Amounts): Amounts => ({ cost: a.cost + b.cost, income: a.income + b.income });

export interface EconomyActivity {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  isSubset: boolean;
  sortOrder: number;
  role: 'activity' | 'unallocated_reduction';
}

/** Activities in document order: each parent followed by its (varav) children. */
export function inDocumentOrder<A extends EconomyActivity>(activities: readonly A[]): { activity: A; level: number }[] {
  const byParent = new Map<number | null, A[]>();
  const ids = new Set(activities.map((a) => a.id));
  for (const a of activities) {
    const key = a.parentId !== null && ids.has(a.parentId) ? a.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), a]);
  }
  const out: { activity: A; level: number }[] = [];
  const walk = (parent: number | null, level: number) => {
    const children = [...(byParent.get(parent) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'sv'));
    for (const child of children) {
      out.push({ activity: child, level });
      walk(child.id, level + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** What a row of an operating summary (budget or follow-up) takes from its activity in document order. */
export interface ActivityRowHead {
  activityId: number | null;
  code: string;
  label: string;
  level: number;
  isSubset: boolean;
}
export const activityRowHead = ({ activity, level }: { activity: EconomyActivity; level: number }): ActivityRowHead => ({
  activityId: activity.id,
  code: activity.code,
  label: activity.name,
  level,
  isSubset: activity.isSubset,
});

/** Rows that count towards a total: not varav rows (they are already inside their parent). */
export const countsInTotal = (a: EconomyActivity): boolean => !a.isSubset;

export interface BudgetVersion extends DecidedVersion {
  id: number;
  committeeId: number;
  budgetYear: number;
}

/** One row of a budget version: an activity's cost and income for the budget year or a plan year. */
export interface BudgetLineRow {
  activityId: number;
  year: number;
  cost: number;
  income: number;
}

/** The committee's frame (ram) for a year, as the council decided it. */
export interface BudgetFrame {
  year: number;
  amount: number;
  sourceNote: string | null;
  version: number;
}

export type ProfileMethod = 'even' | 'custom' | 'last_year';

export interface PeriodProfile {
  method: ProfileMethod;
  /** Twelve non-negative weights, any scale. */
  weights: readonly number[];
}

export interface ControlTotal {
  /** Where the figure was printed, e.g. "Driftsammandrag". */
  label: string;
  year: number;
  measure: 'net' | 'cost' | 'income';
  /** Model convention: income as a positive amount. */
  amount: number;
}

/** A total printed in a source document that does not match Styrbord's sum of the rows. */
export interface ControlFinding extends Finding {
  kind: 'control_total';
  label: string;
  year: number;
  measure: ControlTotal['measure'];
  printed: number;
  computed: number | null;
  difference: number | null;
  message: string;
}

/** The same figure printed differently in two tables of one document. */
export interface CrossTableFinding extends Finding {
  kind: 'tables_disagree';
  year: number;
  measure: ControlTotal['measure'];
  figures: { label: string; amount: number }[];
  message: string;
}

export interface BudgetColumn {
  key: string;
  /** "Utfall 2022", "Budget 2024", "Plan 2025" */
  label: string;
  year: number;
  kind: 'outcome' | 'budget' | 'plan';
  amounts: ReadonlyMap<number, Amounts>;
  /** The frame, when known, closes the gap on the unallocated-reduction row. */
  frame: number | null;
}

export interface BudgetTableRow extends ActivityRowHead {
  kind: 'activity' | 'unallocated' | 'total' | 'total_income' | 'total_cost';
  /** Net per column (cost − income); income rows are shown negative; null where the row has no figure. */
  values: (number | null)[];
}

export interface BudgetTableFinding extends Finding {
  kind: 'unallocated_differs' | 'subset_exceeds_parent';
  column: string;
  label: string;
  message: string;
  expected: number;
  actual: number;
}

export interface BudgetTable {
  columns: { key: string; label: string; year: number; kind: BudgetColumn['kind'] }[];
  rows: BudgetTableRow[];
  findings: BudgetTableFinding[];
}

/** The internal budget's operating summary for a budget year, with what its checks found. */
export interface BudgetReport {
  committee: Committee;
  budgetVersion: BudgetVersion;
  table: BudgetTable;
  controlFindings: ControlFinding[];
  crossTableFindings: CrossTableFinding[];
}

/** The unit the figures of an imported budget table are written in. */
export type Unit = 'kr' | 'tkr' | 'mnkr';

export interface BudgetImportSummary {
  budgetVersionId: number;
  title: string;
  lines: number;
  years: number[];
  controlTotals: number;
  skippedColumns: string[];
  note: string;
}
