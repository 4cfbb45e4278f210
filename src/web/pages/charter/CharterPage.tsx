import { useQuery } from '@tanstack/react-query';
import type { CharterAnswer, CharterRule } from '../../../modules/charter/model.ts';
import { api, qs } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { today } from '../../dates.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { RuleTable } from './RuleTable.tsx';
import { charterKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SuggestField } from '../../components/SuggestField.tsx';
import { useFilterDraft, useSearchFilter } from '../../hooks/search-filter.ts';

interface Vocabulary {
  laws: string[];
  interventions: string[];
  targetGroups: string[];
}

const keys = ['law', 'age', 'intervention', 'targetGroup', 'date'] as const;
type Question = Record<(typeof keys)[number], string>;

export function CharterPage() {
  const { t } = useI18n();
  useTitle(t.charter.title);
  const { values: asked, apply: ask, formKey } = useSearchFilter(keys, { date: today() });
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

  return (
    <>
      <h1>{t.charter.title}</h1>
      <ErrorMessage error={vocabulary.error} />
      <LookupForm key={formKey} initial={asked} vocabulary={vocabulary.data} onAsk={ask} />
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
  const { draft: q, bind, submit } = useFilterDraft(initial, onAsk);
  return (
    <form onSubmit={submit} className="panel lookup" aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t.charter.formTitle}</h2>
      <div className="grid">
        <Field label={t.charter.law}>
          {(control) => (
            <select {...control} name="law" value={q.law} onChange={(e) => bind('law').onChange(e.target.value)} required>
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
        <InputField
          label={t.charter.age}
          {...bind('age')}
          input={{ name: 'age', type: 'number', min: 0, max: 130, inputMode: 'numeric' }}
        />
        <SuggestField label={t.charter.intervention} name="intervention" {...bind('intervention')} options={vocabulary?.interventions} />
        <SuggestField label={t.charter.targetGroup} name="targetGroup" {...bind('targetGroup')} options={vocabulary?.targetGroups} />
        <InputField label={t.charter.date} {...bind('date')} input={{ name: 'date', type: 'date', required: true }} />
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
