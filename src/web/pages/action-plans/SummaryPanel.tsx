import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { mnkr, signedMnkr } from './amounts.ts';
import { apiPaths, type ChecksReport, type GroupBy, type RangeSetting, type SummaryReport } from './api.ts';
import { RadioChoice } from './RadioChoice.tsx';
import { actionPlanKeys } from '../../query-keys.ts';
import { CaptionedTable, type Column } from '../../components/CaptionedTable.tsx';
import { figureColumns } from './columns.ts';

const ranges: RangeSetting[] = ['low', 'mid', 'high'];
const groupings: GroupBy[] = ['area', 'target_group'];
type SummaryCell = SummaryReport['summary']['rows'][number]['cells'][number];

/** Reduction, implementation cost and net per area or target group and year, with the rule for ranges and a total row. */
export function SummaryPanel({ planId, versionId }: { planId: number; versionId: number }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const [by, setBy] = useState<GroupBy>('area');
  const [range, setRange] = useState<RangeSetting>('mid');
  const report = useQuery({
    queryKey: actionPlanKeys.summary(planId, versionId, by, range),
    queryFn: () => api.get<SummaryReport>(apiPaths.summary(planId, versionId, by, range)),
  });
  const s = report.data?.summary;
  const byLabel = a.groupByOptions[by] ?? by;
  const caption = a.summaryCaption(byLabel.toLocaleLowerCase());
  const netCaption = a.netCaption(byLabel.toLocaleLowerCase());
  const cell = (v: number | null, partial = false) => (v === null ? a.none : partial ? `${mnkr(v)} ${a.partialYear}` : mnkr(v));
  const columns: Column[] = [
    { label: byLabel },
    ...figureColumns(a.count, a.fullYear),
    ...figureColumns(...(s?.years ?? []).map((y) => a.effectYear(y))),
  ];
  // the net table: implementation cost and net, each a group of the years
  const parts: { key: string; heading: string; yearLabel: (y: number) => string; value: (c: SummaryCell) => string }[] = [
    { key: 'c', heading: a.implementationCost, yearLabel: a.yearCost, value: (c) => cell(c.implementationCost) },
    { key: 'n', heading: a.net, yearLabel: a.yearNet, value: (c) => cell(c.net, c.partialYear) },
  ];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.summaryTitle}</h2>
      <div className="ap-tools">
        <RadioChoice legend={a.groupBy} options={groupings} labels={a.groupByOptions} value={by} onChange={setBy} />
        <RadioChoice legend={a.rangeSetting} options={ranges} labels={a.rangeOptions} value={range} onChange={setRange} />
      </div>
      {report.isPending && <Loading />}
      <ErrorMessage error={report.error} />
      {s && (
        <>
          <p className="ap-rule">{s.rangeRule}.</p>
          <CaptionedTable caption={caption} className="amounts ap-summary" columns={columns}>
            <tbody>
              {s.rows.map((r) => (
                <tr key={r.code} className={r.kind === 'total' ? 'total' : undefined}>
                  <th scope="row">{r.kind === 'total' ? a.total : r.label}</th>
                  <td className="num">{r.measureCount}</td>
                  <td className="num">{cell(r.fullYear)}</td>
                  {r.cells.map((c, i) => (
                    <td key={s.years[i]} className="num">
                      {cell(c.reduction, c.partialYear)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
          <ScrollTable label={netCaption}>
            <table className="amounts ap-summary">
              <caption>{netCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    {byLabel}
                  </th>
                  {parts.map((p) => (
                    <th key={p.key} scope="colgroup" colSpan={s.years.length} className="num">
                      {p.heading}
                    </th>
                  ))}
                </tr>
                <tr>
                  {parts.flatMap((p) =>
                    s.years.map((y) => (
                      <th key={`${p.key}${y}`} scope="col" className="num" aria-label={p.yearLabel(y)}>
                        {y}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r) => (
                  <tr key={r.code} className={r.kind === 'total' ? 'total' : undefined}>
                    <th scope="row">{r.kind === 'total' ? a.total : r.label}</th>
                    {parts.flatMap((p) =>
                      r.cells.map((c, i) => (
                        <td key={`${p.key}${s.years[i]}`} className="num">
                          {p.value(c)}
                        </td>
                      )),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <p className="meta">
            {a.unitNote} {a.partialYearNote}
          </p>
          <ExportLinks
            href={(format) => apiPaths.export(planId, 'summary', { version: versionId, by, range, format })}
            what={a.exportWhat.summary ?? ''}
          />
        </>
      )}
    </section>
  );
}

/** The API's findings: printed totals that do not add up, full-year against the last year, suspicious units. */
export function ChecksPanel({ planId, versionId }: { planId: number; versionId: number }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const report = useQuery({
    queryKey: actionPlanKeys.checks(planId, versionId),
    queryFn: () => api.get<ChecksReport>(apiPaths.checks(planId, versionId)),
  });
  const findings = report.data?.findings ?? [];
  const amount = (kind: string, v: number | null) => (v === null || kind === 'unit_suspect' ? a.none : mnkr(v));
  const checkColumns: Column[] = [
    { label: a.findingKind },
    { label: a.description },
    ...figureColumns(a.printed, a.computed, a.difference),
  ];
  return (
    <section aria-labelledby={id} className={findings.length > 0 ? 'panel findings has-findings' : 'panel findings'}>
      <h2 id={id}>{a.checksTitle}</h2>
      {report.isPending && <Loading />}
      <ErrorMessage error={report.error} />
      {report.data && (
        <>
          <p className="findings-count">
            <strong>{a.checksCount(findings.length)}</strong>
          </p>
          <p>{a.checksIntro}</p>
          {findings.length > 0 && (
            <CaptionedTable caption={a.checksCaption} className="amounts" columns={checkColumns}>
              <tbody>
                {findings.map((f, i) => (
                  <tr key={`${f.kind}-${f.subject}-${f.year}-${i}`}>
                    <th scope="row">{a.findingKinds[f.kind] ?? f.kind}</th>
                    <td className="message-cell">{f.message}</td>
                    <td className="num">{amount(f.kind, f.printed)}</td>
                    <td className="num">{amount(f.kind, f.computed)}</td>
                    <td className="num">{f.difference === null ? a.none : signedMnkr(f.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </CaptionedTable>
          )}
        </>
      )}
    </section>
  );
}
