import { roundHalfAwayFromZero } from '../../../core/rounding.ts';
import type { ExportTable } from '../../../files/tabular.ts';
import type { ComparisonReport, DeliveryRecordReport, DeliveryReport, ReconciliationReport, SummaryCell, SummaryReport } from '../model.ts';

/** Every action-plan summary as export tables, in whole kronor. */

const GROUP_HEADER = { area: 'Område', target_group: 'Målgrupp' } as const;
const percent = (share: number | null) => (share === null ? null : roundHalfAwayFromZero(share * 100, 1));

/**
 * The summary as the plan document prints it: one row per group with the full-year effect and
 * the effect per year, and a total row that is the sum of the rows. The first table is the cost
 * reduction (what the documents call effect); implementation costs and net follow.
 */
export function summaryTables(report: SummaryReport): ExportTable[] {
  const { summary } = report;
  const base = `${report.committee.code} – ${report.plan.title}, version ${report.version.number} (${report.version.status === 'decided' ? `beslutad ${report.version.decidedOn}` : 'utkast'})`;
  const table = (name: string, what: string, pick: (c: SummaryCell) => number | null, withFullYear: boolean): ExportTable => ({
    name,
    title: `${base}: ${what} per ${GROUP_HEADER[summary.groupBy].toLocaleLowerCase('sv')}`,
    unitNote: `Kronor. ${summary.rangeRule}. Summaraden är summan av raderna.`,
    labelHeader: GROUP_HEADER[summary.groupBy],
    columns: [...(withFullYear ? ['Helårseffekt'] : []), ...summary.years.map((y) => `Effekt ${y}`)],
    rows: summary.rows.map((r) => ({
      label: r.label,
      level: 0,
      emphasis: r.kind === 'total',
      values: [...(withFullYear ? [r.fullYear] : []), ...r.cells.map(pick)],
    })),
  });
  return [
    table('Kostnadsreducering', 'kostnadsreducering', (c) => c.reduction, true),
    {
      ...table('Genomförandekostnad', 'kostnad för att genomföra åtgärderna', (c) => c.implementationCost, false),
      columns: summary.years.map((y) => `Kostnad ${y}`),
    },
    {
      ...table('Nettoeffekt', 'nettoeffekt (reducering − genomförandekostnad)', (c) => c.net, false),
      columns: summary.years.map((y) => `Netto ${y}`),
    },
  ];
}

export function comparisonTable(report: ComparisonReport): ExportTable {
  const { comparison: c } = report;
  const change = { added: 'ny', dropped: 'utgår', changed: 'ändrad', unchanged: 'oförändrad' } as const;
  return {
    name: 'Versionsjämförelse',
    title: `${report.plan.title}: version ${report.to.number} jämförd med version ${report.from.number}`,
    unitNote: `Förändring av kostnadsreducering i kronor (ny − tidigare). ${c.rangeRule}.`,
    labelHeader: 'Åtgärd',
    columns: ['Helårseffekt', ...c.years.map((y) => `Förändring ${y}`)],
    rows: [
      ...c.measures.map((m) => ({
        label: `${m.code} ${m.title} (${change[m.change]})`,
        level: 0,
        values: [m.fullYear.difference, ...m.effects.map((e) => e.difference)],
      })),
      { label: 'Summa', level: 0, emphasis: true, values: [c.fullYearTotal.difference, ...c.totals.map((t) => t.difference)] },
    ],
  };
}

export function deliveryTable(report: DeliveryReport): ExportTable {
  const d = report.delivery;
  return {
    name: 'Genomförande',
    title: `${report.plan.title}: planerad och realiserad kostnadsreducering`,
    unitNote: `Kronor; andel = realiserat ÷ planerat i procent. ${d.rangeRule}. Uppföljda år: ${d.followedUpYears.join(', ') || 'inga'}.`,
    labelHeader: 'Åtgärd',
    columns: [
      ...d.years.flatMap((y) => [`Planerat ${y}`, `Realiserat ${y}`]),
      'Planerat uppföljda år',
      'Realiserat uppföljda år',
      'Andel %',
    ],
    rows: [
      ...d.measures.map((m) => ({
        label: `${m.code} ${m.title}`,
        level: 0,
        values: [...m.cells.flatMap((c) => [c.planned, c.realised]), m.planned, m.realised, percent(m.share)],
      })),
      {
        label: 'Summa',
        level: 0,
        emphasis: true,
        values: [...d.totals.flatMap((c) => [c.planned, c.realised]), d.planned, d.realised, percent(d.share)],
      },
    ],
  };
}

export function deliveryRecordTable(report: DeliveryRecordReport): ExportTable {
  const r = report.record;
  return {
    name: 'Genomförande alla planer',
    title: `${report.committee.name}: hur mycket av det planerade realiserades?`,
    unitNote: 'Kronor över de år som följts upp; andel = realiserat ÷ planerat i procent.',
    labelHeader: 'Åtgärdsplan',
    columns: ['Planerat', 'Realiserat', 'Andel %'],
    rows: [
      ...r.rows.map((p) => ({
        label: `${p.title} (${p.followedUpYears.join(', ') || 'ej uppföljd'})`,
        level: 0,
        values: [p.planned, p.realised, percent(p.share)],
      })),
      { label: 'Samtliga planer', level: 0, emphasis: true, values: [r.planned, r.realised, percent(r.share)] },
    ],
  };
}

export function reconciliationTable(report: ReconciliationReport): ExportTable {
  return {
    name: 'Avstämning mot budget',
    title: `${report.committee.name}: underskott att täcka mot åtgärdernas effekter`,
    unitNote:
      'Kronor. Att täcka = prognostiserat underskott mot ramen + ofördelade kostnadsreduceringar; ej täckt = att täcka − beslutade effekter.',
    labelHeader: 'År',
    columns: [
      'Prognostiserat underskott',
      'Ofördelade reduceringar',
      'Att täcka',
      'Beslutade effekter',
      'Genomförda åtgärder',
      'Realiserat',
      'Ej täckt',
    ],
    rows: report.rows.map((r) => ({
      label: String(r.year),
      level: 0,
      values: [r.forecastDeficit, r.unallocatedReductions, r.toClose, r.decided, r.implemented, r.realised, r.uncovered],
    })),
  };
}
