import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { MutationError } from '../../components/ImportIssues.tsx';
import { type DocumentDetail, type Finding } from './api.ts';
import { documentKeys } from '../../query-keys.ts';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';

/** The checks of the document with a link to each place; open ones can be acknowledged with a reason. */
export function FindingsPanel({
  detail,
  writable,
  onStatus,
}: {
  detail: DocumentDetail;
  writable: boolean;
  onStatus: (s: string) => void;
}) {
  const { t } = useI18n();
  const f = t.documents.findings;
  const id = useId();
  const open = detail.findings.filter((x) => x.acknowledgement === null).length;
  const titleOf = new Map(detail.sections.map((s) => [s.sectionId, s.title]));
  return (
    <section aria-labelledby={id} className={open > 0 ? 'panel findings has-findings' : 'panel findings'}>
      <h2 id={id}>{f.title}</h2>
      <p className="findings-count">
        <strong>{f.count(open, detail.findings.length)}</strong>
      </p>
      {open > 0 && writable && <p>{f.intro}</p>}
      {detail.findings.length > 0 && (
        <Collapsed collapsed={open === 0} summary={f.showAll(detail.findings.length)}>
          <CaptionedTable
            caption={f.caption}
            className="findings-table"
            columns={[{ label: f.where }, { label: f.message }, { label: f.state }]}
          >
            <tbody>
              {detail.findings.map((x) => (
                <tr key={x.key} className={x.acknowledgement ? 'acknowledged' : 'open'}>
                  <td>
                    <a href={`#sektion-${x.sectionId}`}>{titleOf.get(x.sectionId) ?? x.sectionId}</a>
                  </td>
                  <th scope="row" className="finding-message">
                    {x.message}
                  </th>
                  <td>
                    {x.acknowledgement ? (
                      <span className="muted">{f.acknowledged(x.acknowledgement.actorName, x.acknowledgement.reason)}</span>
                    ) : writable ? (
                      <Acknowledge documentId={detail.document.id} finding={x} onStatus={onStatus} />
                    ) : (
                      <strong>{f.open}</strong>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
        </Collapsed>
      )}
    </section>
  );
}

/** Once every check is acknowledged, the list folds away behind a summary. */
function Collapsed({ collapsed, summary, children }: { collapsed: boolean; summary: string; children: ReactNode }) {
  if (!collapsed) return <>{children}</>;
  return (
    <details>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

function Acknowledge({ documentId, finding, onStatus }: { documentId: number; finding: Finding; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const f = t.documents.findings;
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const ack = useMutation({
    mutationFn: () => api.post(`/api/documents/${documentId}/acknowledgements`, { findingKey: finding.key, reason: reason.trim() }),
    onSuccess: () => {
      onStatus(f.done);
      void qc.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ack.mutate();
  };
  return (
    <form className="acknowledge-form" onSubmit={submit}>
      <input
        aria-label={f.reasonLabel(finding.message)}
        placeholder={f.reason}
        value={reason}
        maxLength={1000}
        onChange={(e) => setReason(e.target.value)}
        required
      />
      <button type="submit" aria-label={f.acknowledgeLabel(finding.message)} disabled={ack.isPending}>
        {f.acknowledge}
      </button>
      <MutationError
        mutation={ack}
        onReload={() => void qc.invalidateQueries({ queryKey: documentKeys.detail(documentId) })}
        reloadText={t.documents.editor.reload}
      />
    </form>
  );
}
