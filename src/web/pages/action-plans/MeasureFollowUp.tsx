import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '../../../core/format.ts';
import { api } from '../../api.ts';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n.ts';
import { MutationError } from '../../components/ImportIssues.tsx';
import { Field } from '../../components/Field.tsx';
import { parseMnkr } from './amounts.ts';
import { apiPaths, refreshAll, type MeasureView, type Outcome } from './api.ts';
import { TermSelect } from './TermSelect.tsx';
import { MnkrField } from './MnkrField.tsx';
import type { SectionProps } from './plan-section.ts';

/** The realised effect of a measure in one year, with a comment; saving a year again replaces it. */
export function OutcomeForm({ view, measure, outcomes, onStatus }: SectionProps & { measure: MeasureView; outcomes: Outcome[] }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const qc = useQueryClient();
  const [year, setYear] = useState(String(view.years[0] ?? ''));
  const [amount, setAmount] = useState('');
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState(false);
  const existing = outcomes.find((o) => o.measureCode === measure.code && o.year === Number(year));
  const save = useMutation({
    mutationFn: (kronor: number) =>
      api.put<Outcome>(`${apiPaths.plan(view.plan.id)}/outcomes`, {
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
  const years = view.years.map((y) => ({ code: String(y), label: String(y) }));
  return (
    <Panel title={a.outcomeTitle}>
      <form className="inline-form" onSubmit={submit}>
        <TermSelect label={a.year} name="year" error={save.error} value={year} onChange={setYear} terms={years} />
        <MnkrField
          label={a.outcomeAmount}
          name="amount"
          error={save.error}
          value={amount}
          onChange={setAmount}
          invalid={invalid}
          required
        />
        <CommentField error={save.error} value={comment} onChange={setComment} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {a.outcomeSave}
        </button>
      </form>
      {invalid && (
        <p className="field-error" role="alert">
          {a.invalidAmount}
        </p>
      )}
      <MutationError mutation={save} onReload={() => void refreshAll(qc)} reloadText={a.reload} />
    </Panel>
  );
}

/** A measure's status as followed up, and for writers the form to change it with a comment. */
export function FollowUpPanel({ view, measure, writable, onStatus }: SectionProps & { measure: MeasureView }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const qc = useQueryClient();
  const statuses = view.vocabulary.statuses;
  const f = measure.followUp;
  const [statusCode, setStatusCode] = useState(measure.currentStatusCode);
  const [comment, setComment] = useState(f?.comment ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.put(`${apiPaths.plan(view.plan.id)}/follow-up`, {
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
    <Panel title={a.followUpTitle}>
      <p>
        <strong>{labelOf(measure.currentStatusCode)}</strong>
        {f?.comment ? ` – ${f.comment}` : ''}
      </p>
      <p className="meta">{f ? a.followUpBy(f.author, formatDateTime(f.updatedAt)) : a.followUpNone}</p>
      {writable && (
        <form className="inline-form" onSubmit={submit}>
          <TermSelect label={a.status} name="statusCode" error={save.error} value={statusCode} onChange={setStatusCode} terms={statuses} />
          <CommentField error={save.error} value={comment} onChange={setComment} />
          <button type="submit" disabled={save.isPending}>
            {a.followUpSave}
          </button>
        </form>
      )}
      <MutationError mutation={save} onReload={() => void refreshAll(qc)} reloadText={a.reload} />
    </Panel>
  );
}

function CommentField(props: { error: unknown; value: string; onChange: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t.actionPlans.comment} name="comment" error={props.error} className="wide">
      {(control) => <input {...control} value={props.value} maxLength={2000} onChange={(e) => props.onChange(e.target.value)} />}
    </Field>
  );
}
