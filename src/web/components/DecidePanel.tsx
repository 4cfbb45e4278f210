import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { today } from '../dates.ts';
import { MutationError } from './ImportIssues.tsx';
import { TextField } from './Field.tsx';
import { ConfirmBox } from './ConfirmBox.tsx';
import { Panel } from './Panel.tsx';

export interface DecideTexts {
  decideTitle: string;
  decidedOn: string;
  decisionRef: string;
  decide: string;
  decideConfirm: (title: string) => string;
  decideYes: string;
  /** The yes button's text while a slow decision (rendering files) runs. */
  deciding?: string;
  cancel: string;
  reload: string;
  decidedStatus: (title: string) => string;
}

export interface DecideBody {
  decidedOn: string;
  decisionRef: string;
}

/** Deciding freezes a draft; the button asks once more before it does. */
export function DecidePanel(props: {
  /** The heading's level where the panel stands. */
  level: 2 | 3;
  texts: DecideTexts;
  /** The draft's title, for the question and the status line. */
  title: string;
  decide: (body: DecideBody) => Promise<unknown>;
  onStatus: (s: string) => void;
  /** Reloads what the decision (or a conflict) changed. */
  refresh: () => void;
  /** Why the draft cannot be decided yet: shown above the form, whose button waits until it is gone. */
  blocked?: string;
  decisionRefPlaceholder?: string;
}) {
  const { level, texts: x, title, decide: send, onStatus, refresh, blocked } = props;
  const [decidedOn, setDecidedOn] = useState(today());
  const [decisionRef, setDecisionRef] = useState('');
  const [confirming, setConfirming] = useState(false);
  const decide = useMutation({
    mutationFn: () => send({ decidedOn, decisionRef: decisionRef.trim() }),
    onSuccess: () => {
      setConfirming(false);
      onStatus(x.decidedStatus(title));
      refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConfirming(true);
  };
  return (
    <Panel title={x.decideTitle} level={level}>
      {blocked && <p className="notice">{blocked}</p>}
      <form className="inline-form" onSubmit={submit}>
        <TextField
          label={x.decidedOn}
          name="decidedOn"
          error={decide.error}
          type="date"
          value={decidedOn}
          onChange={setDecidedOn}
          required
        />
        <TextField
          label={x.decisionRef}
          name="decisionRef"
          error={decide.error}
          value={decisionRef}
          maxLength={100}
          placeholder={props.decisionRefPlaceholder}
          onChange={setDecisionRef}
          required
        />
        {!confirming && (
          <button type="submit" disabled={blocked !== undefined}>
            {x.decide}
          </button>
        )}
      </form>
      {confirming && (
        <ConfirmBox
          label={x.decideTitle}
          question={x.decideConfirm(title)}
          yes={x.decideYes}
          pendingYes={x.deciding}
          cancel={x.cancel}
          pending={decide.isPending}
          onYes={() => decide.mutate()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <MutationError
        mutation={decide}
        onReload={() => {
          setConfirming(false);
          refresh();
        }}
        reloadText={x.reload}
      />
    </Panel>
  );
}
