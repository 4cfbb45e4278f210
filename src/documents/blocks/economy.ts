import { formatMnkr, formatPercent } from '../../core/format.ts';
import { kronorToMnkr } from '../../core/rounding.ts';
import { monthName, shortMonthNames } from '../../core/months.ts';
import { required } from '../../core/required.ts';
import { budgetReport } from '../../modules/budget/queries.ts';
import { followUpReport } from '../../modules/follow-up/queries.ts';
import { SUMMARY_COLUMNS } from '../../modules/follow-up/model.ts';
import { amountCell, textCell } from '../numbers.ts';
import type { RenderTable } from '../model.ts';
import type { BlockDefinition, BlockResult } from './registry.ts';

const rowKind = (kind: string, isSubset: boolean): RenderTable['rows'][number]['kind'] =>
  kind === 'total' ? 'total' : isSubset ? 'subset' : 'row';

interface AmountRow {
  label: string;
  values: readonly (number | null)[];
  level: number;
  kind: RenderTable['rows'][number]['kind'];
}

/** The economy's tables all have one text column and then amounts in one unit. */
function amountTable(
  head: Pick<RenderTable, 'id' | 'caption' | 'unitNote'> & { first: string; columns: readonly string[]; source?: string },
  unit: Parameters<typeof amountCell>[1],
  rows: readonly AmountRow[],
): RenderTable {
  return {
    id: head.id,
    caption: head.caption,
    unitNote: head.unitNote,
    columns: [{ label: head.first, numeric: false }, ...head.columns.map((label) => ({ label, numeric: true }))],
    rows: rows.map((r) => ({ cells: [textCell(r.label), ...r.values.map((v) => amountCell(v, unit))], level: r.level, kind: r.kind })),
    ...(head.source === undefined ? {} : { source: head.source }),
  };
}

/** The internal budget's operating summary, whole mnkr as the reference prints it. */
export const budgetTableBlock: BlockDefinition = {
  type: 'economy.budget-table',
  title: 'Driftsammandrag (budget och plan)',
  async render({ db, committeeCode, year }) {
    const report = await budgetReport(db, committeeCode, year);
    const table = amountTable(
      {
        id: 'driftsammandrag',
        caption: 'Driftsammandrag',
        unitNote: 'Nettokostnad, belopp mnkr',
        first: 'Verksamhet',
        columns: report.table.columns.map((c) => c.label),
        source: report.budgetVersion.sourceNote ?? undefined,
      },
      'mnkr',
      report.table.rows.map((r) => ({ ...r, kind: rowKind(r.kind, r.isSubset) })),
    );
    const totalRow = required(
      report.table.rows.find((r) => r.kind === 'total'),
      'summaraden i budgettabellen',
    );
    return {
      blocks: [{ kind: 'table', table }],
      findings: [
        ...report.controlFindings.map((f) => ({
          kind: 'control_total',
          message: `${f.message} (tryckt ${formatMnkr(f.printed)}, beräknat ${f.computed === null ? '–' : formatMnkr(f.computed)})`,
        })),
        ...report.crossTableFindings.map((f) => ({ kind: 'tables_disagree', message: f.message })),
        ...report.table.findings.map((f) => ({ kind: f.kind, message: f.message })),
      ],
      keyFigures: report.table.columns.flatMap((c, i) => {
        const value = totalRow.values[i];
        return value === null || value === undefined ? [] : [{ key: `net:${c.year}`, label: `Driftsammandrag ${c.label}`, value }];
      }),
    };
  },
};

/** The short economy table: net cost per budget and plan year, computed from the same rows. */
export const economySummaryBlock: BlockDefinition = {
  type: 'economy.summary',
  title: 'Ekonomi i sammandrag (nettokostnad per år)',
  async render({ db, committeeCode, year }) {
    const report = await budgetReport(db, committeeCode, year);
    const columns = report.table.columns.filter((c) => c.year >= year);
    const total = required(
      report.table.rows.find((r) => r.kind === 'total'),
      'summaraden i budgettabellen',
    );
    const values = columns.map((c) => total.values[report.table.columns.indexOf(c)] ?? null);
    return {
      blocks: [
        {
          kind: 'table',
          table: amountTable(
            { id: 'ekonomi', caption: 'Ekonomi', unitNote: 'Belopp mnkr', first: '', columns: columns.map((c) => c.label) },
            'mnkr',
            [{ label: 'Verksamhetens nettokostnader', values, level: 0, kind: 'row' }],
          ),
        },
      ],
      findings: [],
      keyFigures: columns.flatMap((c, i) => {
        const value = values[i];
        return value === null || value === undefined ? [] : [{ key: `net:${c.year}`, label: `Ekonomi ${c.label}`, value }];
      }),
    };
  },
};

async function followUp(ctx: Parameters<BlockDefinition['render']>[0]) {
  return followUpReport(ctx.db, ctx.committeeCode, ctx.year, ctx.month);
}

type FollowUp = Awaited<ReturnType<typeof followUp>>;

