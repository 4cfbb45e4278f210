import { Fragment, useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { formatDateTime } from '../../../core/format.ts';
import { can } from '../../../core/permissions.ts';
import { api, qs, uploadType } from '../../api.ts';
import { useI18n, type Dict } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { FileUpload, SPREADSHEET_ACCEPT } from '../../components/FileUpload.tsx';
import { EconomyLayout } from '../economy/EconomyLayout.tsx';
import { PeriodForm } from '../../components/PeriodForm.tsx';
import { SaveError } from '../../components/ImportIssues.tsx';
import { useActivities, type FlatActivity } from '../../hooks/activities.ts';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { formatAmount } from '../economy/units.ts';
import type { LedgerImportResult, LedgerImportSummary, LedgerMapping } from '../economy/types.ts';
import { RuleForm, type RuleFields } from './RuleForm.tsx';
import { economyKeys, ledgerKeys } from '../../query-keys.ts';
import { useCommittees } from '../../hooks/committees.ts';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';

const ledgerApi = (code: string, what: string) => `/api/committees/${encodeURIComponent(code)}/${what}`;

/** "jan–okt" for a run of months, else the months listed. */
export function monthsText(months: readonly number[], t: Dict): string {
  const sorted = [...months].sort((a, b) => a - b);
  if (sorted.length === 0) return '–';
  const short = (m: number) => t.economy.monthsShort[m - 1] ?? String(m);
  const first = sorted[0];
  const last = sorted.at(-1);
  const contiguous = sorted.every((m, i) => i === 0 || m - 1 === sorted[i - 1]);
  if (contiguous && sorted.length > 2 && first !== undefined && last !== undefined) return `${short(first)}–${short(last)}`;
  return sorted.map(short).join(', ');
}

/** The ledger: mapping rules from ledger rows to activities, ledger import and the import history. */
export function LedgerPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const l = t.economy.ledger;
  const { code = '' } = useParams();
  const { year, setPeriod } = useEconomyPeriod(code);
  const [status, setStatus] = useState('');
  const committees = useCommittees();
  const committee = committees.data?.find((c) => c.code === code);
  const writable = committee !== undefined && can.writeCommittee(actor, committee.id);
  return (
    <EconomyLayout code={code} page="ledger" year={year}>
      <p className="lead">{l.intro}</p>
      <PeriodForm year={year} onChange={(y) => setPeriod(y, null)} />
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      {committees.isPending ? (
        <Loading />
      ) : (
        <>
          {!writable && <p className="muted">{l.readOnly}</p>}
          {writable && <LedgerImport code={code} year={year} onStatus={setStatus} />}
          <ImportHistory code={code} year={year} />
          <MappingRules code={code} writable={writable} onStatus={setStatus} />
        </>
      )}
    </EconomyLayout>
  );
}

