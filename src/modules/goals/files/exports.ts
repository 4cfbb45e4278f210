import ExcelJS from 'exceljs';
import { csvText } from '../../../files/csv.ts';
import type { ExportFormat } from '../../../files/tabular.ts';
import { colourLabel, genderLabel, periodKey, periodLabel, targetText, type Period } from '../model.ts';
import type { GoalTree } from '../model.ts';

/** A table with text and number cells (the goal tables mix both). */
export interface MixedTable {
  name: string;
  title: string;
  note: string;
  columns: string[];
  rows: (string | number | null)[][];
}

const attainmentText = { met: 'uppfyllt', not_met: 'ej uppfyllt', no_data: 'inget värde', no_target: 'inget mål' } as const;
const trendText = { better: 'bättre', worse: 'sämre', unchanged: 'oförändrad', unknown: '–' } as const;
const sourceLabel = { manual: 'Manuell', import: 'Import', kolada: 'Kolada', computed: 'Beräknad' } as const;

/**
 * Every indicator of the goal tree, one row per indicator and gender: goal area, council goal,
 * committee goal, values for the two years before the budget year (and cut-offs within them),
 * the targets (directions) for the year and the next, the benchmark figure and the footnote.
 */
export function goalsTable(tree: GoalTree): MixedTable {
  const y = tree.year;
  const nodes = tree.areas.flatMap((a) => [
    ...a.councilGoals.flatMap((c) => c.committeeGoals.map((g) => ({ area: a, council: c.title, goal: g }))),
    ...a.committeeGoals.map((g) => ({ area: a, council: '', goal: g })),
  ]);
  const periods = new Map<number, Period>();
  for (const { goal } of nodes) {
    for (const i of goal.indicators)
      for (const v of i.values) if (v.year >= y - 2 && v.year <= y) periods.set(periodKey(v), { year: v.year, month: v.month });
  }
  const periodList = [...periods.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  // a cut-off goes after its year's column, as in the documents ("2023", then "augusti 2023")
  periodList.sort((a, b) => a.year - b.year || (a.month === null ? -1 : b.month === null ? 1 : a.month - b.month));
  const columns = [
    'Målområde',
    'KF-mål',
    'Nämndmål',
    'Indikator',
    'Kön',
    'Obligatorisk',
    'Enhet',
    'Källa',
    'Kolada-id',
    ...periodList.map(periodLabel),
    `Riktning ${y}`,
    `Riktning ${y + 1}`,
    'Jämförelsegrupp',
    'Jämförelseår',
    'Jämförelsevärde (snitt)',
    `Måluppfyllelse ${y}`,
    'Utveckling',
    'Placering i gruppen',
    'Förslag bedömning',
    'Fotnot',
  ];
  const rows: MixedTable['rows'] = [];
  for (const { area, council, goal } of nodes) {
    for (const i of goal.indicators) {
      const genders = i.genderSplit
        ? (['T', 'K', 'M'] as const).filter(
            (g) => g === 'T' || i.values.some((v) => v.gender === g) || i.targets.some((t) => t.gender === g),
          )
        : (['T'] as const);
      for (const gender of genders) {
        const valueAt = (p: Period) => {
          const v = i.values.find((x) => x.gender === gender && x.year === p.year && x.month === p.month);
          return v === undefined ? null : v.value === null ? v.note || 'i.u.' : v.value;
        };
        const target = (year: number) => {
          const t = i.targets.find((x) => x.year === year && x.gender === gender);
          return t ? targetText(t, i.decimals) : '';
        };
        const signal = i.signals.find((x) => x.gender === gender);
        const bench = gender === 'T' && i.benchmark ? ([...i.benchmark.series].reverse().find((s) => s.average !== null) ?? null) : null;
        rows.push([
          area.name,
          council,
          goal.title,
          i.name,
          genderLabel[gender],
          i.mandatory ? 'ja' : 'nej',
          i.unit,
          sourceLabel[i.source] + (i.sourceDetail ? `: ${i.sourceDetail}` : ''),
          i.koladaKpi ?? '',
          ...periodList.map(valueAt),
          target(y),
          target(y + 1),
          gender === 'T' ? (i.benchmark?.groupCode ?? '') : '',
          bench?.year ?? null,
          bench?.average ?? null,
          attainmentText[signal?.attainment.status ?? 'no_target'],
          trendText[signal?.trend.judgement ?? 'unknown'],
          signal?.position?.rank ? `${signal.position.rank} av ${signal.position.of}` : '',
          gender === 'T' ? colourLabel[i.suggestedColour] : '',
          gender === 'T' ? i.footnote : '',
        ]);
      }
    }
  }
  return {
    name: `Mål ${y}`,
    title: `Nämndmål och indikatorer ${tree.committee.name} ${y}`,
    note: tree.decidedSet
      ? `Beslutad målsättning (${tree.decidedSet.reason}, ${tree.decidedSet.decidedOn ?? 'datum saknas'}). Jämförelsevärden beräknade från Kolada.`
      : 'Målsättningen är inte beslutad. Jämförelsevärden beräknade från Kolada.',
    columns,
    rows,
  };
}

export async function renderMixed(table: MixedTable, format: ExportFormat): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(csvText([table.columns, ...table.rows]));
  if (format === 'json') {
    const rows = table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i] ?? null])));
    return Buffer.from(
      `${JSON.stringify({ name: table.name, title: table.title, note: table.note, columns: table.columns, rows }, null, 2)}\n`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrbord';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([table.note]).font = { italic: true };
  sheet.addRow(table.columns).font = { bold: true };
  for (const r of table.rows) sheet.addRow(r.map((c) => c ?? ''));
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.min(50, Math.max(10, c.length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
