import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { api, qs } from '../../api.ts';
import { formatDateTime } from '../../../core/format.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { SaveFooter } from '../../components/SaveFooter.tsx';
import { GoalsLayout, GoalsPeriodForm } from './GoalsLayout.tsx';
import { useWritableGoalTree } from './GoalTreePage.tsx';
import { periodText } from './format.ts';
import { committeeApi, type AssignmentStatus, type Period, type StrategicAssignment } from './types.ts';
import { goalKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';
import { TableHead } from '../../components/CaptionedTable.tsx';

const STATUSES: AssignmentStatus[] = ['not_started', 'ongoing', 'done', 'cancelled'];

/** Strategic assignments: numbered, with recipients, status and the follow-up text per report. */
export function AssignmentsPage({ actor }: { actor: Actor }) {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const a = t.goals.assignments;
  const { year, month, setPeriod, ready } = useEconomyPeriod(code);
  const list = useQuery({
    queryKey: goalKeys.assignments(code, year, month),
    queryFn: () => api.get<StrategicAssignment[]>(`${committeeApi(code, 'assignments')}${qs({ year, month })}`),
    enabled: ready,
  });
  const { tree, writable } = useWritableGoalTree(actor, code, year, month, ready);
  const groups = (['all', 'named', 'own'] as const)
    .map((scope) => ({ scope, items: (list.data ?? []).filter((x) => x.scope === scope) }))
    .filter((x) => x.items.length > 0);
  return (
    <GoalsLayout code={code} page="assignments" year={year}>
      <p className="lead">{a.intro}</p>
      <GoalsPeriodForm year={year} month={month} onChange={setPeriod} />
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data && list.data.length === 0 && <p className="muted">{a.none}</p>}
      {tree.data && !writable && <p className="muted">{a.readOnly}</p>}
      {groups.map(({ scope, items }) => (
        <section key={scope} aria-labelledby={`group-${scope}`}>
          <h2 id={`group-${scope}`}>{a.groups[scope]}</h2>
          <ol className="assignment-list">
            {items.map((x) => (
              <li key={x.id} value={x.number ?? undefined}>
                <AssignmentItem code={code} assignment={x} year={year} month={month} writable={writable} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </GoalsLayout>
  );
}

function AssignmentItem({
  code,
  assignment: x,
  year,
  month,
  writable,
}: {
  code: string;
  assignment: StrategicAssignment;
  writable: boolean;
} & Period) {
  const { t } = useI18n();
  const g = t.goals;
  const a = g.assignments;
  const id = useId();
  const name = x.number === null ? x.title : a.number(x.number);
  return (
    <article className="assignment" aria-labelledby={id}>
      <h3 id={id}>
        {x.number !== null && <span className="assignment-number">{a.number(x.number)}: </span>}
        {x.title}
      </h3>
      <dl className="assignment-facts">
        <div>
          <dt>{a.recipients}</dt>
          <dd>
            {x.scope === 'all'
              ? a.allCommittees
              : x.scope === 'own'
                ? (x.issuerCommitteeCode ?? '–')
                : x.recipients.map((r) => r.name).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{a.status}</dt>
          <dd>
            {x.current ? (
              <span className={`status-tag assignment-${x.current.status}`}>{a.statuses[x.current.status]}</span>
            ) : (
              <span className="muted">{a.notFollowedUp}</span>
            )}
            <span className="meta"> · {a.term(x.termFrom, x.termTo)}</span>
          </dd>
        </div>
        {x.current && (
          <div>
            <dt>
              {a.followUp} {periodText(g, x.current)}
            </dt>
            <dd>
              {x.current.text || '–'}{' '}
              <span className="meta">
                ({x.current.author}, {formatDateTime(x.current.updatedAt, g.locale)})
              </span>
            </dd>
          </div>
        )}
      </dl>
      {x.followUps.length > 1 && (
        <details>
          <summary>{a.history}</summary>
          <table>
            <caption>{a.followUpsCaption(name)}</caption>
            <TableHead columns={[{ label: a.period }, { label: a.status }, { label: a.text }, { label: a.author }]} />
            <tbody>
              {x.followUps.map((f) => (
                <tr key={`${f.year}-${f.month ?? 0}`}>
                  <th scope="row">{periodText(g, f)}</th>
                  <td>{a.statuses[f.status]}</td>
                  <td className="message-cell">{f.text || '–'}</td>
                  <td>{f.author}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {writable && <FollowUpForm key={`${x.id}-${year}-${month ?? 0}`} code={code} assignment={x} name={name} year={year} month={month} />}
    </article>
  );
}

function FollowUpForm({
  code,
  assignment: x,
  name,
  year,
  month,
}: {
  code: string;
  assignment: StrategicAssignment;
  name: string;
} & Period) {
  const { t } = useI18n();
  const g = t.goals;
  const a = g.assignments;
  const qc = useQueryClient();
  const existing = x.followUps.find((f) => f.year === year && f.month === month) ?? null;
  const [status, setStatus] = useState<AssignmentStatus>(existing?.status ?? x.current?.status ?? 'ongoing');
  const [text, setText] = useState(existing?.text ?? '');
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.put(`/api/assignments/${x.id}/follow-ups`, { committeeCode: code, year, month, status, text, version: existing?.version ?? 0 }),
    onMutate: () => setMessage(''),
    onSuccess: () => {
      setMessage(a.saved(name));
      void qc.invalidateQueries({ queryKey: goalKeys.allAssignments });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const period = g.period(year, month);
  return (
    <details className="follow-up-details">
      <summary>
        {a.addTitle(period)}
        <span className="visually-hidden"> – {name}</span>
      </summary>
      <form className="follow-up-form" onSubmit={submit} aria-label={`${a.addTitle(period)} – ${name}`}>
        <Field label={a.status} name="status" error={save.error}>
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.target.value as AssignmentStatus)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {a.statuses[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={a.followUp} name="text" error={save.error}>
          {(control) => <textarea {...control} rows={3} maxLength={8000} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <SaveFooter
          error={save.error}
          onReload={() => void qc.invalidateQueries({ queryKey: goalKeys.allAssignments })}
          reloadText={g.reload}
          pending={save.isPending}
          save={a.save}
          saving={a.saving}
          status={message}
        />
      </form>
    </details>
  );
}
