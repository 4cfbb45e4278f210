import type { ExportTable } from '../../../files/tabular.ts';
import { SUMMARY_COLUMNS, type AccuracyReport, type FollowUpReport } from '../model.ts';

/** The follow-up for a cut-off month: operating summary and result statement. */
export function followUpTables(report: FollowUpReport): ExportTable[] {
  const period = `${report.year}, t.o.m. månad ${report.month}`;
  return [
    {
      name: 'Driftsammandrag',
      title: `${report.committee.name} – driftsammandrag ${period}`,
      unitNote: 'Nettokostnad i kronor; avvikelse = budget − utfall/prognos, positiv = överskott',
      labelHeader: 'Verksamhet',
      columns: SUMMARY_COLUMNS.map((c) => c.label),
      rows: report.summary.map((r) => ({
        label: r.label,
        level: r.level,
        emphasis: r.kind === 'total',
        values: SUMMARY_COLUMNS.map((c) => r.figures[c.key]),
      })),
    },
    {
      name: 'Resultaträkning',
      title: `${report.committee.name} – resultaträkning ${period}`,
      unitNote: 'Kronor; intäkter positiva, kostnader negativa',
      labelHeader: 'Post',
      columns: report.resultStatement.columns,
      rows: report.resultStatement.rows.map((r) => ({ label: r.label, level: 0, emphasis: r.emphasis ?? false, values: r.values })),
    },
  ];
}

export function accuracyTable(report: AccuracyReport): ExportTable {
  const months = [...new Set(report.rows.flatMap((r) => r.points.map((p) => p.month)))].sort((a, b) => a - b);
  return {
    name: 'Prognossäkerhet',
    title: `${report.committee.name} – prognossäkerhet ${report.year}`,
    unitNote: 'Prognosfel i kronor per prognosmånad (prognos − slutligt utfall; negativt = för optimistisk)',
    labelHeader: 'Verksamhet',
    columns: ['Slutligt utfall', ...months.map((m) => `Månad ${m}`)],
    rows: report.rows.map((r) => ({
      label: r.label,
      level: 0,
      emphasis: r.activityId === null,
      values: [r.finalOutcome, ...months.map((m) => r.points.find((p) => p.month === m)?.error ?? null)],
    })),
  };
}
