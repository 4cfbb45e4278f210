import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { today } from '../../dates.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { SaveError } from './ImportIssues.tsx';
import { economyApi, type BudgetVersion } from './types.ts';

const invalidateVersions = (qc: ReturnType<typeof useQueryClient>, code: string) => {
  void qc.invalidateQueries({ queryKey: ['economy', 'versions', code] });
  void qc.invalidateQueries({ queryKey: ['economy', 'budget', code] });
  void qc.invalidateQueries({ queryKey: ['economy', 'years', code] });
};

/** Deciding freezes a draft; the button asks once more before it does. */
export function DecideVersion({ code, version, onStatus }: { code: string; version: BudgetVersion; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const id = useId();
  const qc = useQueryClient();
  const [decidedOn, setDecidedOn] = useState(today());
  const [decisionRef, setDecisionRef] = useState('');
  const [confirming, setConfirming] = useState(false);
  const decide = useMutation({
    mutationFn: () => api.post<BudgetVersion>(`/api/budget-versions/${version.id}/decide`, { version: version.version, decidedOn, decisionRef: decisionRef.trim() }),
    onSuccess: (after) => {
      setConfirming(false);
      onStatus(v.decidedStatus(after.title));
      invalidateVersions(qc, code);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConfirming(true);
  };
  return (
    <section aria-labelledby={id} className="panel">
      <h3 id={id}>{v.decideTitle}</h3>
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-on`}>{v.decidedOn}</label>
          <input id={`${id}-on`} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ref`}>{v.decisionRef}</label>
          <input id={`${id}-ref`} value={decisionRef} maxLength={100} onChange={(e) => setDecisionRef(e.target.value)} required />
        </div>
        {!confirming && <button type="submit">{v.decide}</button>}
      </form>
      {confirming && (
        <div className="notice">
          <p>{v.decideConfirm(version.title)}</p>
          <div className="buttons">
            <button type="button" className="primary" onClick={() => decide.mutate()} disabled={decide.isPending}>
              {v.decideYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {v.cancel}
            </button>
          </div>
        </div>
      )}
      <SaveError error={decide.error} onReload={() => { decide.reset(); setConfirming(false); invalidateVersions(qc, code); }} reloadText={v.reload} />
    </section>
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
        <div className="field wide">
          <label htmlFor={`${id}-title`}>{v.revisionTitle}</label>
          <input id={`${id}-title`} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-reason`}>{v.revisionReason}</label>
          <input id={`${id}-reason`} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} required />
        </div>
        <button type="submit" disabled={revise.isPending}>
          {v.revise}
        </button>
      </form>
      <ErrorMessage error={revise.error} />
    </section>
  );
}
