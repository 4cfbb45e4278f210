import { useMemo } from 'react';
import { useI18n } from '../../i18n.ts';
import type { GoalsDict } from '../../i18n/goals.ts';
import { ChartFigure, axisText, chartColours, type ChartOption } from '../../components/Chart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatValue, periodText, targetText } from './format.ts';
import { GENDER_ORDER, periodKey, type IndicatorDetail, type Period } from './types.ts';
import { required } from '../../../core/required.ts';

const genderColours = { T: chartColours.primary, K: '#6a2c91', M: '#005f73' } as const;
const genderSymbols = { T: 'circle', K: 'diamond', M: 'triangle' } as const;

interface Rows {
  periods: Period[];
  genders: ('T' | 'K' | 'M')[];
  own: Record<string, (number | null)[]>;
  average: (number | null)[];
  median: (number | null)[];
  target: (number | null)[];
}

/** Every period with a value, a group figure or a numeric target, oldest first. */
function rows(i: IndicatorDetail): Rows {
  const seen = new Map<number, Period>();
  for (const v of i.values) seen.set(periodKey(v), { year: v.year, month: v.month });
  for (const s of i.benchmark?.series ?? []) seen.set(periodKey({ year: s.year, month: null }), { year: s.year, month: null });
  for (const x of i.allTargets)
    if (x.kind === 'value' && x.gender === 'T') seen.set(periodKey({ year: x.year, month: null }), { year: x.year, month: null });
  const periods = [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  const genders = GENDER_ORDER.filter((g) => g === 'T' || i.values.some((v) => v.gender === g));
  const own: Record<string, (number | null)[]> = {};
  for (const g of genders)
    own[g] = periods.map((p) => i.values.find((v) => v.gender === g && v.year === p.year && v.month === p.month)?.value ?? null);
  const stat = (p: Period) => (p.month === null ? i.benchmark?.series.find((s) => s.year === p.year) : undefined);
  return {
    periods,
    genders,
    own,
    average: periods.map((p) => stat(p)?.average ?? null),
    median: periods.map((p) => stat(p)?.median ?? null),
    target: periods.map((p) => {
      const x = p.month === null ? i.allTargets.find((y) => y.kind === 'value' && y.gender === 'T' && y.year === p.year) : undefined;
      return x?.kind === 'value' ? x.value : null;
    }),
  };
}

function option(i: IndicatorDetail, r: Rows, g: GoalsDict): ChartOption {
  const fmt = (v: unknown) => (typeof v === 'number' ? formatValue(g, v, i.decimals) : '–');
  const group = i.benchmark?.groupCode ?? '';
  const series: ChartOption['series'] = r.genders.map((gender) => ({
    name: r.genders.length > 1 ? `${g.genders[gender]}` : g.tree.outcome('').trim(),
    type: 'line' as const,
    data: r.own[gender],
    color: genderColours[gender],
    symbol: genderSymbols[gender],
    symbolSize: 9,
    connectNulls: true,
    lineStyle: { width: 3 },
  }));
  if (i.benchmark) {
    series.push(
      {
        name: g.tree.groupAverage(group),
        type: 'line',
        data: r.average,
        color: chartColours.secondary,
        symbol: 'rect',
        symbolSize: 7,
        connectNulls: true,
        lineStyle: { width: 2, type: 'dashed' },
      },
      {
        name: g.tree.groupMedian(group),
        type: 'line',
        data: r.median,
        color: chartColours.tertiary,
        symbol: 'emptyCircle',
        symbolSize: 7,
        connectNulls: true,
        lineStyle: { width: 2, type: 'dotted' },
      },
    );
  }
  if (r.target.some((v) => v !== null)) {
    series.push({
      name: g.indicator.targetValue,
      type: 'line',
      data: r.target,
      color: '#1b1f24',
      symbol: 'pin',
      symbolSize: 14,
      lineStyle: { width: 0 },
      connectNulls: false,
    });
  }
  return {
    legend: { top: 0, textStyle: axisText },
    grid: { left: 16, right: 32, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: { type: 'category', data: r.periods.map((p) => periodText(g, p)), axisLabel: axisText },
    yAxis: {
      type: 'value',
      name: i.unit,
      nameTextStyle: axisText,
      scale: false,
      axisLabel: { ...axisText, formatter: (v: number) => formatValue(g, v, 0) },
      splitLine: { lineStyle: { color: chartColours.grid } },
    },
    series,
  };
}

/** History of the outcome, the numeric target and the peer group's average and median, with the figures as a table. */
export function IndicatorChart({ indicator: i, year }: { indicator: IndicatorDetail; year: number }) {
  const { t } = useI18n();
  const g = t.goals;
  const r = useMemo(() => rows(i), [i]);
  const opt = useMemo(() => option(i, r, g), [i, r, g]);
  const ownTotal = required(r.own.T, 'the total series, always charted');
  const lastIndex = [...ownTotal].map((v, n) => (v === null ? -1 : n)).reduce((a, b) => Math.max(a, b), -1);
  const last =
    lastIndex >= 0
      ? g.indicator.chartLast(
          periodText(g, required(r.periods[lastIndex], 'the last period with a value')),
          `${formatValue(g, ownTotal[lastIndex], i.decimals)} ${i.unit}`.trim(),
        )
      : g.indicator.chartNoData;
  const target = i.allTargets.find((x) => x.year === year && x.gender === 'T');
  const latestGroup = [...(i.benchmark?.series ?? [])].reverse().find((s) => s.average !== null);
  const summary = g.indicator.chartSummary(
    last,
    target ? g.indicator.chartTarget(targetText(g, target, i.decimals)) : '',
    latestGroup && i.benchmark
      ? g.indicator.chartGroup(
          i.benchmark.groupCode,
          latestGroup.year,
          formatValue(g, latestGroup.average, i.decimals),
          formatValue(g, latestGroup.median, i.decimals),
        )
      : '',
  );
  const head = [
    ...r.genders.map((gender) => g.indicator.ownValue(g.genders[gender])),
    ...(i.benchmark ? [g.tree.groupAverage(i.benchmark.groupCode), g.tree.groupMedian(i.benchmark.groupCode)] : []),
    ...(r.target.some((v) => v !== null) ? [g.indicator.targetValue] : []),
  ];
  const tableRows = r.periods.map((p, n) => [
    periodText(g, p),
    ...r.genders.map((gender) => formatValue(g, r.own[gender]?.[n], i.decimals)),
    ...(i.benchmark ? [formatValue(g, r.average[n], i.decimals), formatValue(g, r.median[n], i.decimals)] : []),
    ...(r.target.some((v) => v !== null) ? [formatValue(g, r.target[n], i.decimals)] : []),
  ]);
  return (
    <ChartFigure
      title={g.indicator.chartTitle(i.name)}
      summary={summary}
      option={opt}
      table={
        <DataTable caption={g.indicator.dataCaption(i.name, i.unit)} rowHeader={g.indicator.periodColumn} head={head} rows={tableRows} />
      }
    />
  );
}
