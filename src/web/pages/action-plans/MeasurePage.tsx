import { useId, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { formatDateTime } from '../../../core/format.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { SaveError } from '../../components/ImportIssues.tsx';
import { ActionPlansLayout } from './Layout.tsx';
import { usePlanRef, useVersionView } from './PlanPage.tsx';
import { effectText, mnkr, parseMnkr, rangeText } from './amounts.ts';
import { apiPaths, paths, refreshAll, type DeliveryReport, type MeasureView, type Outcome, type VersionView } from './api.ts';
import { actionPlanKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';
import { CaptionedTable, TableHead } from '../../components/CaptionedTable.tsx';

/** One measure: all its fields, consequence analysis, activity lines, estimates beside earlier ones, realised effects and follow-up. */
export function MeasurePage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const { code = '', planId: rawPlan = '', measureId: rawMeasure = '' } = useParams();
  const [params] = useSearchParams();
  const planId = Number(rawPlan);
  const measureId = Number(rawMeasure);
  const [status, setStatus] = useState('');
  const ref = usePlanRef(planId);
  const requested = Number(params.get('version'));
  const versionId = ref.data?.versions.some((v) => v.id === requested) ? requested : (ref.data?.governingVersionId ?? null);
  const view = useVersionView(planId, versionId);
  const delivery = useQuery({
    queryKey: actionPlanKeys.delivery(planId),
    queryFn: () => api.get<DeliveryReport>(apiPaths.delivery(planId)),
  });
  const measure = view.data?.measures.find((m) => m.id === measureId);
  const plan = ref.data?.plan;
  const writer = plan ? can.writeCommittee(actor, plan.committeeId) : false;
  const fieldsId = useId();
  const consequencesId = useId();
  const label = (terms: { code: string; label: string }[], c: string | null) =>
    c === null ? a.noneGroup : (terms.find((x) => x.code === c)?.label ?? c);

  return (
    <ActionPlansLayout
      code={code}
      page={measure ? a.measureLink(measure.code, measure.title) : a.measure}
      plan={plan ? { id: plan.id, title: plan.title } : undefined}
    >
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      {(ref.isPending || view.isPending) && <Loading />}
      <ErrorMessage error={ref.error ?? view.error ?? delivery.error} />
      {view.data && !measure && <p className="error">{a.measureNotFound}</p>}
      {view.data && measure && (
        <>
          <p className="meta">
            <Link to={paths.plan(code, planId, view.data.version.id)}>
              {view.data.plan.title}, {a.versionTitle.toLocaleLowerCase()} {view.data.version.number}: {view.data.version.title}
            </Link>
          </p>
          <div className="ap-columns">
            <section aria-labelledby={fieldsId}>
              <h2 id={fieldsId}>{a.measureFields}</h2>
              <dl className="ap-fields">
                <dt>{a.code}</dt>
                <dd>{measure.code}</dd>
                <dt>{a.descriptionField}</dt>
                <dd>{measure.description || a.notStated}</dd>
                <dt>{a.area}</dt>
                <dd>{label(view.data.vocabulary.areas, measure.areaCode)}</dd>
                <dt>{a.targetGroup}</dt>
                <dd>{label(view.data.vocabulary.targetGroups, measure.targetGroupCode)}</dd>
                <dt>{a.status}</dt>
                <dd>{label(view.data.vocabulary.statuses, measure.statusCode)}</dd>
                <dt>{a.owner}</dt>
                <dd>{measure.owner || a.notStated}</dd>
                <dt>{a.fullYear}</dt>
                <dd>{rangeText(measure.fullYearMin, measure.fullYearMax, true) ?? a.notStated}</dd>
                <dt>{a.goalLinks}</dt>
                <dd>{measure.goalLinks.length > 0 ? measure.goalLinks.join('; ') : a.notStated}</dd>
                <dt>{a.decisionRefField}</dt>
                <dd>{measure.decisionRef ?? a.notStated}</dd>
                {measure.sourceNote && (
                  <>
                    <dt>{a.sourceNote}</dt>
                    <dd className="source">{measure.sourceNote}</dd>
                  </>
                )}
              </dl>
            </section>
            <section aria-labelledby={consequencesId}>
              <h2 id={consequencesId}>{a.consequencesTitle}</h2>
              <dl className="ap-fields">
                <dt>{a.consequenceCitizen}</dt>
                <dd>{measure.consequenceCitizen || a.notStated}</dd>
                <dt>{a.consequenceOperations}</dt>
                <dd>{measure.consequenceOperations || a.notStated}</dd>
                <dt>{a.consequenceChild}</dt>
                <dd>{measure.consequenceChild || a.notStated}</dd>
              </dl>
            </section>
          </div>
          <Estimates
            view={view.data}
            measure={measure}
            outcomes={delivery.data?.outcomes ?? []}
            earlierNumber={ref.data?.versions.find((v) => v.id === measure.earlier?.versionId)?.number ?? null}
          />
          {writer && (
            <OutcomeForm planId={planId} view={view.data} measure={measure} outcomes={delivery.data?.outcomes ?? []} onStatus={setStatus} />
          )}
          <FollowUpPanel planId={planId} view={view.data} measure={measure} writable={writer} onStatus={setStatus} />
          <ActivityLines measure={measure} delivery={delivery.data} />
        </>
      )}
    </ActionPlansLayout>
  );
}

function Estimates({
  view,
  measure,
  outcomes,
  earlierNumber,
}: {
  view: VersionView;
  measure: MeasureView;
  outcomes: Outcome[];
  earlierNumber: number | null;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const labels = { partialYear: a.partialYear, qualitative: a.qualitative, none: a.none };
  const caption = a.estimatesCaption(measure.code);
  const find = (effects: MeasureView['effects'], y: number, kind: 'reduction' | 'implementation_cost') =>
    effects.find((e) => e.year === y && e.kind === kind);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.estimatesTitle}</h2>
      <CaptionedTable
        caption={caption}
        className="amounts"
        columns={[
          { label: a.year },
          { label: a.current, num: true },
          { label: a.earlier, num: true },
          { label: a.implementationCost, num: true },
          { label: a.realised, num: true },
          { label: a.comment },
          { label: a.note },
        ]}
      >
        <tbody>
          <tr>
            <th scope="row">{a.fullYear}</th>
            <td className="num">{rangeText(measure.fullYearMin, measure.fullYearMax) ?? a.none}</td>
            <td className="num">
              {measure.earlier ? (rangeText(measure.earlier.fullYearMin, measure.earlier.fullYearMax) ?? a.none) : a.none}
            </td>
            <td className="num">{a.none}</td>
            <td className="num">{a.none}</td>
            <td />
            <td />
          </tr>
          {view.years.map((y) => {
            const o = outcomes.find((x) => x.measureCode === measure.code && x.year === y);
            const e = find(measure.effects, y, 'reduction');
            return (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td className="num">{effectText(e, labels)}</td>
                <td className="num">{measure.earlier ? effectText(find(measure.earlier.effects, y, 'reduction'), labels) : a.none}</td>
                <td className="num">{effectText(find(measure.effects, y, 'implementation_cost'), labels)}</td>
                <td className="num">{o ? mnkr(o.amount) : a.none}</td>
                <td className="message-cell">{o ? `${o.comment}${o.comment ? ' ' : ''}(${o.author})` : ''}</td>
                <td className="message-cell">{e?.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </CaptionedTable>
      <p className="meta">
        {earlierNumber !== null ? a.earlierNote(earlierNumber) : a.noEarlier} {a.partialYearNote}
      </p>
    </section>
  );
}

function OutcomeForm({
  planId,
  view,
  measure,
  outcomes,
  onStatus,
}: {
  planId: number;
  view: VersionView;
  measure: MeasureView;
  outcomes: Outcome[];
  onStatus: (s: string) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const qc = useQueryClient();
  const [year, setYear] = useState(String(view.years[0] ?? ''));
  const [amount, setAmount] = useState('');
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState(false);
  const existing = outcomes.find((o) => o.measureCode === measure.code && o.year === Number(year));
  const save = useMutation({
    mutationFn: (kronor: number) =>
      api.put<Outcome>(`${apiPaths.plan(planId)}/outcomes`, {
        measureCode: measure.code,
        year: Number(year),
        amount: kronor,
        comment: comment.trim(),
        version: existing?.version ?? 0,
      }),
    onSuccess: (o) => {
      onStatus(a.outcomeSaved(measure.code, o.year));
      setAmount('');
      setComment('');
      void refreshAll(qc);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const kronor = parseMnkr(amount);
    setInvalid(kronor === null || kronor === undefined);
    if (kronor !== null && kronor !== undefined) save.mutate(kronor);
  };
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{a.outcomeTitle}</h2>
      <form className="inline-form" onSubmit={submit}>
        <Field label={a.year} name="year" error={save.error}>
          {(control) => (
            <select {...control} value={year} onChange={(e) => setYear(e.target.value)}>
              {view.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={a.outcomeAmount} name="amount" error={save.error}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              aria-invalid={invalid || control['aria-invalid']}
              required
            />
          )}
        </Field>
        <Field label={a.comment} name="comment" error={save.error} className="wide">
          {(control) => <input {...control} value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={save.isPending}>
          {a.outcomeSave}
        </button>
      </form>
      {invalid && (
        <p className="field-error" role="alert">
          {a.invalidAmount}
        </p>
      )}
      <SaveError
        error={save.error}
        onReload={() => {
          save.reset();
          void refreshAll(qc);
        }}
        reloadText={a.reload}
      />
    </section>
  );
}

function FollowUpPanel({
  planId,
  view,
  measure,
  writable,
  onStatus,
}: {
  planId: number;
  view: VersionView;
  measure: MeasureView;
  writable: boolean;
  onStatus: (s: string) => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const qc = useQueryClient();
  const statuses = view.vocabulary.statuses;
  const f = measure.followUp;
  const [statusCode, setStatusCode] = useState(measure.currentStatusCode);
  const [comment, setComment] = useState(f?.comment ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.put(`${apiPaths.plan(planId)}/follow-up`, {
        measureCode: measure.code,
        statusCode,
        comment: comment.trim(),
        version: f?.version ?? 0,
      }),
    onSuccess: () => {
      onStatus(a.followUpSaved(measure.code));
      void refreshAll(qc);
    },
  });
  const labelOf = (c: string) => statuses.find((s) => s.code === c)?.label ?? c;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{a.followUpTitle}</h2>
      <p>
        <strong>{labelOf(measure.currentStatusCode)}</strong>
        {f?.comment ? ` – ${f.comment}` : ''}
      </p>
      <p className="meta">{f ? a.followUpBy(f.author, formatDateTime(f.updatedAt)) : a.followUpNone}</p>
      {writable && (
        <form className="inline-form" onSubmit={submit}>
          <Field label={a.status} name="statusCode" error={save.error}>
            {(control) => (
              <select {...control} value={statusCode} onChange={(e) => setStatusCode(e.target.value)}>
                {statuses.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={a.comment} name="comment" error={save.error} className="wide">
            {(control) => <input {...control} value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          <button type="submit" disabled={save.isPending}>
            {a.followUpSave}
          </button>
        </form>
      )}
      <SaveError
        error={save.error}
        onReload={() => {
          save.reset();
          void refreshAll(qc);
        }}
        reloadText={a.reload}
      />
    </section>
  );
}

function ActivityLines({ measure, delivery }: { measure: MeasureView; delivery: DeliveryReport | undefined }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const lines = delivery?.activityLines[measure.code] ?? [];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.activitiesTitle}</h2>
      {!delivery && <Loading />}
      {delivery && lines.length === 0 && <p>{a.noActivities}</p>}
      {lines.length > 0 && (
        <>
          <div className="ap-columns">
            {lines.map((l) => (
              <table key={l.activityId} className="amounts">
                <caption>{a.activitiesCaption(l.name)}</caption>
                <TableHead columns={[{ label: a.year }, { label: a.budget, num: true }, { label: a.outcome, num: true }]} />
                <tbody>
                  {l.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="num">{y.budget === null ? a.none : mnkr(y.budget)}</td>
                      <td className="num">{y.outcome === null ? a.none : mnkr(y.outcome)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
          <p className="meta">{a.activitiesNote}</p>
        </>
      )}
    </section>
  );
}
