/**
 * The second question before a step that cannot be undone (deciding, closing a month): the
 * question, a primary yes and a way back. Both buttons wait while the step runs.
 */
export function ConfirmBox(props: {
  question: string;
  yes: string;
  /** The yes button's text while the step runs, where it takes a while. */
  pendingYes?: string;
  cancel: string;
  pending: boolean;
  onYes: () => void;
  onCancel: () => void;
  /** Names the box as a group, for a screen reader landing inside it. */
  label?: string;
}) {
  const { question, yes, pendingYes, cancel, pending, onYes, onCancel, label } = props;
  return (
    <div className="notice" role={label ? 'group' : undefined} aria-label={label}>
      <p>{question}</p>
      <div className="buttons">
        <button type="button" className="primary" onClick={onYes} disabled={pending}>
          {pending && pendingYes ? pendingYes : yes}
        </button>
        <button type="button" onClick={onCancel} disabled={pending}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
