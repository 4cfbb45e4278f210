import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ErrorMessage } from './common.tsx';
import { Field } from './Field.tsx';
import { Panel } from './Panel.tsx';

export interface ReviseTexts {
  reviseTitle: string;
  revisionTitle: string;
  revisionReason: string;
  revise: string;
}

export interface ReviseBody {
  title: string;
  reason: string;
}

/**
 * Revising starts a new draft as a copy of a decided version, with a reason; the decided one stays
 * as it is. The companion of `DecidePanel`.
 */
export function RevisePanel<V>(props: {
  /** The heading's level where the panel stands. */
  level: 2 | 3;
  texts: ReviseTexts;
  /** The new version's title: where it starts, and whether it must be given. A required title is asked first. */
  title: { initial: string; required: boolean };
  /** The API's names of the two fields, to show its messages beside them. */
  fieldNames: { title: string; reason: string };
  revise: (body: ReviseBody) => Promise<V>;
  onCreated: (created: V) => void;
}) {
  const { level, texts: x, title: titleRule, fieldNames, revise: send, onCreated } = props;
  const [title, setTitle] = useState(titleRule.initial);
  const [reason, setReason] = useState('');
  const revise = useMutation({
    mutationFn: () => send({ title: title.trim(), reason: reason.trim() }),
    onSuccess: (created) => {
      setReason('');
      setTitle(titleRule.initial);
      onCreated(created);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    revise.mutate();
  };
  const titleField = (
    <Field label={x.revisionTitle} name={fieldNames.title} error={revise.error} className="wide">
      {(control) => (
        <input {...control} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required={titleRule.required} />
      )}
    </Field>
  );
  return (
    <Panel title={x.reviseTitle} level={level}>
      <form className="inline-form" onSubmit={submit}>
        {titleRule.required && titleField}
        <Field label={x.revisionReason} name={fieldNames.reason} error={revise.error} className="wide">
          {(control) => <input {...control} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        {!titleRule.required && titleField}
        <button type="submit" disabled={revise.isPending}>
          {x.revise}
        </button>
      </form>
      <ErrorMessage error={revise.error} />
    </Panel>
  );
}
