import { useId } from 'react';
import { useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { qs, uploadType } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { FileUpload } from '../../components/FileUpload.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { GoalsLayout } from './GoalsLayout.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { useWritableGoalTree } from './GoalTreePage.tsx';
import { committeeApi, type IndicatorImportSummary } from './types.ts';
import { goalKeys } from '../../query-keys.ts';

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
  const { year, ready } = useEconomyPeriod(code);
  const { tree, writable } = useWritableGoalTree(actor, code, year, null, ready);
  return (
    <GoalsLayout code={code} page="data" year={year}>
      <p className="lead">{d.intro}</p>
      <section aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{d.exportTitle}</h2>
        <ExportLinks
          texts={d}
          label={d.valuesLabel}
          what={d.valuesWhat}
          href={(format) => `${committeeApi(code, 'indicator-data/export')}${qs({ format, table: 'values' })}`}
        />
        <ExportLinks
          texts={d}
          label={d.targetsLabel}
          what={d.targetsWhat}
          href={(format) => `${committeeApi(code, 'indicator-data/export')}${qs({ format, table: 'targets' })}`}
        />
        <p className="meta">{d.bothInFile}</p>
        <ExportLinks
          texts={d}
          label={d.goalsLabel(year)}
          what={d.goalsWhat(year)}
          href={(format) => `${committeeApi(code, 'goals/export')}${qs({ year, format })}`}
        />
      </section>
      {tree.data && (writable ? <IndicatorImportForm code={code} /> : <p className="muted">{d.readOnly}</p>)}
    </GoalsLayout>
  );
}

function IndicatorImportForm({ code }: { code: string }) {
  const { t } = useI18n();
  const d = t.goals.data;
  const qc = useQueryClient();
  return (
    <FileUpload<IndicatorImportSummary>
      title={d.importTitle}
      label={d.file}
      accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      url={(f) => `${committeeApi(code, 'indicator-data/import')}${qs({ filename: f.name })}`}
      contentType={(f) => indicatorUploadType(f.name)}
      onSuccess={() => void qc.invalidateQueries({ queryKey: goalKeys.all })}
      submitText={d.import}
      pendingText={d.importing}
      chooseFileText={d.chooseFile}
      summary={(s, { selected }) =>
        selected && {
          caption: d.summaryCaption(selected.name),
          rows: [
            [d.values, s.values],
            [d.targets, s.targets],
            [d.unchangedTargets, s.unchangedTargets],
          ],
        }
      }
    />
  );
}
