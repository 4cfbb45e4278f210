import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { DecidePanel } from '../../components/DecidePanel.tsx';
import { economyApi, type BudgetVersion } from './types.ts';
import { economyKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';

const invalidateVersions = (qc: ReturnType<typeof useQueryClient>, code: string) => {
  void qc.invalidateQueries({ queryKey: economyKeys.versions(code) });
  void qc.invalidateQueries({ queryKey: economyKeys.budget(code) });
  void qc.invalidateQueries({ queryKey: economyKeys.years(code) });
};

/** Deciding freezes a draft; the button asks once more before it does. */
export function DecideVersion({ code, version, onStatus }: { code: string; version: BudgetVersion; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <DecidePanel
      level={3}
      texts={t.economy.versions}
      title={version.title}
      decide={(body) => api.post<BudgetVersion>(`/api/budget-versions/${version.id}/decide`, { version: version.version, ...body })}
      onStatus={onStatus}
      refresh={() => invalidateVersions(qc, code)}
    />
  );
}

/** A revision starts as a copy of the decided version and is a draft of its own. */
export function ReviseVersion({ code, version, onCreated }: { code: string; version: BudgetVersion; onCreated: (v: BudgetVersion) => void }) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const id = useId();
  const qc = useQueryClient();
  const [title, setTitle] = useState(v.revisionDefaultTitle(version.title));
  const [reason, setReason] = useState('');
  const revise = useMutation({
    mutationFn: () =>
      api.post<BudgetVersion>(economyApi(code, 'versions'), { budgetYear: version.budgetYear, title: title.trim(), revisesId: version.id, revisionReason: reason.trim() }),
    onSuccess: (created) => {
      invalidateVersions(qc, code);
      onCreated(created);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    revise.mutate();
  };
  return (
    <section aria-labelledby={id} className="panel">
      <h3 id={id}>{v.reviseTitle}</h3>
      <form className="inline-form" onSubmit={submit}>
        <Field label={v.revisionTitle} name="title" error={revise.error} className="wide">
          {(control) => <input {...control} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <Field label={v.revisionReason} name="revisionReason" error={revise.error} className="wide">
          {(control) => <input {...control} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <button type="submit" disabled={revise.isPending}>
          {v.revise}
        </button>
      </form>
      <ErrorMessage error={revise.error} />
    </section>
  );
}
