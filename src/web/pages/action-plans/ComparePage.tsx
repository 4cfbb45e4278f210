import { useId, useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api.ts';
import { labelOf, useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { CaptionedTable, type Column } from '../../components/CaptionedTable.tsx';
import { ActionPlansLayout } from './Layout.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { usePlanRef, useVersionState } from './PlanPage.tsx';
import { signedMnkr } from './amounts.ts';
import { apiPaths, type ComparisonReport, type PlanRef } from './api.ts';
import { actionPlanKeys } from '../../query-keys.ts';
import { TermSelect } from './TermSelect.tsx';

/** Two versions side by side: measures added, dropped and changed, and the change in effect per year. */
export function ComparePage() {
  const { t } = useI18n();
  const a = t.actionPlans;
  const { code = '', planId: rawId = '' } = useParams();
  const planId = Number(rawId);
  const [params, setParams] = useSearchParams();
  const ref = usePlanRef(planId);
  const from = Number(params.get('fran')) || null;
  const to = Number(params.get('till')) || null;
  const report = useQuery({
    queryKey: actionPlanKeys.compare(planId, from, to),
    queryFn: () => api.get<ComparisonReport>(apiPaths.compare(planId, from, to)),
    enabled: (ref.data?.versions.length ?? 0) > 1,
    retry: false,
  });
  const plan = ref.data?.plan;
  const onlyOne = ref.data !== undefined && ref.data.versions.length < 2;
  const apply = (f: number, t2: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('fran', String(f));
      next.set('till', String(t2));
      return next;
    });
  return (
    <ActionPlansLayout
      code={code}
      page={plan ? `${a.tabs.compare}: ${plan.title}` : a.tabs.compare}
      plan={plan ? { id: plan.id, title: plan.title } : undefined}
    >
      {ref.isPending && <Loading />}
      <ErrorMessage error={ref.error} />
      {onlyOne && <p className="notice">{a.onlyOneVersion}</p>}
      {ref.data && report.data && (
        <ChooseVersions
          key={`${report.data.from.id}-${report.data.to.id}`}
          refData={ref.data}
          from={report.data.from.id}
          to={report.data.to.id}
          onApply={apply}
        />
      )}
      {report.isPending && !onlyOne && <Loading />}
      {report.error instanceof ApiError ? <ErrorMessage error={report.error} /> : null}
      {report.data && <ComparisonTable report={report.data} planId={planId} />}
    </ActionPlansLayout>
  );
}

function ChooseVersions({
  refData,
  from,
  to,
  onApply,
}: {
  refData: PlanRef;
  from: number;
  to: number;
  onApply: (from: number, to: number) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const state = useVersionState();
  const [f, setF] = useState(String(from));
  const [tt, setT] = useState(String(to));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(Number(f), Number(tt));
  };
  const versions = refData.versions.map((v) => ({ code: String(v.id), label: a.versionOption(v.number, v.title, state(v)) }));
  return (
    <form className="inline-form" onSubmit={submit}>
      <TermSelect label={a.compareFrom} value={f} onChange={setF} terms={versions} />
      <TermSelect label={a.compareTo} value={tt} onChange={setT} terms={versions} />
      <button type="submit">{a.compareShow}</button>
    </form>
  );
}

function ComparisonTable({ report, planId }: { report: ComparisonReport; planId: number }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const c = report.comparison;
  const caption = a.compareCaption(report.to.number, report.from.number);
  const diff = (d: { before: number | null; after: number | null; difference: number }) =>
    d.before === null && d.after === null ? a.none : signedMnkr(d.difference);
  const columns: Column[] = [
    { label: a.measure },
    { label: a.change },
    { label: a.changedFields },
    { label: a.fullYearChange, num: true },
    ...c.years.map((y) => ({ label: a.changeYear(y), num: true })),
  ];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {a.versionTitle} {report.to.number}: {report.to.title}
      </h2>
      <p>
        <strong>{a.compareCounts(c.counts.added, c.counts.dropped, c.counts.changed, c.counts.unchanged)}</strong>
      </p>
      <p className="ap-rule">{c.rangeRule}.</p>
      <CaptionedTable caption={caption} className="amounts" columns={columns}>
        <tbody>
          {c.measures.map((m) => (
            <tr key={m.code} className={m.change === 'unchanged' ? undefined : `change-${m.change}`}>
              <th scope="row">
                {m.code} {m.title}
              </th>
              <td>{a.changes[m.change] ?? m.change}</td>
              <td>{m.fields.map((f) => labelOf(a.fieldNames, f)).join(', ') || a.none}</td>
              {[m.fullYear, ...m.effects].map((d, i) => (
                <td key={i} className="num">
                  {diff(d)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{a.total}</th>
            <td />
            <td />
            {[c.fullYearTotal, ...c.totals].map((d, i) => (
              <td key={i} className="num">
                {diff(d)}
              </td>
            ))}
          </tr>
        </tbody>
      </CaptionedTable>
      <ExportLinks
        href={(format) => apiPaths.export(planId, 'compare', { from: report.from.id, to: report.to.id, format })}
        what={a.exportWhat.compare ?? ''}
      />
    </section>
  );
}
