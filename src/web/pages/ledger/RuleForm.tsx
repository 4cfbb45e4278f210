import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { Field } from '../../components/Field.tsx';
import { activityLabel, type FlatActivity } from '../../hooks/activities.ts';
import type { LedgerMapping } from '../economy/types.ts';
import type { MappingRule } from '../../../modules/ledger/model.ts';

/** What the form sends: a rule without its id, which the server gives. */
export type RuleFields = Omit<MappingRule, 'id'>;

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The fields of a mapping rule; used for a new rule and for changing one. */
export function RuleForm(props: {
  rule: LedgerMapping | null;
  activities: FlatActivity[];
  submitText: string;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: RuleFields) => void;
  onCancel?: () => void;
  errorSlot?: ReactNode;
}) {
  const { rule, activities, submitText, pending, error, onSubmit, onCancel, errorSlot } = props;
  const { t } = useI18n();
  const l = t.economy.ledger;
  const [costCentre, setCostCentre] = useState(rule?.costCentre ?? '');
  const [activityCode, setActivityCode] = useState(rule?.activityCode ?? '');
  const [accountFrom, setAccountFrom] = useState(rule?.accountFrom ?? '');
  const [accountTo, setAccountTo] = useState(rule?.accountTo ?? '');
  const [activityId, setActivityId] = useState(rule ? String(rule.activityId) : '');
  const [priority, setPriority] = useState(String(rule?.priority ?? 0));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      costCentre: orNull(costCentre),
      activityCode: orNull(activityCode),
      accountFrom: orNull(accountFrom),
      accountTo: orNull(accountTo),
      activityId: Number(activityId),
      priority: Number(priority) || 0,
    });
  };
  const field = (
    name: string,
    label: string,
    value: string,
    set: (v: string) => void,
    extra: { inputMode?: 'numeric'; maxLength?: number; className?: string } = {},
  ) => (
    <Field label={label} name={name} error={error}>
      {(control) => <input {...control} value={value} onChange={(e) => set(e.target.value)} autoComplete="off" {...extra} />}
    </Field>
  );
  return (
    <form className="inline-form rule-form" onSubmit={submit}>
      {field('costCentre', l.costCentre, costCentre, setCostCentre, { maxLength: 41, className: 'code-input' })}
      {field('activityCode', l.activityCode, activityCode, setActivityCode, { maxLength: 41, className: 'code-input' })}
      {field('accountFrom', l.accountFrom, accountFrom, setAccountFrom, { inputMode: 'numeric', maxLength: 4, className: 'account-input' })}
      {field('accountTo', l.accountTo, accountTo, setAccountTo, { inputMode: 'numeric', maxLength: 4, className: 'account-input' })}
      <Field label={l.activity} name="activityId" error={error}>
        {(control) => (
          <select {...control} value={activityId} onChange={(e) => setActivityId(e.target.value)} required>
            <option value="">{l.chooseActivity}</option>
            {activities.map((a) => (
              <option key={a.id} value={a.id}>
                {activityLabel(a, activities)} ({a.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      {field('priority', l.priority, priority, setPriority, { inputMode: 'numeric', maxLength: 5, className: 'account-input' })}
      <div className="buttons">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? l.saving : submitText}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {l.cancel}
          </button>
        )}
      </div>
      {errorSlot ?? <ErrorMessage error={error} />}
    </form>
  );
}
