import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { documentsPath, useCommittee, useDocument, type DocumentDetail } from './api.ts';
import { SectionCard } from './SectionCard.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { DecideDocument, DownloadsPanel, PublishPanel } from './DecidePanel.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

/** The document editor: sections in order, text and live data blocks, checks, decision, files, versions. */
export function DocumentPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const d = t.documents;
  const { code = '', id = '' } = useParams();
  const committee = useCommittee(code);
  const detail = useDocument(Number(id));
  const canWrite = committee.data ? can.writeCommittee(actor, committee.data.id) : false;
  useTitle(
    detail.data
      ? d.pageTitle(`${detail.data.document.title} (v${detail.data.document.number})`, detail.data.document.committeeName)
      : d.title,
  );
  return (
    <>
      <p className="back-link">
        <Link to={documentsPath(code)}>{d.editor.back}</Link>
      </p>
      {detail.isPending && <Loading />}
      <ErrorMessage error={detail.error} />
      {detail.data && <Editor detail={detail.data} canWrite={canWrite} />}
    </>
  );
}

function Editor({ detail, canWrite }: { detail: DocumentDetail; canWrite: boolean }) {
  const { t } = useI18n();
  const d = t.documents;
  const [status, setStatus] = useState('');
  const doc = detail.document;
  const decided = doc.status === 'decided';
  const writable = canWrite && !decided;
  return (
    <>
      <h1>
        {doc.title} – {doc.committeeName}
      </h1>
      <p className="meta">
        {d.editor.meta(d.types[doc.type], d.period(doc.year, doc.month), doc.number)} ·{' '}
        <span className={`status-tag ${doc.status}`}>{d.statuses[doc.status]}</span>
      </p>
      <p className="notice">
        {decided && detail.frozen ? d.editor.decidedNote(detail.frozen.decidedOn, detail.frozen.decisionRef) : d.editor.draftNote}
      </p>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      <nav aria-label={d.editor.sectionsNav} className="doc-toc">
        <ol>
          {detail.sections.map((s) => (
            <li key={s.id}>
              <a href={`#sektion-${s.sectionId}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <FindingsPanel detail={detail} writable={writable} onStatus={setStatus} />
      <section aria-labelledby="doc-sections" className="doc-sections">
        <h2 id="doc-sections">{d.editor.sectionsTitle}</h2>
        {detail.sections.map((s) => (
          <SectionCard key={`${s.id}-${s.version}`} documentId={doc.id} section={s} writable={writable} onStatus={setStatus} />
        ))}
      </section>
      <DownloadsPanel detail={detail} />
      {writable && <DecideDocument detail={detail} onStatus={setStatus} />}
      <VersionsPanel detail={detail} canWrite={canWrite} onStatus={setStatus} />
      {decided && (canWrite || detail.publication) && <PublishPanel detail={detail} canWrite={canWrite} onStatus={setStatus} />}
    </>
  );
}
