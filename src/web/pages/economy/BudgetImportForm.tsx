import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, qs, uploadType } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ImportError } from './ImportIssues.tsx';
import { units, type Unit } from './units.ts';
import { economyApi, type BudgetImportSummary } from './types.ts';

/** A budget table from an xlsx (sheet "Driftsammandrag") or csv file, into a new draft; all or nothing. */
export function BudgetImportForm({ code, defaultYear, onImported }: { code: string; defaultYear: number; onImported: (id: number, title: string) => void }) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const i = t.economy.imports;
  const id = useId();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(String(defaultYear));
  const [title, setTitle] = useState('');
  const [unit, setUnit] = useState<Unit>('kr');
  const [missingFile, setMissingFile] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => {
      const y = Number(year);
      const q = qs({ year: y, title: title.trim() || v.defaultTitle(y), filename: f.name, unit });
      return api.upload<BudgetImportSummary>(`${economyApi(code, 'versions/import')}${q}`, f, uploadType(f.name));
    },
    onSuccess: (summary) => {
      void qc.invalidateQueries({ queryKey: ['economy'] });
      onImported(summary.budgetVersionId, summary.title);
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
      <h2 id={id}>{v.importTitle}</h2>
      <p className="meta">{v.importIntro}</p>
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-file`}>{i.fileLabel}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={missingFile || undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>{v.budgetYear}</label>
          <input id={`${id}-year`} type="number" min={1990} max={2100} step={1} className="year-input" value={year} onChange={(e) => setYear(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>{v.importTitleField}</label>
          <input id={`${id}-title`} value={title} maxLength={200} placeholder={v.defaultTitle(Number(year) || defaultYear)} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>{v.importUnit}</label>
          <select id={`${id}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={upload.isPending}>
          {upload.isPending ? v.importing : v.import}
        </button>
      </form>
      {missingFile && (
        <p className="field-error" role="alert">
          {i.chooseFile}
        </p>
      )}
      <ImportError error={upload.error} />
      {s && (
        <table className="import-summary">
          <caption>{v.importSummaryCaption(s.title)}</caption>
          <tbody>
            <tr>
              <th scope="row">{v.importLines}</th>
              <td>{s.lines}</td>
            </tr>
            <tr>
              <th scope="row">{v.importYears}</th>
              <td>{s.years.join(', ')}</td>
            </tr>
            <tr>
              <th scope="row">{v.importControls}</th>
              <td>{s.controlTotals}</td>
            </tr>
            <tr>
              <th scope="row">{v.importSkipped}</th>
              <td>{s.skippedColumns.length > 0 ? s.skippedColumns.join(', ') : v.noneShort}</td>
            </tr>
            {s.note && (
              <tr>
                <th scope="row">{v.importNote}</th>
                <td>{s.note}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
