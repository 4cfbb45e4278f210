import { useI18n } from '../../i18n.ts';

type Row = { field: string; before: unknown; after: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields whose values differ between before and after; everything for a creation or removal. */
export function changedFields(before: unknown, after: unknown): Row[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ field: k, before: b[k], after: a[k] }));
}

function show(v: unknown): string {
  if (v === undefined) return '–';
  if (v === null) return 'null';
  if (typeof v === 'string') return `”${v}”`;
  return JSON.stringify(v);
}

export function Changes({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useI18n();
  const rows = changedFields(before, after);
  const label = before === null || before === undefined ? t.audit.created : after === null || after === undefined ? t.audit.removed : null;
  if (rows.length === 0) return <span className="muted">{t.audit.noChanges}</span>;
  return (
    <>
      {label && <span className="tag">{label}</span>}
      <ul className="changes">
        {rows.map((r) => (
          <li key={r.field}>
            <span className="field-name">{r.field}</span>:{' '}
            {label ? (
              <span>{show(label === t.audit.removed ? r.before : r.after)}</span>
            ) : (
              <>
                <del>{show(r.before)}</del> → <ins>{show(r.after)}</ins>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
