import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { today } from '../dates.ts';
import { SaveError } from './ImportIssues.tsx';
import { Field } from './Field.tsx';

export interface DecideTexts {
  decideTitle: string;
  decidedOn: string;
  decisionRef: string;
  decide: string;
  decideConfirm: (title: string) => string;
  decideYes: string;
  cancel: string;
  reload: string;
  decidedStatus: (title: string) => string;
}

export interface DecideBody {
  decidedOn: string;
  decisionRef: string;
}

/** Deciding freezes a draft; the button asks once more before it does. */
export function DecidePanel<V extends { title: string }>(props: {
  /** The heading's level where the panel stands. */
  level: 2 | 3;
  texts: DecideTexts;
  /** The draft's title, for the question. */
  title: string;
  decide: (body: DecideBody) => Promise<V>;
  onStatus: (s: string) => void;
  /** Reloads what the decision (or a conflict) changed. */
  refresh: () => void;
}) {
  const { level, texts: x, title, decide: send, onStatus, refresh } = props;
  const id = useId();
  const [decidedOn, setDecidedOn] = useState(today());
  const [decisionRef, setDecisionRef] = useState('');
  const [confirming, setConfirming] = useState(false);
  const decide = useMutation({
    mutationFn: () => send({ decidedOn, decisionRef: decisionRef.trim() }),
    onSuccess: (after) => {
      setConfirming(false);
      onStatus(x.decidedStatus(after.title));
      refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConfirming(true);
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className="panel">
      <Heading id={id}>{x.decideTitle}</Heading>
      <form className="inline-form" onSubmit={submit}>
        <Field label={x.decidedOn} name="decidedOn" error={decide.error}>
          {(control) => <input {...control} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} required />}
        </Field>
        <Field label={x.decisionRef} name="decisionRef" error={decide.error}>
          {(control) => (
            <input {...control} value={decisionRef} maxLength={100} onChange={(e) => setDecisionRef(e.target.value)} required />
          )}
        </Field>
        {!confirming && <button type="submit">{x.decide}</button>}
      </form>
      {confirming && (
        <div className="notice">
          <p>{x.decideConfirm(title)}</p>
          <div className="buttons">
            <button type="button" className="primary" onClick={() => decide.mutate()} disabled={decide.isPending}>
              {x.decideYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {x.cancel}
            </button>
          </div>
        </div>
      )}
      <SaveError
        error={decide.error}
        onReload={() => {
          decide.reset();
          setConfirming(false);
          refresh();
        }}
        reloadText={x.reload}
      />
    </section>
  );
}