function LedgerImport({ code, year, onStatus }: { code: string; year: number; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const l = t.economy.ledger;
  const i = t.economy.imports;
  const qc = useQueryClient();
  return (
    <FileUpload<LedgerImportResult>
      title={
        <>
          {l.importTitle} {year}
        </>
      }
      label={i.fileLabel}
      accept={SPREADSHEET_ACCEPT}
      url={(f) => `${ledgerApi(code, 'ledger-imports')}${qs({ year, filename: f.name })}`}
      contentType={(f) => uploadType(f.name)}
      onSuccess={(result) => {
        onStatus(l.imported(result.fileName));
        void qc.invalidateQueries({ queryKey: ledgerKeys.imports(code) });
        void qc.invalidateQueries({ queryKey: economyKeys.all });
      }}
      submitText={l.import}
      pendingText={l.importing}
      chooseFileText={i.chooseFile}
      summary={(r) => ({
        caption: l.importSummaryCaption(r.fileName),
        rows: [
          [t.economy.year, r.year],
          [l.months, monthsText(r.months, t)],
          [l.rows, formatAmount(r.rowCount, 'kr')],
          [l.outcomeRows, formatAmount(r.outcomeRows, 'kr')],
          [l.total, formatAmount(r.totalAmount, 'kr')],
        ],
      })}
    >
      <p className="meta">{l.importIntro}</p>
    </FileUpload>
  );
}

function ImportHistory({ code, year }: { code: string; year: number }) {
  const { t } = useI18n();
  const l = t.economy.ledger;
  const id = useId();
  const history = useQuery({
    queryKey: ledgerKeys.imports(code, year),
    queryFn: () => api.get<LedgerImportSummary[]>(`${ledgerApi(code, 'ledger-imports')}${qs({ year })}`),
  });
  const caption = l.historyCaption(year);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{l.historyTitle}</h2>
      {history.isPending && <Loading />}
      <ErrorMessage error={history.error} />
      {history.data && history.data.length === 0 && <p>{l.noHistory(year)}</p>}
      {history.data && history.data.length > 0 && (
        <CaptionedTable
          caption={caption}
          className="amounts history-table"
          columns={[
            { label: l.fileName },
            { label: l.months },
            { label: l.rows, num: true },
            { label: l.total, num: true },
            { label: l.time },
            { label: l.actor },
          ]}
        >
          <tbody>
            {history.data.map((h) => (
              <tr key={h.id}>
                <th scope="row">{h.fileName}</th>
                <td>{monthsText(h.months, t)}</td>
                <td className="num">{formatAmount(h.rowCount, 'kr')}</td>
                <td className="num">{formatAmount(h.totalAmount, 'kr')}</td>
                <td className="nowrap">{formatDateTime(h.importedAt)}</td>
                <td>{h.actorName}</td>
              </tr>
            ))}
          </tbody>
        </CaptionedTable>
      )}
    </section>
  );
}

