import { formatDateTime } from '../../../core/format.ts';
import { labelOf, useI18n } from '../../i18n.ts';
import type { Revision } from './types.ts';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const ignored = new Set(['version', 'updated_at', 'updatedAt', 'revisionReason', 'revision_reason']);

/** What changed in each revision: the fields whose value differs before and after. */
export function changedFields(r: Revision): { field: string; before: string; after: string }[] {
  const keys = new Set([...Object.keys(r.before ?? {}), ...Object.keys(r.after ?? {})]);
  return [...keys]
    .filter((k) => !ignored.has(k) && shown(r.before?.[k]) !== shown(r.after?.[k]))
    .map((k) => ({ field: k, before: shown(r.before?.[k]), after: shown(r.after?.[k]) }));
}

export function RevisionTable({ revisions, caption }: { revisions: Revision[]; caption: string }) {
  const { t } = useI18n();
  const r = t.goals.revisions;
  return (
    <CaptionedTable
      caption={caption}
      className="revisions-table"
      columns={[{ label: r.at }, { label: r.what }, { label: r.reason }, { label: r.changes }]}
    >
      <tbody>
        {revisions.map((x) => {
          const changes = changedFields(x);
          return (
            <tr key={x.id}>
              <th scope="row" className="nowrap">
                {formatDateTime(x.at, t.goals.locale)}
              </th>
              <td>
                {labelOf(r.entity, x.entityType)} <span className="code">{x.entityId}</span>
              </td>
              <td>{x.reason}</td>
              <td>
                {changes.length === 0 ? (
                  <span className="muted">{r.noChange}</span>
                ) : (
                  <ul className="change-list">
                    {changes.map((c) => (
                      <li key={c.field}>{r.field(c.field, c.before, c.after)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </CaptionedTable>
  );
}
