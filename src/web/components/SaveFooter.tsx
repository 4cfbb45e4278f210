import { SaveError } from './ImportIssues.tsx';

/**
 * The end of a save form: a refused save (a stale version offers to reload), the primary submit
 * button, which waits while the save runs, and the status line that announces what was saved.
 */
export function SaveFooter(props: {
  error: unknown;
  onReload: () => void;
  reloadText: string;
  pending: boolean;
  save: string;
  saving: string;
  status: string;
}) {
  return (
    <>
      <SaveError error={props.error} onReload={props.onReload} reloadText={props.reloadText} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={props.pending}>
          {props.pending ? props.saving : props.save}
        </button>
      </div>
      <p role="status" className="status">
        {props.status}
      </p>
    </>
  );
}
