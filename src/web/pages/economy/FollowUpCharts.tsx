import { useId, useMemo } from 'react';
import { formatMnkr } from '../../../core/format.ts';
import { useI18n, type Dict } from '../../i18n.ts';
import { ChartFigure, axisText, chartColours, mnkrAxis, toMnkr, tooltipMnkr, type ChartOption } from '../../components/Chart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatAmount, formatSigned } from './units.ts';
import type { FollowUpReport } from './types.ts';

const base = {
  legend: { top: 0, textStyle: axisText },
  grid: { left: 16, right: 32, top: 40, bottom: 8, containLabel: true },
};

/** The ledger has no outcome after the cut-off month; the outcome line stops there. */
const outcomeThrough = (report: FollowUpReport) => report.charts.cumulativeOutcome.map((v, i) => (i < report.month ? v : null));
const totalBudget = (report: FollowUpReport) => report.summary.find((r) => r.kind === 'total')?.figures.budget ?? null;
const monthNames = (report: FollowUpReport, t: Dict) => report.charts.months.map((m) => t.economy.monthsShort[m - 1] ?? String(m));

function cumulativeOption(report: FollowUpReport, t: Dict): ChartOption {
  const f = t.economy.followUp;
  return {
    ...base,
    tooltip: { trigger: 'axis', valueFormatter: tooltipMnkr },
    xAxis: { type: 'category', data: monthNames(report, t), axisLabel: axisText },
    yAxis: mnkrAxis,
    series: [
      {
        name: f.outcome,
        type: 'line',
        data: outcomeThrough(report).map(toMnkr),
        color: chartColours.primary,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 3 },
      },
      {
        name: f.periodisedBudget,
        type: 'line',
        data: report.charts.cumulativeBudget.map(toMnkr),
        color: chartColours.secondary,
        symbol: 'rect',
        symbolSize: 6,
        lineStyle: { width: 2, type: 'dashed' },
      },
    ],
  };
}

function forecastOption(report: FollowUpReport, t: Dict): ChartOption {
  const f = t.economy.followUp;
  const budget = toMnkr(totalBudget(report));
  return {
    ...base,
    tooltip: { trigger: 'axis', valueFormatter: tooltipMnkr },
    xAxis: { type: 'category', data: monthNames(report, t), axisLabel: axisText },
    yAxis: { ...mnkrAxis, scale: true },
    series: [
      {
        name: f.forecast,
        type: 'line',
        data: report.charts.forecastByMonth.map(toMnkr),
        color: chartColours.primary,
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { width: 3 },
      },
      {
        name: f.budget,
        type: 'line',
        data: report.charts.months.map(() => budget),
        color: chartColours.secondary,
        symbol: 'none',
        lineStyle: { width: 2, type: 'dashed' },
      },
    ],
  };
}

function perActivityOption(report: FollowUpReport, t: Dict): ChartOption {
  const f = t.economy.followUp;
  const activities = report.charts.perActivity;
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipMnkr },
    xAxis: mnkrAxis,
    yAxis: {
      type: 'category',
      inverse: true,
      data: activities.map((a) => a.label),
      axisLabel: { ...axisText, width: 220, overflow: 'break', lineHeight: 15 },
    },
    series: [
      { name: f.budget, type: 'bar', data: activities.map((a) => toMnkr(a.budget)), color: chartColours.secondary },
      { name: f.forecast, type: 'bar', data: activities.map((a) => toMnkr(a.forecast)), color: chartColours.primary },
    ],
  };
}

/** The three follow-up charts, each with a caption that states the key figures and a data table. */
export function FollowUpCharts({ report }: { report: FollowUpReport }) {
  const { t } = useI18n();
  const f = t.economy.followUp;
  const id = useId();
  const options = useMemo(
    () => ({ cumulative: cumulativeOption(report, t), forecast: forecastOption(report, t), perActivity: perActivityOption(report, t) }),
    [report, t],
  );
  const { charts, month } = report;
  const monthName = t.economy.months[month - 1] ?? String(month);
  const monthLong = (m: number) => t.economy.months[m - 1] ?? String(m);
  const outcome = outcomeThrough(report);
  const outcomeNow = outcome[month - 1] ?? null;
  const budgetNow = charts.cumulativeBudget[month - 1] ?? null;
  const budget = totalBudget(report);
  const latestForecast = [...charts.forecastByMonth].reverse().find((v) => v !== null) ?? null;
  const activities = charts.perActivity;
  const gapOf = (a: (typeof activities)[number]) => (a.forecast === null || a.budget === null ? 0 : Math.abs(a.forecast - a.budget));
  const widest = activities.reduce<(typeof activities)[number] | null>((a, b) => (gapOf(b) > (a ? gapOf(a) : 0) ? b : a), null);
  const amount = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatAmount(v, 'mnkr'));

  return (
    <section aria-labelledby={id} className="charts">
      <h2 id={id}>{f.chartsTitle}</h2>
      <ChartFigure
        title={f.cumulativeTitle}
        summary={
          outcomeNow !== null && budgetNow !== null
            ? f.cumulativeSummary(
                monthName,
                formatMnkr(outcomeNow),
                formatMnkr(budgetNow),
                formatSigned(budgetNow - outcomeNow, 'mnkr', true),
              )
            : ''
        }
        option={options.cumulative}
        table={
          <DataTable
            caption={`${f.cumulativeTitle} (mnkr)`}
            rowHeader={f.monthColumn}
            head={[f.cumulativeOutcome, f.cumulativeBudget]}
            rows={charts.months.map((m, i) => [monthLong(m), amount(outcome[i]), amount(charts.cumulativeBudget[i])])}
          />
        }
      />
      <ChartFigure
        title={f.forecastTitle}
        summary={f.forecastSummary(
          latestForecast === null ? f.noForecastYet : formatMnkr(latestForecast),
          budget === null ? '–' : formatMnkr(budget),
        )}
        option={options.forecast}
        table={
          <DataTable
            caption={`${f.forecastTitle} (mnkr)`}
            rowHeader={f.monthColumn}
            head={[f.forecast]}
            rows={charts.months.map((m, i) => [monthLong(m), amount(charts.forecastByMonth[i])])}
          />
        }
      />
      <ChartFigure
        title={f.perActivityTitle}
        summary={
          widest && widest.forecast !== null && widest.budget !== null
            ? f.perActivitySummary(widest.label, formatMnkr(widest.forecast), formatMnkr(widest.budget))
            : f.perActivityNoForecast
        }
        option={options.perActivity}
        height={Math.max(320, 60 + activities.length * 44)}
        table={
          <DataTable
            caption={`${f.perActivityTitle} (mnkr)`}
            rowHeader={t.economy.activity}
            head={[f.budget, f.forecast]}
            rows={activities.map((a) => [a.label, amount(a.budget), amount(a.forecast)])}
          />
        }
      />
    </section>
  );
}
