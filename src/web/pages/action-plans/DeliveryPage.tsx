import { Fragment, useId, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ChartFigure, axisText, chartColours, mnkrAxis, toMnkr, tooltipMnkr, type ChartOption } from '../../components/Chart.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ActionPlansLayout } from './Layout.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { usePlanRef, useVersionView } from './PlanPage.tsx';
import { mnkr, shareText } from './amounts.ts';
import { figureColumns } from './columns.ts';
import { apiPaths, paths, type DeliveryRecordReport, type DeliveryReport } from './api.ts';
import { actionPlanKeys } from '../../query-keys.ts';
import { CaptionedTable, type Column } from '../../components/CaptionedTable.tsx';

/** Realised ÷ planned per measure and year for the governing version, a chart per year, and the committee's record across plans. */
export function DeliveryPage() {
  const { t } = useI18n();
  const a = t.actionPlans;
  const { code = '', planId: rawId = '' } = useParams();
  const planId = Number(rawId);
  const ref = usePlanRef(planId);
  const report = useQuery({ queryKey: actionPlanKeys.delivery(planId), queryFn: () => api.get<DeliveryReport>(apiPaths.delivery(planId)) });
  const record = useQuery({ queryKey: actionPlanKeys.record(code), queryFn: () => api.get<DeliveryRecordReport>(apiPaths.record(code)) });
  const plan = ref.data?.plan;
  return (
    <ActionPlansLayout
      code={code}
      page={plan ? `${a.tabs.delivery}: ${plan.title}` : a.tabs.delivery}
      plan={plan ? { id: plan.id, title: plan.title } : undefined}
    >
      <p className="lead">{a.deliveryIntro}</p>
      {(report.isPending || ref.isPending) && <Loading />}
      <ErrorMessage error={ref.error ?? report.error ?? record.error} />
      {report.data && <DeliveryTable report={report.data} code={code} />}
      {report.data && <DeliveryChart report={report.data} />}
      {record.data && <RecordTable report={record.data} code={code} />}
    </ActionPlansLayout>
  );
}

function DeliveryTable({ report, code }: { report: DeliveryReport; code: string }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const d = report.delivery;
  const caption = a.deliveryCaption(report.plan.title);
  const inVersion = (c: string) => c in report.activityLines;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {a.versionTitle} {report.version.number}: {report.version.title}
      </h2>
      <p className="ap-rule">
        {d.rangeRule}. {a.followedUpYears(d.followedUpYears.join(', ') || a.notFollowedUp)}
      </p>
      <ScrollTable label={caption}>
        <table className="amounts">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {a.measure}
              </th>
              {d.years.map((y) => (
                <th key={y} scope="colgroup" colSpan={3} className="num">
                  {y}
                </th>
              ))}
              <th scope="colgroup" colSpan={3} className="num">
                {a.followedUp}
              </th>
            </tr>
            <tr>
              {[...d.years, 0].map((y) => (
                <Fragment key={y}>
                  <th scope="col" className="num" aria-label={y ? a.plannedYear(y) : a.planned}>
                    {a.planned}
                  </th>
                  <th scope="col" className="num" aria-label={y ? a.realisedYear(y) : a.realised}>
                    {a.realised}
                  </th>
                  <th scope="col" className="num" aria-label={y ? a.shareYear(y) : a.share}>
                    {a.share}
                  </th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.measures.map((m) => (
              <tr key={m.code}>
                <th scope="row">
                  {inVersion(m.code) ? (
                    <MeasureLink code={code} report={report} measureCode={m.code} title={`${m.code} ${m.title}`} />
                  ) : (
                    `${m.code} ${m.title}`
                  )}
                </th>
                {m.cells.map((c) => (
                  <DeliveryCells key={c.year} cell={c} />
                ))}
                <DeliveryCells cell={m} />
              </tr>
            ))}
            <tr className="total">
              <th scope="row">{a.total}</th>
              {d.totals.map((c) => (
                <DeliveryCells key={c.year} cell={c} />
              ))}
              <DeliveryCells cell={d} />
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <ExportLinks href={(format) => apiPaths.export(report.plan.id, 'delivery', { format })} what={a.exportWhat.delivery ?? ''} />
    </section>
  );
}

function MeasureLink({ code, report, measureCode, title }: { code: string; report: DeliveryReport; measureCode: string; title: string }) {
  const view = useVersionView(report.plan.id, report.version.id);
  const m = view.data?.measures.find((x) => x.code === measureCode);
  return m ? <Link to={paths.measure(code, report.plan.id, m.id, report.version.id)}>{title}</Link> : <>{title}</>;
}

function DeliveryChart({ report }: { report: DeliveryReport }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const d = report.delivery;
  const option = useMemo<ChartOption>(
    () => ({
      legend: { top: 0, textStyle: axisText },
      grid: { left: 16, right: 32, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipMnkr },
      xAxis: { type: 'category', data: d.years.map(String), axisLabel: axisText },
      yAxis: mnkrAxis,
      series: [
        { name: a.planned, type: 'bar', data: d.totals.map((c) => toMnkr(c.planned)), color: chartColours.secondary },
        { name: a.realised, type: 'bar', data: d.totals.map((c) => toMnkr(c.realised)), color: chartColours.primary },
      ],
    }),
    [d, a],
  );
  const summary =
    d.followedUpYears.length > 0 ? a.chartSummary(mnkr(d.planned, true), mnkr(d.realised, true), shareText(d.share)) : a.chartNoFollowUp;
  return (
    <section className="charts" aria-label={a.chartTitle}>
      <ChartFigure
        title={a.chartTitle}
        summary={summary}
        option={option}
        table={
          <DataTable
            caption={`${a.chartTitle} (mnkr)`}
            rowHeader={a.year}
            head={[a.planned, a.realised, a.share]}
            rows={d.totals.map((c) => [
              String(c.year),
              c.planned === null ? a.none : mnkr(c.planned),
              c.realised === null ? a.none : mnkr(c.realised),
              shareText(c.share),
            ])}
          />
        }
      />
    </section>
  );
}

function RecordTable({ report, code }: { report: DeliveryRecordReport; code: string }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const r = report.record;
  const columns: Column[] = [{ label: a.planTitle }, { label: a.followedUp }, ...figureColumns(a.planned, a.realised, a.share)];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.recordTitle}</h2>
      <CaptionedTable caption={a.recordCaption} className="amounts" columns={columns}>
        <tbody>
          {r.rows.map((p) => (
            <tr key={p.planId}>
              <th scope="row">
                <Link to={paths.delivery(code, p.planId)}>{p.title}</Link>
              </th>
              <td>{p.followedUpYears.join(', ') || a.notFollowedUp}</td>
              <DeliveryCells cell={p} />
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{a.allPlans}</th>
            <td />
            <DeliveryCells cell={r} />
          </tr>
        </tbody>
      </CaptionedTable>
      <ExportLinks href={(format) => apiPaths.committeeExport(code, 'delivery', format)} what={a.exportWhat.record ?? ''} />
    </section>
  );
}

/** Planned, realised and their share, for a measure or a total, in a year or all followed-up years. */
function DeliveryCells({ cell }: { cell: { planned: number | null; realised: number | null; share: number | null } }) {
  const { t } = useI18n();
  const amount = (v: number | null) => (v === null ? t.actionPlans.none : mnkr(v));
  return (
    <>
      <td className="num">{amount(cell.planned)}</td>
      <td className="num">{amount(cell.realised)}</td>
      <td className="num">{shareText(cell.share)}</td>
    </>
  );
}