function MappingRules({ code, writable, onStatus }: { code: string; writable: boolean; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const l = t.economy.ledger;
  const id = useId();
  const qc = useQueryClient();
  const rules = useQuery({
    queryKey: ledgerKeys.mappings(code),
    queryFn: () => api.get<LedgerMapping[]>(ledgerApi(code, 'ledger-mappings')),
  });
  const activities = useActivities(code);
  const [editing, setEditing] = useState<number | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [formKey, setFormKey] = useState(0);
  const refresh = () => void qc.invalidateQueries({ queryKey: ledgerKeys.mappings(code) });
  const create = useMutation({
    mutationFn: (fields: RuleFields) => api.post<LedgerMapping>(ledgerApi(code, 'ledger-mappings'), fields),
    onSuccess: (rule) => {
      onStatus(l.created(rule.id));
      setFormKey((k) => k + 1);
      refresh();
    },
  });
  const update = useMutation({
    mutationFn: ({ rule, fields }: { rule: LedgerMapping; fields: RuleFields }) =>
      api.patch<LedgerMapping>(ledgerApi(code, `ledger-mappings/${rule.id}`), { ...fields, version: rule.version }),
    onSuccess: (rule) => {
      onStatus(l.saved(rule.id));
      setEditing(null);
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (rule: LedgerMapping) =>
      api.delete<unknown>(`${ledgerApi(code, `ledger-mappings/${rule.id}`)}${qs({ version: rule.version })}`),
    onSuccess: (_r, rule) => {
      onStatus(l.removed(rule.id));
      setRemoving(null);
      refresh();
    },
  });
  const list = rules.data ?? [];
  const acts: FlatActivity[] = activities.data ?? [];
  const editingRule = list.find((r) => r.id === editing) ?? null;
  const caption = l.rulesCaption(list.length);
  const show = (value: string | null) => (value === null || value === '' ? <span className="muted">{l.any}</span> : value);
  const reload = () => {
    update.reset();
    remove.reset();
    setEditing(null);
    setRemoving(null);
    refresh();
  };

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{l.rulesTitle}</h2>
      <p className="meta">{l.rulesIntro}</p>
      <div className="downloads">
        <span className="downloads-label">{t.economy.downloads}:</span>
        <ul>
          {(['xlsx', 'csv'] as const).map((format) => (
            <li key={format}>
              <a
                className="button-link"
                href={`${ledgerApi(code, 'ledger-mappings/export')}${qs({ format })}`}
                download
                aria-label={l.exportLabel(t.economy.formats[format] ?? format)}
              >
                {t.economy.formats[format]}
              </a>
            </li>
          ))}
        </ul>
      </div>
      {rules.isPending && <Loading />}
      <ErrorMessage error={rules.error} />
      {rules.data && list.length === 0 && <p>{l.noRules}</p>}
      {list.length > 0 && (
        <CaptionedTable
          caption={caption}
          className="rules-table"
          columns={[
            { label: '#' },
            { label: l.costCentre },
            { label: l.activityCode },
            { label: l.accountFrom },
            { label: l.accountTo },
            { label: l.activity },
            { label: l.priority, num: true },
            ...(writable ? [{ label: l.actions }] : []),
          ]}
        >
          <tbody>
            {list.map((r) => (
              <tr key={r.id} className={r.id === editing ? 'selected' : undefined}>
                <th scope="row">{r.id}</th>
                <td>{show(r.costCentre)}</td>
                <td>{show(r.activityCode)}</td>
                <td>{show(r.accountFrom)}</td>
                <td>{show(r.accountTo)}</td>
                <td className="activity-cell">
                  {r.activityName} <span className="code">({r.activity})</span>
                </td>
                <td className="num">{r.priority}</td>
                {writable && (
                  <td className="row-actions">
                    {removing === r.id ? (
                      <span className="confirm">
                        {l.removeConfirm(r.id)}{' '}
                        <button type="button" onClick={() => remove.mutate(r)} disabled={remove.isPending}>
                          {l.removeYes}
                        </button>{' '}
                        <button type="button" onClick={() => setRemoving(null)}>
                          {l.cancel}
                        </button>
                      </span>
                    ) : (
                      [
                        { text: l.edit, label: l.editLabel(r.id), mutation: update, open: setEditing },
                        { text: l.remove, label: l.removeLabel(r.id), mutation: remove, open: setRemoving },
                      ].map((action, n) => (
                        // editing or removing starts afresh, without the last attempt's error
                        <Fragment key={action.text}>
                          {n > 0 && ' '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => {
                              action.mutation.reset();
                              action.open(r.id);
                            }}
                            aria-label={action.label}
                          >
                            {action.text}
                          </button>
                        </Fragment>
                      ))
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </CaptionedTable>
      )}
      <SaveError error={remove.error} onReload={reload} reloadText={l.reload} />
      {writable && editingRule && (
        <section className="panel" aria-labelledby={`${id}-edit`}>
          <h3 id={`${id}-edit`}>{l.editTitle(editingRule.id)}</h3>
          <RuleForm
            key={`${editingRule.id}-${editingRule.version}`}
            rule={editingRule}
            activities={acts}
            submitText={l.save}
            pending={update.isPending}
            error={update.error}
            onSubmit={(fields) => update.mutate({ rule: editingRule, fields })}
            onCancel={() => setEditing(null)}
            errorSlot={<SaveError error={update.error} onReload={reload} reloadText={l.reload} />}
          />
        </section>
      )}
      {writable && (
        <section className="panel" aria-labelledby={`${id}-new`}>
          <h3 id={`${id}-new`}>{l.newRule}</h3>
          <RuleForm
            key={formKey}
            rule={null}
            activities={acts}
            submitText={l.create}
            pending={create.isPending}
            error={create.error}
            onSubmit={(fields) => create.mutate(fields)}
          />
        </section>
      )}
    </section>
  );
}
