import { useId, useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { ChartFigure, axisText, chartColours, mnkrAxis, toMnkr, tooltipMnkr, type ChartOption } from '../../components/Chart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ActionPlansLayout } from './Layout.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { mnkr } from './amounts.ts';
import { apiPaths, type ReconciliationReport } from './api.ts';
import { actionPlanKeys } from '../../query-keys.ts';
import { CaptionedTable, type Column } from '../../components/CaptionedTable.tsx';
import { figureColumns } from './columns.ts';

type Row = ReconciliationReport['rows'][number];
/** The figures of a year's row, in the table's order. */
type Figure = 'forecastDeficit' | 'unallocatedReductions' | 'toClose' | 'decided' | 'implemented' | 'realised' | 'uncovered';
/** Extra series colours with at least 3:1 contrast against white; the stacks also differ in order and the table carries the figures. */
const colours = { unallocated: '#6b2d7b', implemented: '#2e6f8e', decided: '#7a5c00', uncovered: '#9b1c1c' };

/** The bridge chart's bars, in the legend's order: the gap to close, then what covers it. */
const bars = [
  { part: 'forecast', name: 'forecastDeficit', stack: 'gap', color: chartColours.secondary },
  { part: 'unallocated', name: 'unallocated', stack: 'gap', color: colours.unallocated },
  { part: 'realised', name: 'realisedPart', stack: 'cover', color: chartColours.tertiary },
  { part: 'implemented', name: 'implementedPart', stack: 'cover', color: colours.implemented },
  { part: 'decided', name: 'decidedPart', stack: 'cover', color: chartColours.primary },
  { part: 'uncovered', name: 'uncovered', stack: 'cover', color: colours.uncovered },
] as const;

/** The parts of a year's bridge: the deficit to close, and how far realised, implemented and decided effects cover it. */
function parts(r: Row) {
  const realised = Math.max(0, r.realised);
  const implemented = Math.max(0, r.implemented - realised);
  const decided = Math.max(0, r.decided - Math.max(r.implemented, realised));
  return {
    forecast: Math.max(0, r.forecastDeficit ?? 0),
    unallocated: Math.max(0, r.unallocatedReductions ?? 0),
    realised,
    implemented,
    decided,
    uncovered: r.uncovered,
  };
}

/** Per year: the deficit to close against decided, implemented and realised effects, with a bridge chart. */
export function ReconciliationPage() {
  const { t } = useI18n();
  const a = t.actionPlans;
  const { code = '' } = useParams();
  const id = useId();
  const report = useQuery({
    queryKey: actionPlanKeys.reconciliation(code),
    queryFn: () => api.get<ReconciliationReport>(apiPaths.reconciliation(code)),
  });
  const rows = report.data?.rows ?? [];
  const amount = (v: number | null) => (v === null ? a.none : mnkr(v));
  const figures: [Figure, string][] = [
    ['forecastDeficit', a.forecastDeficit],
    ['unallocatedReductions', a.unallocated],
    ['toClose', a.toClose],
    ['decided', a.decided],
    ['implemented', a.implemented],
    ['realised', a.realised],
    ['uncovered', a.uncovered],
  ];
  const columns: Column[] = [{ label: a.year }, ...figureColumns(...figures.map(([, label]) => label)), { label: a.coverage }];
  return (
    <ActionPlansLayout code={code} page={a.tabs.reconciliation}>
      <p className="lead">{a.reconciliationIntro}</p>
      {report.isPending && <Loading />}
      <ErrorMessage error={report.error} />
      {report.data && rows.length === 0 && <p>{a.noYears}</p>}
      {rows.length > 0 && (
        <section aria-labelledby={id}>
          <h2 id={id}>{a.coverage}</h2>
          <CaptionedTable caption={a.reconciliationCaption} className="amounts" columns={columns}>
            <tbody>
              {rows.map((r) => (
                <tr key={r.year}>
                  <th scope="row">{r.year}</th>
                  {figures.map(([key]) => (
                    <td key={key} className="num">
                      {amount(r[key])}
                    </td>
                  ))}
                  <td className={`ap-coverage-${r.coverage}`}>{a.coverages[r.coverage] ?? r.coverage}</td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
          <p className="meta">{a.unitNote}</p>
          <h3>{a.sources}</h3>
          <ul className="meta ap-sources">
            {rows.map((r) => (
              <li key={r.year}>
                {r.year}: {[r.forecastSource, r.budgetSource].filter(Boolean).join('; ') || a.none}
              </li>
            ))}
          </ul>
          <ExportLinks
            href={(format) => apiPaths.committeeExport(code, 'reconciliation', format)}
            what={a.exportWhat.reconciliation ?? ''}
          />
          <BridgeChart rows={rows} />
        </section>
      )}
    </ActionPlansLayout>
  );
}

function BridgeChart({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const option = useMemo<ChartOption>(() => {
    const p = rows.map(parts);
    return {
      legend: { top: 0, textStyle: axisText },
      grid: { left: 16, right: 32, top: 64, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipMnkr },
      xAxis: { type: 'category', data: rows.map((r) => String(r.year)), axisLabel: axisText },
      yAxis: mnkrAxis,
      series: bars.map((b) => ({
        name: a[b.name],
        type: 'bar' as const,
        stack: b.stack,
        data: p.map((x) => toMnkr(x[b.part])),
        color: b.color,
        barMaxWidth: 48,
      })),
    };
  }, [rows, a]);
  const summary = rows.map((r) => a.bridgeSummary(r.year, mnkr(r.toClose, true), mnkr(r.decided, true), mnkr(r.uncovered, true))).join(' ');
  return (
    <div className="charts">
      <ChartFigure
        title={a.bridgeTitle}
        summary={summary}
        option={option}
        height={380}
        table={
          <DataTable
            caption={`${a.bridgeTitle} (mnkr)`}
            rowHeader={a.year}
            head={bars.map((b) => a[b.name])}
            rows={rows.map((r) => {
              const x = parts(r);
              return [String(r.year), ...bars.map((b) => mnkr(x[b.part]))];
            })}
          />
        }
      />
    </div>
  );
}
