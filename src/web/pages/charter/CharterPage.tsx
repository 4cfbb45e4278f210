import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { CharterAnswer, CharterRule } from '../../../modules/charter/model.ts';
import { api, qs } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { today } from '../../dates.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { RuleTable } from './RuleTable.tsx';
import { charterKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';

interface Vocabulary {
  laws: string[];
  interventions: string[];
  targetGroups: string[];
}

interface Question {
  law: string;
  age: string;
  intervention: string;
  targetGroup: string;
  date: string;
}

const keys = ['law', 'age', 'intervention', 'targetGroup', 'date'] as const;

export function CharterPage() {
  const { t } = useI18n();
  useTitle(t.charter.title);
  const [params, setParams] = useSearchParams();
  const asked: Question = {
    law: params.get('law') ?? '',
    age: params.get('age') ?? '',
    intervention: params.get('intervention') ?? '',
    targetGroup: params.get('targetGroup') ?? '',
    date: params.get('date') ?? today(),
  };
  const vocabulary = useQuery({ queryKey: charterKeys.vocabulary, queryFn: () => api.get<Vocabulary>('/api/charter/vocabulary') });
  const lookup = useQuery({
    queryKey: charterKeys.lookup(asked),
    queryFn: () => api.get<{ answer: CharterAnswer }>(`/api/charter/lookup${qs({ ...asked })}`),
    enabled: asked.law !== '',
  });
  const rules = useQuery({
    queryKey: charterKeys.rules(asked.date),
    queryFn: () => api.get<CharterRule[]>(`/api/charter/rules${qs({ asOf: asked.date })}`),
  });

  const ask = (q: Question) => {
    const next = new URLSearchParams();
    for (const k of keys) if (q[k].trim()) next.set(k, q[k].trim());
    setParams(next);
  };

  return (
    <>
      <h1>{t.charter.title}</h1>
      <ErrorMessage error={vocabulary.error} />
      <LookupForm key={params.toString()} initial={asked} vocabulary={vocabulary.data} onAsk={ask} />
      <section aria-labelledby="answer-title" aria-live="polite">
        {asked.law && <h2 id="answer-title">{t.charter.resultTitle}</h2>}
        {lookup.isFetching && <Loading />}
        <ErrorMessage error={lookup.error} />
        {lookup.data && <Answer answer={lookup.data.answer} />}
      </section>
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t.charter.rulesCaption(asked.date)}</h2>
        <ErrorMessage error={rules.error} />
        {rules.data && <RuleTable caption={t.charter.rulesCaption(asked.date)} rules={rules.data} />}
      </section>
    </>
  );
}

function LookupForm({
  initial,
  vocabulary,
  onAsk,
}: {
  initial: Question;
  vocabulary: Vocabulary | undefined;
  onAsk: (q: Question) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState(initial);
  const set = (k: keyof Question) => (e: { target: { value: string } }) => setQ({ ...q, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAsk(q);
  };
  return (
    <form onSubmit={submit} className="panel lookup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.charter.formTitle}</h2>
      <div className="grid">
        <Field label={t.charter.law}>
          {(control) => (
            <select {...control} name="law" value={q.law} onChange={set('law')} required>
              <option value="">{t.charter.chooseLaw}</option>
              {vocabulary?.laws.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
              {q.law && !vocabulary?.laws.includes(q.law) && <option value={q.law}>{q.law}</option>}
            </select>
          )}
        </Field>
        <Field label={t.charter.age}>
          {(control) => (
            <input {...control} name="age" type="number" min={0} max={130} inputMode="numeric" value={q.age} onChange={set('age')} />
          )}
        </Field>
        <div className="field">
          <label htmlFor={`${id}-int`}>{t.charter.intervention}</label>
          <input
            id={`${id}-int`}
            name="intervention"
            list={`${id}-int-list`}
            value={q.intervention}
            onChange={set('intervention')}
            autoComplete="off"
          />
          <datalist id={`${id}-int-list`}>
            {vocabulary?.interventions.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tg`}>{t.charter.targetGroup}</label>
          <input
            id={`${id}-tg`}
            name="targetGroup"
            list={`${id}-tg-list`}
            value={q.targetGroup}
            onChange={set('targetGroup')}
            autoComplete="off"
          />
          <datalist id={`${id}-tg-list`}>
            {vocabulary?.targetGroups.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </div>
        <Field label={t.charter.date}>
          {(control) => <input {...control} name="date" type="date" value={q.date} onChange={set('date')} required />}
        </Field>
      </div>
      <button type="submit" className="primary">
        {t.charter.lookup}
      </button>
    </form>
  );
}

function Answer({ answer }: { answer: CharterAnswer }) {
  const { t } = useI18n();
  if (answer.status === 'none') return <p className="notice">{t.charter.none}</p>;
  if (answer.status === 'ambiguous') {
    return (
      <>
        <p className="notice">{t.charter.ambiguous}</p>
        <RuleTable caption={t.charter.candidates} rules={answer.candidates} />
      </>
    );
  }
  const { rule } = answer;
  const others = answer.candidates.filter((r) => r.id !== rule.id);
  return (
    <>
      <div className="answer panel">
        <p className="answer-committee">{t.charter.found(`${rule.committeeName} (${rule.committeeCode})`)}</p>
        <dl>
          <dt>{t.charter.rule}</dt>
          <dd>
            {rule.law}: {rule.description}
          </dd>
          <dt>{t.validity}</dt>
          <dd>{t.validFromTo(rule.validFrom, rule.validTo)}</dd>
          <dt>{t.source}</dt>
          <dd>{rule.sourceNote ?? '–'}</dd>
        </dl>
      </div>
      {others.length > 0 && <RuleTable caption={t.charter.candidates} rules={others} />}
    </>
  );
}
