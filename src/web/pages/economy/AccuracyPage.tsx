import { useId, useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { formatPercent } from '../../../core/format.ts';
import { useI18n, type Dict } from '../../i18n.ts';
import { QueryState } from '../../components/common.tsx';
import { EconomyLayout } from './EconomyLayout.tsx';
import { PeriodForm } from '../../components/PeriodForm.tsx';
import { UnitToggle } from './UnitToggle.tsx';
import { Downloads } from './Downloads.tsx';
import { ChartFigure, axisText, chartColours, mnkrAxis, toMnkr, tooltipMnkr, type ChartOption } from '../../components/Chart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { AccuracyTable } from './AccuracyTable.tsx';
import { latestClosedYear, useEconomyPeriod } from '../../hooks/economy-years.ts';
import { formatSigned, useUnit } from './units.ts';
import type { AccuracyReport } from './types.ts';
import { useAccuracyReport } from './reports.ts';

/** Forecast accuracy for a finished year: how far each month's full-year forecast was from the final outcome. */
export function AccuracyPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const { year, setPeriod, ready } = useEconomyPeriod(code, latestClosedYear);
  const [unit, setUnit] = useUnit();
  const report = useAccuracyReport(code, year, ready);
  return (
    <EconomyLayout code={code} page="accuracy" year={year}>
      <p className="lead">{t.economy.accuracy.intro}</p>
      <PeriodForm year={year} onChange={(y) => setPeriod(y, null)} />
      <p className="explanation">{t.economy.accuracy.explanation}</p>
      <QueryState pending={report.isLoading || !ready} error={report.error} />
      {report.data && (
        <>
          <div className="table-tools">
            <UnitToggle unit={unit} onChange={setUnit} />
            <Downloads code={code} table="accuracy" year={year} what={t.economy.accuracy.downloadWhat} />
          </div>
          <AccuracyTable report={report.data} unit={unit} />
          <TotalErrorChart report={report.data} />
        </>
      )}
    </EconomyLayout>
  );
}

const totalRow = (report: AccuracyReport) => report.rows.find((r) => r.activityId === null) ?? report.rows[report.rows.length - 1];

function errorOption(report: AccuracyReport, t: Dict): ChartOption {
  const total = totalRow(report);
  const points = total?.points ?? [];
  return {
    legend: { top: 0, textStyle: axisText },
    grid: { left: 16, right: 32, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: tooltipMnkr },
    xAxis: { type: 'category', data: points.map((p) => t.economy.monthsShort[p.month - 1] ?? String(p.month)), axisLabel: axisText },
    yAxis: mnkrAxis,
    series: [
      {
        name: t.economy.accuracy.error,
        type: 'line',
        data: points.map((p) => toMnkr(p.error)),
        color: chartColours.primary,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 3 },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: chartColours.text, type: 'solid', width: 1 },
          data: [{ yAxis: 0 }],
        },
      },
    ],
  };
}

function TotalErrorChart({ report }: { report: AccuracyReport }) {
  const { t } = useI18n();
  const a = t.economy.accuracy;
  const id = useId();
  const option = useMemo(() => errorOption(report, t), [report, t]);
  const total = totalRow(report);
  const first = total?.points[0];
  const last = total?.points.at(-1);
  if (!first || !last) return null;
  const describe = (p: { error: number; errorShare: number | null }) =>
    `${formatSigned(p.error, 'mnkr', true)}${p.errorShare === null ? '' : ` (${formatPercent(p.errorShare)})`}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.chartTitle(total.label)}</h2>
      <ChartFigure
        title={a.chartTitle(total.label)}
        summary={a.chartSummary(describe(first), describe(last))}
        option={option}
        table={
          <DataTable
            caption={`${a.chartTitle(total.label)} (mnkr)`}
            rowHeader={t.economy.month}
            head={[a.error, a.errorShare]}
            rows={total.points.map((p) => [
              t.economy.months[p.month - 1] ?? String(p.month),
              formatSigned(p.error, 'mnkr'),
              p.errorShare === null ? '–' : formatPercent(p.errorShare),
            ])}
          />
        }
      />
    </section>
  );
}
