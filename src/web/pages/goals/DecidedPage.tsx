import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { api } from '../../api.ts';
import { formatDateTime } from '../../../core/format.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { SaveError } from '../../components/ImportIssues.tsx';
import { GoalsLayout } from './GoalsLayout.tsx';
import { RevisionTable } from './RevisionTable.tsx';
import { useWritableGoalTree } from './GoalTreePage.tsx';

import { committeeApi, type Revision, type Snapshot } from './types.ts';
import { goalKeys } from '../../query-keys.ts';
import { Field, YearField } from '../../components/Field.tsx';
import { TableHead } from '../../components/CaptionedTable.tsx';

/** The decided goal sets (frozen with the internal budget) and the logged revisions since. */
export function DecidedPage({ actor }: { actor: Actor }) {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const d = t.goals.decided;
  const id = useId();
  const { year, ready } = useEconomyPeriod(code);
  const sets = useQuery({ queryKey: goalKeys.sets(code), queryFn: () => api.get<Snapshot[]>(committeeApi(code, 'goal-sets')) });
  const revisions = useQuery({
    queryKey: goalKeys.revisions(code),
    queryFn: () => api.get<Revision[]>(committeeApi(code, 'goal-revisions')),
  });
  const { writable } = useWritableGoalTree(actor, code, year, null, ready);
  return (
    <GoalsLayout code={code} page="decided" year={year}>
      <p className="lead">{d.intro}</p>
      <section aria-labelledby={`${id}-sets`}>
        <h2 id={`${id}-sets`}>{d.setsTitle}</h2>
        {sets.isLoading && <Loading />}
        <ErrorMessage error={sets.error} />
        {sets.data && sets.data.length === 0 && <p className="muted">{d.noSets}</p>}
        {sets.data && sets.data.length > 0 && (
          <table>
            <caption>{d.setsCaption}</caption>
            <TableHead columns={[{ label: d.year }, { label: d.decidedOn }, { label: d.reason }, { label: d.takenAt }]} />
            <tbody>
              {sets.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {s.year} <span className="status-tag decided">{t.goals.tree.decided(s.decidedOn ?? '')}</span>
                  </th>
                  <td className="nowrap">{s.decidedOn ?? '–'}</td>
                  <td>{s.reason}</td>
                  <td className="nowrap">{formatDateTime(s.takenAt, t.goals.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby={`${id}-revisions`}>
        <h2 id={`${id}-revisions`}>{d.revisionsTitle}</h2>
        <ErrorMessage error={revisions.error} />
        {revisions.data &&
          (revisions.data.length === 0 ? (
            <p className="muted">{d.noRevisions}</p>
          ) : (
            <RevisionTable revisions={revisions.data} caption={d.revisionsTitle} />
          ))}
      </section>
      {writable && <DecideForm code={code} defaultYear={year} />}
    </GoalsLayout>
  );
}

function DecideForm({ code, defaultYear }: { code: string; defaultYear: number }) {
  const { t } = useI18n();
  const d = t.goals.decided;
  const id = useId();
  const qc = useQueryClient();
  const [year, setYear] = useState(String(defaultYear));
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const decide = useMutation({
    mutationFn: () => api.post<Snapshot>(committeeApi(code, 'goal-sets/decide'), { year: Number(year), decidedOn: date, reason }),
    onMutate: () => setStatus(''),
    onSuccess: (s) => {
      setStatus(d.decidedStatus(s.year));
      void qc.invalidateQueries({ queryKey: goalKeys.all });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate();
  };
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{d.decideTitle}</h2>
      <p className="meta">{d.decideIntro}</p>
      <form className="inline-form" onSubmit={submit}>
        <YearField label={d.decideYear} name="year" error={decide.error} value={year} onChange={setYear} />
        <Field label={d.decideDate} name="decidedOn" error={decide.error}>
          {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />}
        </Field>
        <Field label={d.decideReason} name="reason" error={decide.error} className="wide">
          {(control) => <input {...control} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <button type="submit" className="primary" disabled={decide.isPending}>
          {decide.isPending ? d.deciding : d.decide}
        </button>
      </form>
      <SaveError error={decide.error} onReload={() => void qc.invalidateQueries({ queryKey: goalKeys.all })} reloadText={t.goals.reload} />
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
