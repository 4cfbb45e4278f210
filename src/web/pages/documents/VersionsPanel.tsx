import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { documentPath, type DocumentDetail, type StoredDocument } from './api.ts';
import { documentKeys } from '../../query-keys.ts';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';
import { Panel } from '../../components/Panel.tsx';

/** Every version of the document, links to compare with the one shown, and a new version from a decided one. */
export function VersionsPanel({
  detail,
  canWrite,
  onStatus,
}: {
  detail: DocumentDetail;
  canWrite: boolean;
  onStatus: (s: string) => void;
}) {
  const { t } = useI18n();
  const v = t.documents.versions;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const doc = detail.document;
  const code = doc.committeeCode;
  const hasDraft = detail.editions.some((e) => e.status === 'draft');
  const create = useMutation({
    mutationFn: () => api.post<StoredDocument>(`/api/documents/${doc.id}/new-version`, {}),
    onSuccess: (created) => {
      onStatus(v.created(created.number));
      void qc.invalidateQueries({ queryKey: documentKeys.all });
      void navigate(documentPath(code, created.id));
    },
  });
  return (
    <Panel title={v.title}>
      <CaptionedTable caption={v.caption} columns={[{ label: v.version }, { label: v.status }, { label: v.decided }, { label: v.actions }]}>
        <tbody>
          {detail.editions.map((e) => (
            <tr key={e.id} aria-current={e.id === doc.id ? 'true' : undefined} className={e.id === doc.id ? 'selected' : undefined}>
              <th scope="row">{e.id === doc.id ? `v${e.number}` : <Link to={documentPath(code, e.id)}>v{e.number}</Link>}</th>
              <td>
                <span className={`status-tag ${e.status}`}>{t.documents.statuses[e.status]}</span>
              </td>
              <td>{e.decidedOn ? `${e.decidedOn}, ${e.decisionRef}` : '–'}</td>
              <td>
                {e.id === doc.id ? (
                  <span className="muted">{v.current}</span>
                ) : (
                  <Link to={`${documentPath(code, doc.id)}/jamfor/${e.id}`}>{v.compareLabel(e.number)}</Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
      {canWrite && doc.status === 'decided' && !hasDraft && (
        <>
          <p className="meta">{v.newVersionHelp}</p>
          <button type="button" onClick={() => create.mutate()} disabled={create.isPending}>
            {v.newVersion}
          </button>
        </>
      )}
      <ErrorMessage error={create.error} />
    </Panel>
  );
}