/** A block of one table of the monthly follow-up: mnkr with one decimal, captioned with the cut-off month. */
function followUpTableBlock(
  block: Omit<BlockDefinition, 'render'>,
  head: Omit<Parameters<typeof amountTable>[0], 'caption' | 'columns'> & { title: string },
  table: (report: FollowUp) => { columns: readonly string[]; rows: readonly AmountRow[] },
  checks: (report: FollowUp) => Omit<BlockResult, 'blocks'> = () => ({ findings: [] }),
): BlockDefinition {
  return {
    ...block,
    async render(ctx) {
      const report = await followUp(ctx);
      const { columns, rows } = table(report);
      const caption = `${head.title} per ${monthName(report.month)} ${report.year}`;
      return { blocks: [{ kind: 'table', table: amountTable({ ...head, caption, columns }, 'mnkr1', rows) }], ...checks(report) };
    },
  };
}

export const operatingSummaryBlock = followUpTableBlock(
  { type: 'economy.operating-summary', title: 'Driftsammandrag (uppföljning per månad)' },
  {
    id: 'driftsammandrag-uppfoljning',
    title: 'Driftsammandrag',
    unitNote: 'Nettokostnad, mnkr; avvikelse = budget − utfall/prognos, positiv = överskott',
    first: 'Verksamhet',
  },
  (report) => ({
    columns: SUMMARY_COLUMNS.map((c) => c.label),
    rows: report.summary.map((r) => ({
      label: r.label,
      values: SUMMARY_COLUMNS.map((c) => r.figures[c.key]),
      level: r.level,
      kind: rowKind(r.kind, r.isSubset),
    })),
  }),
  (report) => ({
    findings: report.summary
      .filter((r) => r.kind === 'activity' && !r.isSubset && r.figures.forecast === null && r.figures.budget !== null)
      .map((r) => ({ kind: 'missing_forecast', message: `${r.label} saknar prognos för ${monthName(report.month)}` })),
    keyFigures: [
      {
        key: `forecast:${report.year}:${report.month}`,
        label: 'Driftsammandrag, prognos',
        value:
          required(
            report.summary.find((r) => r.kind === 'total'),
            'summaraden i driftsammandraget',
          ).figures.forecast ?? 0,
      },
    ],
  }),
);

export const resultStatementBlock = followUpTableBlock(
  { type: 'economy.result-statement', title: 'Resultaträkning' },
  { id: 'resultatrakning', title: 'Resultaträkning', unitNote: 'mnkr; intäkter positiva, kostnader negativa', first: 'Post' },
  (report) => ({
    columns: report.resultStatement.columns,
    rows: report.resultStatement.rows.map((r) => ({ ...r, level: 0, kind: r.emphasis ? 'total' : 'row' })),
  }),
);

export const actionPlanFlagBlock: BlockDefinition = {
  type: 'economy.action-plan-flag',
  title: 'Ekonomisk balans och åtgärdsplanekrav',
  async render(ctx) {
    const report = await followUp(ctx);
    const check = report.actionPlan;
    const paragraphs =
      check === null
        ? [{ type: 'p' as const, text: 'Ram eller prognos saknas; kravet på åtgärdsplan kan inte prövas.' }]
        : [
            {
              type: 'p' as const,
              text: check.required
                ? `Prognosen pekar på ett underskott om ${formatMnkr(check.deficit)} mot ramen ${formatMnkr(check.frame)}, vilket är ${formatPercent(check.deficitShare)} och överstiger gränsen ${formatPercent(check.thresholdBp / 10000)}. Nämnden ska ta fram en åtgärdsplan.`
                : `Prognosen ${check.deficit > 0 ? `pekar på ett underskott om ${formatMnkr(check.deficit)}` : `visar ett överskott om ${formatMnkr(-check.deficit)}`} mot ramen ${formatMnkr(check.frame)}, inom gränsen ${formatPercent(check.thresholdBp / 10000)}.`,
            },
            ...report.warnings.map((w) => ({
              type: 'li' as const,
              text: `Tidig varning, ${w.label}: utfallet hittills pekar mot ${formatMnkr(w.warning.extrapolated)} för helåret, prognosen är ${formatMnkr(w.warning.forecast)}.`,
            })),
          ];
    return { blocks: [{ kind: 'text', paragraphs }], findings: [] };
  },
};

export const cumulativeChartBlock: BlockDefinition = {
  type: 'economy.chart.cumulative',
  title: 'Diagram: ackumulerat utfall mot periodiserad budget',
  async render(ctx) {
    const report = await followUp(ctx);
    const toMnkr = (v: number | null) => (v === null ? null : kronorToMnkr(v, 1));
    const last = report.charts.cumulativeOutcome[report.month - 1] ?? null;
    const budgetAt = report.charts.cumulativeBudget[report.month - 1] ?? null;
    return {
      blocks: [
        {
          kind: 'chart',
          chart: {
            id: 'ackumulerat',
            caption: 'Ackumulerat utfall mot periodiserad budget',
            kind: 'line',
            unit: 'mnkr',
            categories: shortMonthNames('sv-SE'),
            series: [
              { name: 'Periodiserad budget', values: report.charts.cumulativeBudget.map(toMnkr) },
              { name: 'Utfall', values: report.charts.cumulativeOutcome.map(toMnkr) },
            ],
            summary: `Utfall t.o.m. ${monthName(report.month)}: ${last === null ? '–' : formatMnkr(last)} mot periodiserad budget ${budgetAt === null ? '–' : formatMnkr(budgetAt)}.`,
          },
        },
      ],
      findings: [],
    };
  },
};

export const economyBlocks: BlockDefinition[] = [
  budgetTableBlock,
  economySummaryBlock,
  operatingSummaryBlock,
  resultStatementBlock,
  actionPlanFlagBlock,
  cumulativeChartBlock,
];
