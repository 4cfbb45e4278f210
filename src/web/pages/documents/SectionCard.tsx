import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatText, parseText } from '../../../documents/text.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { SaveError } from '../../components/ImportIssues.tsx';
import { type DocumentDetail, type StoredSection } from './api.ts';
import { documentKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';

type Section = DocumentDetail['sections'][number];

/** Headings inside a data block sit one level below the section's own h3. */
const demote = (html: string) => html.replace(/<(\/?)h3>/g, '<$1h4>').replace(/<(\/?)h2>/g, '<$1h3>');

/** One section: written text with its status and note, or a live preview of its data blocks. */
export function SectionCard({
  documentId,
  section,
  writable,
  onStatus,
}: {
  documentId: number;
  section: Section;
  writable: boolean;
  onStatus: (s: string) => void;
}) {
  const { t } = useI18n();
  const d = t.documents;
  const headingId = useId();
  return (
    <section id={`sektion-${section.sectionId}`} aria-labelledby={headingId} className={`doc-section ${section.kind}`}>
      <h3 id={headingId}>
        {section.title}
        {section.kind === 'text' && (
          <>
            {' '}
            <span className={`status-tag ${section.status === 'done' ? 'decided' : 'draft'}`}>{d.sectionStatuses[section.status]}</span>
          </>
        )}
      </h3>
      {section.kind === 'block' ? (
        <div
          className="doc-preview"
          role="region"
          aria-label={d.editor.blockLabel(section.title)}
          tabIndex={0}
          dangerouslySetInnerHTML={{ __html: demote(section.previewHtml ?? '') }}
        />
      ) : writable ? (
        <TextEditor documentId={documentId} section={section} onStatus={onStatus} />
      ) : (
        <ReadOnlyText section={section} />
      )}
    </section>
  );
}

function ReadOnlyText({ section }: { section: StoredSection }) {
  const { t } = useI18n();
  if (section.paragraphs.length === 0) return <p className="muted">{t.documents.editor.noText}</p>;
  const out: ReactNode[] = [];
  let list: string[] = [];
  const flush = (key: number) => {
    if (list.length > 0)
      out.push(
        <ul key={`ul-${key}`}>
          {list.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>,
      );
    list = [];
  };
  section.paragraphs.forEach((p, i) => {
    if (p.type === 'li') list.push(p.text);
    else {
      flush(i);
      out.push(<p key={i}>{p.text}</p>);
    }
  });
  flush(section.paragraphs.length);
  return <div className="doc-text">{out}</div>;
}

function TextEditor({ documentId, section, onStatus }: { documentId: number; section: StoredSection; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const d = t.documents;
  const id = useId();
  const qc = useQueryClient();
  const saved = formatText(section.paragraphs);
  const [text, setText] = useState(saved);
  const [note, setNote] = useState(section.note ?? '');
  const dirty = text !== saved || note !== (section.note ?? '');
  const refresh = () => qc.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
  const save = useMutation({
    mutationFn: () =>
      api.put(`/api/document-sections/${section.id}/text`, {
        version: section.version,
        paragraphs: parseText(text),
        note: note.trim() || null,
      }),
    onSuccess: () => {
      onStatus(d.editor.saved(section.title));
      void refresh();
    },
  });
  const mark = useMutation({
    mutationFn: (status: 'draft' | 'done') => api.put(`/api/document-sections/${section.id}/status`, { version: section.version, status }),
    onSuccess: (_r, status) => {
      onStatus(d.editor.statusChanged(section.title, d.sectionStatuses[status] ?? status));
      void refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="text-editor" onSubmit={submit}>
      {section.prompt && <p className="meta">{section.prompt}</p>}
      <div className="field">
        <label htmlFor={`${id}-text`}>{d.editor.textLabel(section.title)}</label>
        <textarea
          id={`${id}-text`}
          rows={Math.min(16, Math.max(5, text.split('\n').length + 1))}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-help`}
        />
        <p id={`${id}-help`} className="meta">
          {d.editor.textHelp}
        </p>
      </div>
      <Field label={d.editor.noteLabel} name="note" error={save.error}>
        {(control) => <input {...control} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="buttons">
        <button type="submit" className="primary" disabled={save.isPending || !dirty}>
          {save.isPending ? d.editor.saving : d.editor.save}
        </button>
        <button type="button" disabled={mark.isPending || dirty} onClick={() => mark.mutate(section.status === 'done' ? 'draft' : 'done')}>
          {section.status === 'done' ? d.editor.markDraft : d.editor.markDone}
        </button>
        {dirty && <span className="muted">{d.editor.unsaved}</span>}
      </div>
      {section.author && <p className="meta">{d.editor.author(section.author)}</p>}
      <SaveError
        error={save.error ?? mark.error}
        onReload={() => {
          save.reset();
          mark.reset();
          void refresh();
        }}
        reloadText={d.editor.reload}
      />
    </form>
  );
}
