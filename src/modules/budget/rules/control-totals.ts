import type { BudgetTable, ControlFinding, ControlTotal, CrossTableFinding } from '../model.ts';
import { formatMnkr } from '../../../core/format.ts';
import { required } from '../../../core/required.ts';

const measureName = { net: 'nettokostnad', cost: 'kostnader', income: 'intäkter' } as const;

/** Compares totals as printed in a source document with Styrbord's own sums of the rows. */
export function compareControlTotals(table: BudgetTable, controls: readonly ControlTotal[]): ControlFinding[] {
  const rowFor = { net: 'total', cost: 'total_cost', income: 'total_income' } as const;
  const findings: ControlFinding[] = [];
  for (const control of controls) {
    const ci = table.columns.findIndex((c) => c.year === control.year);
    const row = table.rows.find((r) => r.kind === rowFor[control.measure]);
    const raw = ci < 0 || !row ? null : (row.values[ci] ?? null);
    const computed = raw === null ? null : control.measure === 'income' ? -raw : raw;
    if (computed === control.amount) continue;
    const difference = computed === null ? null : computed - control.amount;
    findings.push({
      kind: 'control_total',
      label: control.label,
      year: control.year,
      measure: control.measure,
      printed: control.amount,
      computed,
      difference,
      message:
        computed === null
          ? `${control.label} ${control.year}: tryckt ${measureName[control.measure]} saknar motsvarighet i raderna`
          : `${control.label} ${control.year}: tryckt ${measureName[control.measure]} skiljer sig från summan av raderna`,
    });
  }
  return findings;
}

/** The same figure printed in two tables of one document must be the same number. */
export function compareTablesWithEachOther(controls: readonly ControlTotal[]): CrossTableFinding[] {
  const groups = new Map<string, ControlTotal[]>();
  for (const c of controls) groups.set(`${c.year}:${c.measure}`, [...(groups.get(`${c.year}:${c.measure}`) ?? []), c]);
  const findings: CrossTableFinding[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((c) => c.label)).size < 2 || new Set(group.map((c) => c.amount)).size < 2) continue;
    const { year, measure } = required(group[0], 'en kontrollsumma i gruppen');
    const figures = group.map((c) => ({ label: c.label, amount: c.amount })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
    findings.push({
      kind: 'tables_disagree',
      year,
      measure,
      figures,
      message: `${year}: tabellerna anger olika ${measureName[measure]}: ${figures.map((f) => `${f.label} ${formatMnkr(f.amount)}`).join(', ')}`,
    });
  }
  return findings.sort((a, b) => a.year - b.year);
}
