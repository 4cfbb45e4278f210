import { useQueryClient } from '@tanstack/react-query';
import { qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { FileUpload } from '../../components/FileUpload.tsx';
import { apiPaths, refreshAll, type TemplateImportSummary } from './api.ts';
import type { SectionProps } from './plan-section.ts';

const XLSX = 'application/octet-stream';
/** What an upload changed, each count under its own label. */
const counts = ['inserted', 'updated', 'deleted', 'effects'] as const satisfies readonly (keyof TemplateImportSummary)[];

/** Download the version as an xlsx template (empty or filled); a draft's writers upload it back, all or nothing. */
export function TemplatePanel({ view, writable, onStatus }: SectionProps) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const qc = useQueryClient();
  const v = view.version;
  const planId = view.plan.id;
  const versionLabel = `${a.versionTitle} ${v.number}`;
  const template = (filled: boolean) => `${apiPaths.version(planId, v.id)}/template${qs({ filled: String(filled) })}`;
  return (
    <FileUpload<TemplateImportSummary>
      title={a.templateTitle}
      label={a.uploadFile}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      url={(f) => `${apiPaths.version(planId, v.id)}/import${qs({ filename: f.name, version: v.version })}`}
      contentType={() => XLSX}
      onSuccess={(_summary, f) => {
        onStatus(a.uploaded(f.name));
        void refreshAll(qc);
      }}
      submitText={a.upload}
      pendingText={a.uploading}
      chooseFileText={a.chooseFile}
      writable={writable}
      readOnly={v.status === 'decided' && <p className="muted">{a.uploadDecided}</p>}
      summary={(s, { uploaded }) => ({
        caption: a.uploadSummaryCaption(uploaded.name),
        rows: counts.map((k) => [a[k], s[k]]),
      })}
    >
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
    </FileUpload>
  );
}
