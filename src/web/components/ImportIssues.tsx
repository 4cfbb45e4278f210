import { ApiError } from '../api.ts';
import { useI18n } from '../i18n.ts';
import { CaptionedTable } from './CaptionedTable.tsx';

/** A failed import: the message, and where in the file each problem is. Nothing was changed. */
export function ImportError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const i = t.economy.imports;
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const rows = error instanceof ApiError ? error.rows : [];
  return (
    <div role="alert" className="error import-error">
      <p>{message}</p>
      {rows.length > 0 && (
        <CaptionedTable
          caption={i.caption(rows.length)}
          className="import-issues"
          columns={[{ label: i.file }, { label: i.row, num: true }, { label: i.column }, { label: i.reason }]}
        >
          <tbody>
            {rows.map((r, n) => (
              <tr key={`${r.row}-${r.column}-${n}`}>
                <td>{r.file}</td>
                <td className="num">{r.row}</td>
                <td>{r.column}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </CaptionedTable>
      )}
    </div>
  );
}

/** A save that failed; a stale version (409) offers to reload what is stored now. */
export function SaveError({ error, onReload, reloadText }: { error: unknown; onReload: () => void; reloadText: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <div role="alert" className="error">
      <p>{message}</p>
      {conflict && (
        <button type="button" onClick={onReload}>
          {reloadText}
        </button>
      )}
    </div>
  );
}

/** What a failed mutation offers MutationError: its error, and a reset that clears it. */
export interface Resettable {
  error: unknown;
  reset: () => void;
}

/** SaveError for a mutation: reloading after a conflict also clears the failed save. */
export function MutationError({ mutation, onReload, reloadText }: { mutation: Resettable; onReload: () => void; reloadText: string }) {
  return (
    <SaveError
      error={mutation.error}
      onReload={() => {
        mutation.reset();
        onReload();
      }}
      reloadText={reloadText}
    />
  );
}
