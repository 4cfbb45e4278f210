import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ImportError } from '../economy/ImportIssues.tsx';
import { apiPaths, refreshAll, type TemplateImportSummary, type VersionView } from './api.ts';

const XLSX = 'application/octet-stream';

/** Download the version as an xlsx template (empty or filled); a draft's writers upload it back, all or nothing. */
export function TemplatePanel({ planId, view, writable, onStatus }: { planId: number; view: VersionView; writable: boolean; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const v = view.version;
  const versionLabel = `${a.versionTitle} ${v.number}`;
  const template = (filled: boolean) => `${apiPaths.version(planId, v.id)}/template${qs({ filled: String(filled) })}`;
  const upload = useMutation({
    mutationFn: (f: File) => api.upload<TemplateImportSummary>(`${apiPaths.version(planId, v.id)}/import${qs({ filename: f.name, version: v.version })}`, f, XLSX),
    onSuccess: (_summary, f) => {
      onStatus(a.uploaded(f.name));
      void refreshAll(qc);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissingFile(file === null);
    if (file) upload.mutate(file);
  };
  const s = upload.data;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{a.templateTitle}</h2>
      <p>{a.templateIntro}</p>
      <ul className="link-list ap-template-links">
        <li>
          <a href={template(false)} download aria-label={a.templateEmptyLabel(versionLabel)}>
            {a.templateEmpty}
          </a>
        </li>
        <li>
          <a href={template(true)} download aria-label={a.templateFilledLabel(versionLabel)}>
            {a.templateFilled}
          </a>
        </li>
      </ul>
      {writable ? (
        <form className="inline-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-file`}>{a.uploadFile}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={missingFile || undefined}
            />
          </div>
          <button type="submit" className="primary" disabled={upload.isPending}>
            {upload.isPending ? a.uploading : a.upload}
          </button>
        </form>
      ) : (
        v.status === 'decided' && <p className="muted">{a.uploadDecided}</p>
      )}
      {missingFile && (
        <p className="field-error" role="alert">
          {a.chooseFile}
        </p>
      )}
      <ImportError error={upload.error} />
      {s && (
        <table className="import-summary">
          <caption>{a.uploadSummaryCaption(upload.variables?.name ?? '')}</caption>
          <tbody>
            <tr>
              <th scope="row">{a.inserted}</th>
              <td>{s.inserted}</td>
            </tr>
            <tr>
              <th scope="row">{a.updated}</th>
              <td>{s.updated}</td>
            </tr>
            <tr>
              <th scope="row">{a.deleted}</th>
              <td>{s.deleted}</td>
            </tr>
            <tr>
              <th scope="row">{a.effects}</th>
              <td>{s.effects}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
