import type { ExportTable } from '../../../files/tabular.ts';
import type { BudgetReport } from '../model.ts';

/** The internal budget's operating summary as an export table, in whole kronor. */
export function budgetReportTable(report: BudgetReport): ExportTable {
  return {
    name: 'Driftsammandrag',
    title: `${report.committee.name} – driftsammandrag, ${report.budgetVersion.title}`,
    unitNote: 'Nettokostnad, belopp i kronor (intäkter negativa)',
    labelHeader: 'Rad',
    columns: report.table.columns.map((c) => c.label),
    rows: report.table.rows.map((r) => ({ label: r.label, level: r.level, emphasis: r.kind === 'total', values: r.values })),
  };
}
