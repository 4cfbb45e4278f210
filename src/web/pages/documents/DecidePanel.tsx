import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { formatDate } from '../../../core/format.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { formats, type DocumentDetail } from './api.ts';
import { documentKeys } from '../../query-keys.ts';
import { DecidePanel } from '../../components/DecidePanel.tsx';
import { Panel } from '../../components/Panel.tsx';

const useRefresh = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: documentKeys.all });
};

/** Deciding records date and § and freezes the document; open findings must be dealt with first. */
export function DecideDocument({ detail, onStatus }: { detail: DocumentDetail; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const d = t.documents.decide;
  const refresh = useRefresh();
  const doc = detail.document;
  const open = detail.findings.filter((f) => f.acknowledgement === null).length;
  return (
    <DecidePanel
      level={2}
      texts={{
        decideTitle: d.title,
        decidedOn: d.decidedOn,
        decisionRef: d.reference,
        decide: d.submit,
        decideConfirm: () => d.confirm(`${doc.title} (v${doc.number})`),
        decideYes: d.yes,
        deciding: d.deciding,
        cancel: d.cancel,
        reload: t.documents.editor.reload,
        decidedStatus: d.done,
      }}
      title={doc.title}
      decide={(body) => api.post(`/api/documents/${doc.id}/decide`, { version: doc.version, ...body })}
      onStatus={onStatus}
      refresh={() => void refresh()}
      blocked={open > 0 ? d.openFindings(open) : undefined}
      decisionRefPlaceholder="§ 12"
    />
  );
}

/** Plain links: the browser downloads the file with the session cookie. */
export function DownloadsPanel({ detail }: { detail: DocumentDetail }) {
  const { t } = useI18n();
  const d = t.documents;
  return (
    <Panel title={d.downloads.title}>
      <p className="meta">{detail.frozen ? d.downloads.frozen : d.downloads.live}</p>
      <ul className="download-list">
        {formats.map((f) => (
          <li key={f}>
            <a
              className="button-link"
              href={`/api/documents/${detail.document.id}/file/${f}`}
              download
              aria-label={d.downloads.label(d.formats[f])}
            >
              {d.formats[f]}
            </a>
            {detail.frozen?.hashes[f] && (
              <span className="hash meta">
                {' '}
                {d.downloads.hash} <code>{detail.frozen.hashes[f].slice(0, 16)}…</code>
              </span>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** A decided version as a public page at a stable address, beside its PDF; withdrawn with a reason. */
export function PublishPanel({ detail, canWrite, onStatus }: { detail: DocumentDetail; canWrite: boolean; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const p = t.documents.publish;
  const refresh = useRefresh();
  const publish = useMutation({
    mutationFn: () => api.post(`/api/documents/${detail.document.id}/publish`, {}),
    onSuccess: () => {
      onStatus(p.done);
      void refresh();
    },
  });
  const pub = detail.publication;
  return (
    <Panel title={p.title}>
      {pub?.withdrawal ? (
        <p className="notice">{p.withdrawn(formatDate(pub.withdrawal.at), pub.withdrawal.by, pub.withdrawal.reason)}</p>
      ) : pub ? (
        <>
          <p>
            {p.published}{' '}
            <a href={pub.url}>
              {window.location.origin}
              {pub.url}
            </a>{' '}
            · <a href={pub.pdfUrl}>{p.pdf}</a>
          </p>
          {canWrite && <WithdrawForm documentId={detail.document.id} onStatus={onStatus} />}
        </>
      ) : (
        <>
          <p>{p.help}</p>
          {canWrite && (
            <button type="button" className="primary" onClick={() => publish.mutate()} disabled={publish.isPending}>
              {p.submit}
            </button>
          )}
        </>
      )}
      <ErrorMessage error={publish.error} />
    </Panel>
  );
}

/** Withdrawing asks for the reason the public address will show, then asks once more. */
function WithdrawForm({ documentId, onStatus }: { documentId: number; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const p = t.documents.publish;
  const id = useId();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => api.post(`/api/documents/${documentId}/withdraw`, { reason: reason.trim() }),
    onSuccess: () => {
      setOpen(false);
      onStatus(p.withdrawnDone);
      void refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    withdraw.mutate();
  };
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {p.withdraw}
      </button>
    );
  return (
    <form className="notice" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{p.withdraw}</h3>
      <p id={`${id}-help`}>{p.withdrawHelp}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{p.reason}</label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          maxLength={1000}
          rows={3}
          required
          aria-describedby={`${id}-help`}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="buttons">
        <button type="submit" className="primary" disabled={withdraw.isPending || reason.trim() === ''}>
          {withdraw.isPending ? p.withdrawing : p.confirmWithdraw}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            withdraw.reset();
          }}
          disabled={withdraw.isPending}
        >
          {p.cancel}
        </button>
      </div>
      <ErrorMessage error={withdraw.error} />
    </form>
  );
}
