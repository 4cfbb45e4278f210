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

/** Rows that count towards a total: not varav rows (they are already inside their parent). */
export const countsInTotal = (a: EconomyActivity): boolean => !a.isSubset;
