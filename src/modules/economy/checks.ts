import type { BudgetTable } from './budget-table.ts';

export interface ControlTotal {
  /** Where the figure was printed, e.g. "Driftsammandrag". */
  label: string;
  year: number;
  measure: 'net' | 'cost' | 'income';
  /** Model convention: income as a positive amount. */
  amount: number;
}

export interface ControlFinding {
  label: string;
  year: number;
  measure: ControlTotal['measure'];
  printed: number;
  computed: number | null;
  difference: number | null;
  message: string;
}

const measureName = { net: 'nettokostnad', cost: 'kostnader', income: 'intäkter' } as const;

/** Compares totals as printed in a source document with Styrbord's own sums of the rows. */
export function compareControlTotals(table: BudgetTable, controls: readonly ControlTotal[]): ControlFinding[] {
  const rowFor = { net: 'total', cost: 'total_cost', income: 'total_income' } as const;
  const findings: ControlFinding[] = [];
  for (const control of controls) {
    const ci = table.columns.findIndex((c) => c.year === control.year);
    const row = table.rows.find((r) => r.kind === rowFor[control.measure]);
    const raw = ci < 0 || !row ? null : row.values[ci] ?? null;
    const computed = raw === null ? null : control.measure === 'income' ? -raw : raw;
    if (computed === control.amount) continue;
    const difference = computed === null ? null : computed - control.amount;
    findings.push({
      label: control.label, year: control.year, measure: control.measure, printed: control.amount, computed, difference,
      message: computed === null
        ? `${control.label} ${control.year}: tryckt ${measureName[control.measure]} saknar motsvarighet i raderna`
        : `${control.label} ${control.year}: tryckt ${measureName[control.measure]} skiljer sig från summan av raderna`,
    });
  }
  return findings;
}
