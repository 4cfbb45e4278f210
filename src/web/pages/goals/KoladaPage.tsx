import { useId } from 'react';
import { useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { qs } from '../../api.ts';
import { formatDateTime } from '../../../core/format.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { FileUpload } from '../../components/FileUpload.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { GoalsLayout } from './GoalsLayout.tsx';
import { KpiSearch } from './KpiSearch.tsx';
import { useBenchmarkGroups } from './KoladaBinding.tsx';

import { type KoladaImportSummary } from './types.ts';
import { goalKeys } from '../../query-keys.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

/** Reading and refreshing the shared Kolada cache is for administrators and controllers (as on the server). */
const mayImport = (actor: Actor) => actor.role === 'admin' || actor.role === 'controller';

/** KPI search in the cache, the benchmark groups, and import of a saved Kolada JSON file. */
export function KoladaPage({ actor }: { actor: Actor }) {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const k = t.goals.kolada;
  const id = useId();
  const { year } = useEconomyPeriod(code);
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
              <TableHead columns={[{ label: k.group }, { label: k.members }]} />
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
  const qc = useQueryClient();
  return (
    <FileUpload<KoladaImportSummary>
      title={k.importTitle}
      label={k.file}
      accept=".json,application/json"
      url={(f) => `/api/kolada/import${qs({ filename: f.name })}`}
      contentType={() => 'application/json'}
      onSuccess={() => void qc.invalidateQueries({ queryKey: goalKeys.all })}
      submitText={k.import}
      pendingText={k.importing}
      chooseFileText={k.chooseFile}
      summary={(s) => ({
        caption: k.summaryCaption(s.source),
        rows: [
          [k.pages, s.pages],
          [k.values, s.values],
          [k.missingValues, s.missingValues],
          [k.kpis, s.kpis],
          [k.municipalities, s.municipalities],
          [k.groups, s.groupsUpdated.length > 0 ? s.groupsUpdated.join(', ') : k.noneShort],
          [k.fetchedAt, formatDateTime(s.fetchedAt, t.goals.locale)],
        ],
      })}
    >
      <p className="meta">{k.importIntro}</p>
    </FileUpload>
  );
}
