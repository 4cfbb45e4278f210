import { useId, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { DecidePanel } from '../../components/DecidePanel.tsx';
import { ActionPlansLayout } from './Layout.tsx';
import { MeasuresSection } from './MeasuresTable.tsx';
import { ChecksPanel, SummaryPanel } from './SummaryPanel.tsx';
import { TemplatePanel } from './TemplatePanel.tsx';
import { apiPaths, refreshAll, type PlanRef, type PlanVersion, type VersionView } from './api.ts';
import { actionPlanKeys } from '../../query-keys.ts';
import { RevisePanel } from '../../components/RevisePanel.tsx';

export const usePlanRef = (planId: number) =>
  useQuery({ queryKey: actionPlanKeys.plan(planId), queryFn: () => api.get<PlanRef>(apiPaths.plan(planId)), enabled: planId > 0 });

export const useVersionView = (planId: number, versionId: number | null) =>
  useQuery({
    queryKey: actionPlanKeys.version(planId, versionId),
    queryFn: () => api.get<VersionView>(apiPaths.version(planId, versionId ?? 'current')),
    enabled: planId > 0,
  });

/** "beslutad 2023-08-31, SON § 12" or "utkast". */
export function useVersionState() {
  const { t } = useI18n();
  const a = t.actionPlans;
  return (v: PlanVersion) =>
    v.status === 'decided' ? a.decidedWith(v.decidedOn ?? '', v.decisionRef ?? '') : (a.statuses[v.status] ?? v.status);
}

/** A plan: its versions, the measures of the chosen version, summary, checks, spreadsheet and exports. */
export function PlanPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const { code = '', planId: rawId = '' } = useParams();
  const planId = Number(rawId);
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState('');
  const ref = usePlanRef(planId);
  const requested = Number(params.get('version'));
  const versionId = ref.data?.versions.some((v) => v.id === requested) ? requested : (ref.data?.governingVersionId ?? null);
  const view = useVersionView(planId, versionId);
  const select = (id: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('version', String(id));
      return next;
    });
  const revised = (created: PlanVersion) => {
    setStatus(a.revised(created.title));
    select(created.id);
  };
  const plan = ref.data?.plan;
  const writer = plan ? can.writeCommittee(actor, plan.committeeId) : false;
  const v = view.data?.version;
  const draft = v?.status === 'draft';

  return (
    <ActionPlansLayout code={code} page={plan?.title ?? a.title} plan={plan ? { id: plan.id, title: plan.title } : undefined}>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      {(ref.isPending || view.isPending) && <Loading />}
      <ErrorMessage error={ref.error ?? view.error} />
      {ref.data && view.data && v && (
        <>
          <VersionPanel key={v.id} refData={ref.data} version={v} onSelect={select} />
          {!writer && <p className="muted">{a.readOnly}</p>}
          {writer && <VersionActions planId={planId} version={v} onStatus={setStatus} onRevised={revised} />}
          <MeasuresSection code={code} view={view.data} writable={writer && draft} onStatus={setStatus} />
          <SummaryPanel planId={planId} versionId={v.id} />
          <ChecksPanel planId={planId} versionId={v.id} />
          <TemplatePanel view={view.data} writable={writer && draft} onStatus={setStatus} />
        </>
      )}
    </ActionPlansLayout>
  );
}

function VersionPanel({ refData, version, onSelect }: { refData: PlanRef; version: PlanVersion; onSelect: (id: number) => void }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const state = useVersionState();
  const [choice, setChoice] = useState(String(version.id));
  const revises = refData.versions.find((x) => x.id === version.revisesId);
  const newerDraft = refData.versions.find((x) => x.status === 'draft' && x.number > version.number);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSelect(Number(choice));
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {a.versionTitle} {version.number}: {version.title}
      </h2>
      <form className="asof" onSubmit={submit}>
        <label htmlFor={`${id}-v`}>{a.chooseVersion}</label>
        <select id={`${id}-v`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {refData.versions.map((x) => (
            <option key={x.id} value={x.id}>
              {a.versionOption(x.number, x.title, state(x))}
            </option>
          ))}
        </select>
        <button type="submit">{t.show}</button>
      </form>
      <p className="ap-version-meta">
        <span className={`status-tag ${version.status}`}>{state(version)}</span> {version.status === 'draft' ? a.draftNote : a.decidedNote}
        {revises && (
          <>
            <br />
            {a.revisesNote(revises.number, version.revisionReason ?? '')}
          </>
        )}
      </p>
      {newerDraft && (
        <p className="notice">
          {a.newerDraft(newerDraft.number)} <Link to={`?version=${newerDraft.id}`}>{a.showDraft(newerDraft.number)}</Link>
        </p>
      )}
      {version.sourceNote && (
        <p className="meta">
          {t.source}: {version.sourceNote}
        </p>
      )}
    </section>
  );
}

/**
 * A draft is decided: deciding freezes it, and the button asks once more before it does. A decided
 * version is revised: the revision starts as a copy of it, with a reason, and is a draft of its own.
 */
function VersionActions(props: {
  planId: number;
  version: PlanVersion;
  onStatus: (s: string) => void;
  onRevised: (created: PlanVersion) => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { version } = props;
  const path = apiPaths.version(props.planId, version.id);
  if (version.status === 'draft')
    return (
      <DecidePanel
        level={2}
        texts={t.actionPlans}
        title={version.title}
        decide={(body) => api.post<PlanVersion>(`${path}/decide`, { version: version.version, ...body })}
        onStatus={props.onStatus}
        refresh={() => void refreshAll(qc)}
      />
    );
  return (
    <RevisePanel
      level={2}
      texts={t.actionPlans}
      title={{ initial: '', required: false }}
      fieldNames={{ title: 'title', reason: 'reason' }}
      revise={({ title, reason }) => api.post<PlanVersion>(`${path}/revise`, { reason, ...(title ? { title } : {}) })}
      onCreated={(created) => {
        void refreshAll(qc);
        props.onRevised(created);
      }}
    />
  );
}
