import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { qs, uploadType } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { FileUpload, SPREADSHEET_ACCEPT } from '../../components/FileUpload.tsx';
import { units, type Unit } from './units.ts';
import { economyApi, type BudgetImportSummary } from './types.ts';
import { economyKeys } from '../../query-keys.ts';
import { SelectField, YearField } from '../../components/Field.tsx';
import { DraftTitleField, draftTitle } from './DraftTitleField.tsx';

/** A budget table from an xlsx (sheet "Driftsammandrag") or csv file, into a new draft; all or nothing. */
export function BudgetImportForm({
  code,
  defaultYear,
  onImported,
}: {
  code: string;
  defaultYear: number;
  onImported: (id: number, title: string) => void;
}) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const i = t.economy.imports;
  const qc = useQueryClient();
  const [year, setYear] = useState(String(defaultYear));
  const [title, setTitle] = useState('');
  const [unit, setUnit] = useState<Unit>('kr');
  return (
    <FileUpload<BudgetImportSummary>
      title={v.importTitle}
      label={i.fileLabel}
      accept={SPREADSHEET_ACCEPT}
      url={(f) => {
        const y = Number(year);
        return `${economyApi(code, 'versions/import')}${qs({ year: y, title: draftTitle(title, y, v), filename: f.name, unit })}`;
      }}
      contentType={(f) => uploadType(f.name)}
      onSuccess={(summary) => {
        void qc.invalidateQueries({ queryKey: economyKeys.all });
        onImported(summary.budgetVersionId, summary.title);
      }}
      fields={
        <>
          <YearField label={v.budgetYear} value={year} onChange={setYear} />
          <DraftTitleField label={v.importTitleField} year={year} defaultYear={defaultYear} value={title} onChange={setTitle} />
          <SelectField label={v.importUnit} value={unit} options={units} optionLabel={(u) => u} onChange={setUnit} />
        </>
      }
      submitText={v.import}
      pendingText={v.importing}
      chooseFileText={i.chooseFile}
      summary={(s) => ({
        caption: v.importSummaryCaption(s.title),
        rows: [
          [v.importLines, s.lines],
          [v.importYears, s.years.join(', ')],
          [v.importControls, s.controlTotals],
          [v.importSkipped, s.skippedColumns.length > 0 ? s.skippedColumns.join(', ') : v.noneShort],
          ...(s.note ? [[v.importNote, s.note] as const] : []),
        ],
      })}
    >
      <p className="meta">{v.importIntro}</p>
    </FileUpload>
  );
}
