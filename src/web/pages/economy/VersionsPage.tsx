import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading, QueryState } from '../../components/common.tsx';
import { EconomyLayout } from './EconomyLayout.tsx';
import { VersionGrid } from './VersionGrid.tsx';
import { DecideVersion, ReviseVersion } from './VersionActions.tsx';
import { FramesPanel } from './FramesPanel.tsx';
import { BudgetImportForm } from './BudgetImportForm.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { economyApi, economyPath, type BudgetVersion } from './types.ts';
import { economyKeys } from '../../query-keys.ts';
import { YearField } from '../../components/Field.tsx';
import { DraftTitleField, draftTitle } from './DraftTitleField.tsx';
import { useCommittees } from '../../hooks/committees.ts';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';
import { Panel } from '../../components/Panel.tsx';

/** Budget versions: the list, a draft's lines, deciding and revising, the frame per year and import from a file. */
export function VersionsPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const { code = '' } = useParams();
  const { year } = useEconomyPeriod(code);
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState('');
  const versions = useQuery({
    queryKey: economyKeys.versions(code),
    queryFn: () => api.get<BudgetVersion[]>(economyApi(code, 'versions')),
  });
  const selectedId = Number(params.get('version'));
  const selected = versions.data?.find((x) => x.id === selectedId) ?? null;
  const select = (id: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('version', String(id));
      return next;
    });
  const listId = useId();
  // a new draft or revision is announced and opened
  const opened = (created: BudgetVersion) => {
    setStatus(v.created(created.title));
    select(created.id);
  };

  return (
    <EconomyLayout code={code} page="versions" year={year}>
      <p className="lead">{v.intro}</p>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      <QueryState pending={versions.isPending} error={versions.error} />
      <WriteAccess code={code} actor={actor}>
        {(canWrite) => (
          <>
            {versions.data && (
              <section aria-labelledby={listId}>
                <h2 id={listId}>{v.listTitle}</h2>
                {versions.data.length === 0 ? (
                  <p>{v.none}</p>
                ) : (
                  <VersionList versions={versions.data} selectedId={selected?.id ?? null} onOpen={select} />
                )}
              </section>
            )}
            {canWrite && <CreateDraft code={code} defaultYear={year} onCreated={opened} />}
            {!canWrite && <p className="muted">{v.readOnly}</p>}
            {selected && <VersionDetail code={code} version={selected} writable={canWrite} onStatus={setStatus} onCreated={opened} />}
            <FramesPanel code={code} admin={can.administer(actor)} onStatus={setStatus} />
            {canWrite && (
              <BudgetImportForm
                code={code}
                defaultYear={year}
                onImported={(id, title) => {
                  setStatus(v.importDone(title));
                  select(id);
                }}
              />
            )}
          </>
        )}
      </WriteAccess>
    </EconomyLayout>
  );
}

/** Whether the actor may write for the committee; the committee's id comes from the committee list. */
function WriteAccess({ code, actor, children }: { code: string; actor: Actor; children: (canWrite: boolean) => ReactNode }) {
  const committees = useCommittees();
  const committee = committees.data?.find((c) => c.code === code);
  if (committees.isPending) return <Loading />;
  return <>{children(committee !== undefined && can.writeCommittee(actor, committee.id))}</>;
}

function VersionList({
  versions,
  selectedId,
  onOpen,
}: {
  versions: BudgetVersion[];
  selectedId: number | null;
  onOpen: (id: number) => void;
}) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const titleOf = (id: number | null) => versions.find((x) => x.id === id)?.title ?? (id === null ? '' : `#${id}`);
  return (
    <CaptionedTable
      caption={v.listCaption}
      className="versions-table"
      columns={[
        { label: v.title },
        { label: v.budgetYear },
        { label: v.status },
        { label: v.decided },
        { label: v.revises },
        { label: v.actions },
      ]}
    >
      <tbody>
        {versions.map((x) => (
          <tr key={x.id} className={x.id === selectedId ? 'selected' : undefined} aria-current={x.id === selectedId ? 'true' : undefined}>
            <th scope="row">{x.title}</th>
            <td>{x.budgetYear}</td>
            <td>
              <span className={`status-tag ${x.status}`}>{t.economy.budget.statuses[x.status] ?? x.status}</span>
            </td>
            <td>{x.decidedOn ? `${x.decidedOn}${x.decisionRef ? `, ${x.decisionRef}` : ''}` : '–'}</td>
            <td>{x.revisesId === null ? '–' : `${titleOf(x.revisesId)}${x.revisionReason ? ` (${x.revisionReason})` : ''}`}</td>
            <td>
              {x.id === selectedId ? (
                <span className="muted">{v.selected}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => onOpen(x.id)} aria-label={v.openLabel(x.title)}>
                  {v.open}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </CaptionedTable>
  );
}

function CreateDraft({ code, defaultYear, onCreated }: { code: string; defaultYear: number; onCreated: (v: BudgetVersion) => void }) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const qc = useQueryClient();
  const [year, setYear] = useState(String(defaultYear));
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: (body: { budgetYear: number; title: string }) => api.post<BudgetVersion>(economyApi(code, 'versions'), body),
    onSuccess: (created) => {
      setTitle('');
      void qc.invalidateQueries({ queryKey: economyKeys.versions(code) });
      void qc.invalidateQueries({ queryKey: economyKeys.years(code) });
      onCreated(created);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const y = Number(year);
    create.mutate({ budgetYear: y, title: draftTitle(title, y, v) });
  };
  return (
    <Panel title={v.createTitle}>
      <form className="inline-form" onSubmit={submit}>
        <YearField label={v.budgetYear} name="budgetYear" error={create.error} value={year} onChange={setYear} />
        <DraftTitleField
          label={v.title}
          name="title"
          error={create.error}
          year={year}
          defaultYear={defaultYear}
          value={title}
          onChange={setTitle}
        />
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? v.creating : v.create}
        </button>
      </form>
      <ErrorMessage error={create.error} />
    </Panel>
  );
}

function VersionDetail({
  code,
  version,
  writable,
  onStatus,
  onCreated,
}: {
  code: string;
  version: BudgetVersion;
  writable: boolean;
  onStatus: (s: string) => void;
  onCreated: (created: BudgetVersion) => void;
}) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const id = useId();
  const decided = version.status === 'decided';
  return (
    <section aria-labelledby={id} className="version-detail">
      <h2 id={id}>{v.gridTitle(version.title)}</h2>
      <p className="meta">
        {v.budgetYear} {version.budgetYear} ·{' '}
        <span className={`status-tag ${version.status}`}>{t.economy.budget.statuses[version.status] ?? version.status}</span>
        {version.sourceNote && (
          <>
            {' '}
            · {t.source}: {version.sourceNote}
          </>
        )}
      </p>
      {decided && (
        <p className="notice">
          {v.readOnlyDecided(version.title, version.decidedOn ?? '')}{' '}
          <Link to={economyPath(code, 'budget', { ar: version.budgetYear })}>{v.showBudget}</Link>
        </p>
      )}
      <VersionGrid
        key={`${version.id}-${version.version}`}
        code={code}
        version={version}
        editable={writable && !decided}
        onStatus={onStatus}
      />
      {writable && !decided && <DecideVersion version={version} code={code} onStatus={onStatus} />}
      {writable && decided && <ReviseVersion version={version} code={code} onCreated={onCreated} />}
    </section>
  );
}
