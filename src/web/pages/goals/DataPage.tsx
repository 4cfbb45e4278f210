import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api, qs, uploadType } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { usePeriodParams } from '../economy/params.ts';
import { ImportError } from '../economy/ImportIssues.tsx';
import { GoalsLayout } from './GoalsLayout.tsx';
import { GoalDownloads } from './Downloads.tsx';
import { useGoalTree } from './GoalTreePage.tsx';
import { DEFAULT_YEAR, committeeApi, type IndicatorImportSummary } from './types.ts';

/** The content type an indicator file is sent with: json, xlsx or csv by its name. */
export function indicatorUploadType(name: string): string {
  return name.toLowerCase().endsWith('.json') ? 'application/json' : uploadType(name);
}

/** Export of values, targets and the goal tree; import of values and targets with every problem listed. */
export function DataPage({ actor }: { actor: Actor }) {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const d = t.goals.data;
  const id = useId();
  const { year } = usePeriodParams(DEFAULT_YEAR);
  const tree = useGoalTree(code, year, null);
  const writable = tree.data ? can.writeCommittee(actor, tree.data.committee.id) : false;
  return (
    <GoalsLayout code={code} page="data" year={year}>
      <p className="lead">{d.intro}</p>
      <section aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{d.exportTitle}</h2>
        <GoalDownloads label={d.valuesLabel} what={d.valuesWhat} href={(format) => `${committeeApi(code, 'indicator-data/export')}${qs({ format, table: 'values' })}`} />
        <GoalDownloads label={d.targetsLabel} what={d.targetsWhat} href={(format) => `${committeeApi(code, 'indicator-data/export')}${qs({ format, table: 'targets' })}`} />
        <p className="meta">{d.bothInFile}</p>
        <GoalDownloads label={d.goalsLabel(year)} what={d.goalsWhat(year)} href={(format) => `${committeeApi(code, 'goals/export')}${qs({ year, format })}`} />
      </section>
      {tree.data && (writable ? <IndicatorImportForm code={code} /> : <p className="muted">{d.readOnly}</p>)}
    </GoalsLayout>
  );
}

function IndicatorImportForm({ code }: { code: string }) {
  const { t } = useI18n();
  const d = t.goals.data;
  const id = useId();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => api.upload<IndicatorImportSummary>(`${committeeApi(code, 'indicator-data/import')}${qs({ filename: f.name })}`, f, indicatorUploadType(f.name)),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['goals'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissingFile(file === null);
    if (file) upload.mutate(file);
  };
  const s = upload.data;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{d.importTitle}</h2>
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-file`}>{d.file}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={missingFile || undefined}
          />
        </div>
        <button type="submit" className="primary" disabled={upload.isPending}>
          {upload.isPending ? d.importing : d.import}
        </button>
      </form>
      {missingFile && (
        <p className="field-error" role="alert">
          {d.chooseFile}
        </p>
      )}
      <ImportError error={upload.error} />
      {s && file && (
        <table className="import-summary">
          <caption>{d.summaryCaption(file.name)}</caption>
          <tbody>
            <tr>
              <th scope="row">{d.values}</th>
              <td>{s.values}</td>
            </tr>
            <tr>
              <th scope="row">{d.targets}</th>
              <td>{s.targets}</td>
            </tr>
            <tr>
              <th scope="row">{d.unchangedTargets}</th>
              <td>{s.unchangedTargets}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
