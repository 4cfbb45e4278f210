import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '../../../core/format.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { formatAmount, parseKronor } from './units.ts';
import { economyApi, type FollowUpReport, type ForecastRow } from './types.ts';
import { economyKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';
import { MutationError } from '../../components/ImportIssues.tsx';

type Proposal = FollowUpReport['proposals'][number];

interface Props {
  code: string;
  year: number;
  month: number;
  proposal: Proposal;
  closed: boolean;
  onSaved: (label: string) => void;
}

/**
 * One activity's full-year forecast for the month. The version seen when the page loaded goes
 * with the save, so a forecast someone else changed in the meantime is not overwritten.
 */
export function ForecastCard({ code, year, month, proposal: p, closed, onSaved }: Props) {
  const { t } = useI18n();
  const f = t.economy.forecast;
  const id = useId();
  const qc = useQueryClient();
  const [amount, setAmount] = useState(p.current ? formatAmount(p.current.amount, 'kr') : '');
  const [comment, setComment] = useState(p.current?.comment ?? '');
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (value: number) =>
      api.put<ForecastRow>(economyApi(code, 'forecasts'), {
        activityId: p.activityId,
        year,
        month,
        amount: value,
        comment: comment.trim(),
        version: p.current?.version ?? 0,
      }),
    onSuccess: () => {
      onSaved(p.label);
      void qc.invalidateQueries({ queryKey: economyKeys.followUp(code) });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = parseKronor(amount);
    setInvalid(value === null);
    if (value !== null) save.mutate(value);
  };
  const disabled = closed || save.isPending;
  const kr = (v: number) => formatAmount(v, 'kr', true);

  return (
    <form className="forecast-card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{p.label}</h3>
      <dl className="forecast-figures">
        <dt>{f.outcomeToDate}</dt>
        <dd>{kr(p.outcomeToDate)}</dd>
        <dt>{f.budget}</dt>
        <dd>{kr(p.budget)}</dd>
        <dt>{f.proposal}</dt>
        <dd>{kr(p.proposal)}</dd>
        <dt>{f.previous}</dt>
        <dd>{p.previous === null ? f.none : kr(p.previous)}</dd>
      </dl>
      <div className="field">
        <label htmlFor={`${id}-amount`}>{f.amount}</label>
        <input
          id={`${id}-amount`}
          name="amount"
          inputMode="numeric"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          disabled={closed}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          required
        />
        {invalid && (
          <p id={`${id}-invalid`} className="field-error">
            {f.invalidAmount}
          </p>
        )}
      </div>
      <div className="buttons">
        <button type="button" onClick={() => setAmount(formatAmount(p.proposal, 'kr'))} disabled={closed}>
          {f.useProposal}
        </button>
        <button
          type="button"
          onClick={() => p.previous !== null && setAmount(formatAmount(p.previous, 'kr'))}
          disabled={closed || p.previous === null}
        >
          {f.keepPrevious}
        </button>
      </div>
      <Field label={f.comment} name="comment" error={save.error}>
        {(control) => (
          <input
            {...control}
            name="comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            disabled={closed}
            maxLength={1000}
          />
        )}
      </Field>
      <div className="buttons">
        <button type="submit" className="primary" disabled={disabled} aria-label={f.saveLabel(p.label)}>
          {save.isPending ? f.saving : f.save}
        </button>
      </div>
      {p.current && <p className="meta">{f.lastChanged(p.current.author, formatDateTime(p.current.updatedAt))}</p>}
      <div aria-live="assertive">
        <MutationError
          mutation={save}
          onReload={() => void qc.invalidateQueries({ queryKey: economyKeys.followUp(code) })}
          reloadText={f.reload}
        />
      </div>
    </form>
  );
}
