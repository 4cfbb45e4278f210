import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { api, qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { usePeriodParams } from '../economy/params.ts';
import { ImportError } from '../economy/ImportIssues.tsx';
import { ScrollTable } from '../economy/ScrollTable.tsx';
import { GoalsLayout } from './GoalsLayout.tsx';
import { KpiSearch } from './KpiSearch.tsx';
import { useBenchmarkGroups } from './KoladaBinding.tsx';
import { formatTime } from './format.ts';
import { DEFAULT_YEAR, type KoladaImportSummary } from './types.ts';

/** Reading and refreshing the shared Kolada cache is for administrators and controllers (as on the server). */
const mayImport = (actor: Actor) => actor.role === 'admin' || actor.role === 'controller';

/** KPI search in the cache, the benchmark groups, and import of a saved Kolada JSON file. */
export function KoladaPage({ actor }: { actor: Actor }) {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const k = t.goals.kolada;
  const id = useId();
  const { year } = usePeriodParams(DEFAULT_YEAR);
  const groups = useBenchmarkGroups();
  return (
    <GoalsLayout code={code} page="kolada" year={year}>
      <p className="lead">{k.intro}</p>
      <section aria-labelledby={`${id}-search`}>
        <h2 id={`${id}-search`}>{k.searchTitle}</h2>
        <KpiSearch />
      </section>
      <section aria-labelledby={`${id}-groups`}>
        <h2 id={`${id}-groups`}>{k.groupsTitle}</h2>
        <ErrorMessage error={groups.error} />
        {groups.data && (
          <ScrollTable label={k.groupsCaption}>
            <table>
              <caption>{k.groupsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{k.group}</th>
                  <th scope="col">{k.members}</th>
                </tr>
              </thead>
              <tbody>
                {groups.data.map((grp) => (
                  <tr key={grp.id}>
                    <th scope="row">
                      {grp.code} – {grp.name}
                      {grp.koladaGroupId && <span className="meta"> (Kolada {grp.koladaGroupId})</span>}
                    </th>
                    <td>{grp.members.map((m) => `${m.name} (${m.code})`).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      {mayImport(actor) ? <KoladaImportForm /> : <p className="muted">{k.importReadOnly}</p>}
    </GoalsLayout>
  );
}

function KoladaImportForm() {
  const { t } = useI18n();
  const k = t.goals.kolada;
  const id = useId();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => api.upload<KoladaImportSummary>(`/api/kolada/import${qs({ filename: f.name })}`, f, 'application/json'),
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
      <h2 id={id}>{k.importTitle}</h2>
      <p className="meta">{k.importIntro}</p>
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-file`}>{k.file}</label>
          <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-invalid={missingFile || undefined} />
        </div>
        <button type="submit" className="primary" disabled={upload.isPending}>
          {upload.isPending ? k.importing : k.import}
        </button>
      </form>
      {missingFile && (
        <p className="field-error" role="alert">
          {k.chooseFile}
        </p>
      )}
      <ImportError error={upload.error} />
      {s && (
        <table className="import-summary">
          <caption>{k.summaryCaption(s.source)}</caption>
          <tbody>
            <tr>
              <th scope="row">{k.pages}</th>
              <td>{s.pages}</td>
            </tr>
            <tr>
              <th scope="row">{k.values}</th>
              <td>{s.values}</td>
            </tr>
            <tr>
              <th scope="row">{k.missingValues}</th>
              <td>{s.missingValues}</td>
            </tr>
            <tr>
              <th scope="row">{k.kpis}</th>
              <td>{s.kpis}</td>
            </tr>
            <tr>
              <th scope="row">{k.municipalities}</th>
              <td>{s.municipalities}</td>
            </tr>
            <tr>
              <th scope="row">{k.groups}</th>
              <td>{s.groupsUpdated.length > 0 ? s.groupsUpdated.join(', ') : k.noneShort}</td>
            </tr>
            <tr>
              <th scope="row">{k.fetchedAt}</th>
              <td>{formatTime(s.fetchedAt, t.goals.locale)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
