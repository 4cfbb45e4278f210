import { useId, useState, type FormEvent } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, QueryState } from '../../components/common.tsx';
import { ActionPlansLayout } from './Layout.tsx';
import { PlanPage } from './PlanPage.tsx';
import { MeasurePage } from './MeasurePage.tsx';
import { ComparePage } from './ComparePage.tsx';
import { DeliveryPage } from './DeliveryPage.tsx';
import { ReconciliationPage } from './ReconciliationPage.tsx';
import { apiPaths, paths, refreshAll, type PlanListView, type PlanRef } from './api.ts';
import './action-plans.css';
import { actionPlanKeys } from '../../query-keys.ts';
import { Field, YearField } from '../../components/Field.tsx';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';

/** Everything under /namnd/:code/atgardsplaner; the area owns its own nested routes. */
export function ActionPlansArea({ actor }: { actor: Actor }) {
  return (
    <Routes>
      <Route index element={<ActionPlanList actor={actor} />} />
      <Route path="avstamning" element={<ReconciliationPage />} />
      <Route path=":planId" element={<PlanPage actor={actor} />} />
      <Route path=":planId/atgard/:measureId" element={<MeasurePage actor={actor} />} />
      <Route path=":planId/jamfor" element={<ComparePage />} />
      <Route path=":planId/genomforande" element={<DeliveryPage />} />
    </Routes>
  );
}

function ActionPlanList({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const { code = '' } = useParams();
  const [status, setStatus] = useState('');
  const list = useQuery({ queryKey: actionPlanKeys.list(code), queryFn: () => api.get<PlanListView>(apiPaths.plans(code)) });
  const writer = list.data ? can.writeCommittee(actor, list.data.committee.id) : false;
  const listId = useId();
  return (
    <ActionPlansLayout code={code} page={a.title}>
      <p className="lead">{a.listIntro}</p>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      <QueryState pending={list.isPending} error={list.error} />
      {list.data && (
        <section aria-labelledby={listId}>
          <h2 id={listId}>{a.tabs.list}</h2>
          {list.data.plans.length === 0 ? (
            <p>{a.noPlans}</p>
          ) : (
            <CaptionedTable
              caption={a.listCaption(list.data.plans.length)}
              className="versions-table"
              columns={[{ label: a.planTitle }, { label: a.period }, { label: a.governing }, { label: a.measureCount, num: true }]}
            >
              <tbody>
                {list.data.plans.map((p) => {
                  const g = p.versions.find((v) => v.id === p.governingVersionId);
                  return (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={`${paths.list(code)}/${p.id}`}>{p.title}</Link>
                      </th>
                      <td>
                        {p.firstYear}–{p.lastYear}
                      </td>
                      <td>
                        {g ? (
                          <>
                            {a.versionTitle} {g.number}:{' '}
                            <span className={`status-tag ${g.status}`}>
                              {g.status === 'decided'
                                ? a.decidedWith(g.decidedOn ?? '', g.decisionRef ?? '')
                                : (a.statuses[g.status] ?? g.status)}
                            </span>
                          </>
                        ) : (
                          a.none
                        )}
                      </td>
                      <td className="num">{p.measureCount}</td>
                    </tr>
                  );
                })}
              </tbody>
            </CaptionedTable>
          )}
        </section>
      )}
      {list.data && !writer && <p className="muted">{a.readOnly}</p>}
      {writer && <CreatePlan code={code} onCreated={(title) => setStatus(a.created(title))} />}
    </ActionPlansLayout>
  );
}

function CreatePlan({ code, onCreated }: { code: string; onCreated: (title: string) => void }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const year = new Date().getFullYear();
  const [title, setTitle] = useState('');
  const [firstYear, setFirstYear] = useState(String(year));
  const [lastYear, setLastYear] = useState(String(year + 2));
  const create = useMutation({
    mutationFn: () =>
      api.post<PlanRef['plan'] & { versions: PlanRef['versions'] }>(apiPaths.plans(code), {
        title: title.trim(),
        firstYear: Number(firstYear),
        lastYear: Number(lastYear),
      }),
    onSuccess: (created) => {
      void refreshAll(qc);
      onCreated(created.title);
      void navigate(`${paths.list(code)}/${created.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Panel title={a.createTitle}>
      <form className="inline-form" onSubmit={submit}>
        <Field label={a.planTitle} name="title" error={create.error} className="wide">
          {(control) => <input {...control} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <YearField label={a.firstYear} name="firstYear" error={create.error} value={firstYear} onChange={setFirstYear} />
        <YearField label={a.lastYear} name="lastYear" error={create.error} value={lastYear} onChange={setLastYear} />
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? a.creating : a.create}
        </button>
      </form>
      <ErrorMessage error={create.error} />
    </Panel>
  );
}
