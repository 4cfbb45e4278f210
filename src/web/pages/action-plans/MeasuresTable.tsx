import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n.ts';
import { CaptionedTable, type Column } from '../../components/CaptionedTable.tsx';
import { effectText, rangeText } from './amounts.ts';
import { paths, type GroupBy, type MeasureView } from './api.ts';
import type { SectionProps } from './plan-section.ts';
import { TermSelect } from './TermSelect.tsx';
import { RadioChoice } from './RadioChoice.tsx';
import { MeasureEditor } from './MeasureEditor.tsx';
import { AddMeasure } from './AddMeasure.tsx';
import { effectOf } from './effect-entries.ts';

/** The measures of a version, grouped by area or target group and filtered by status; a draft's rows can be edited in place. */
export function MeasuresSection({ code, view, writable: editable, onStatus }: SectionProps & { code: string }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const [groupBy, setGroupBy] = useState<GroupBy>('area');
  const [statusFilter, setStatusFilter] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const vocab = view.vocabulary;
  const label = (terms: { code: string; label: string }[], c: string | null) =>
    c === null ? a.noneGroup : (terms.find((x) => x.code === c)?.label ?? c);
  const groups = groupBy === 'area' ? vocab.areas : vocab.targetGroups;
  const shown = view.measures.filter((m) => statusFilter === '' || m.statusCode === statusFilter);
  const groupOf = (m: MeasureView) => (groupBy === 'area' ? m.areaCode : m.targetGroupCode);
  const codes = [...groups.map((g) => g.code as string | null), ...shown.map(groupOf).filter((c) => !groups.some((g) => g.code === c))];
  const sections = [...new Set(codes)]
    .map((c) => ({ code: c, label: label(groups, c), measures: shown.filter((m) => groupOf(m) === c) }))
    .filter((s) => s.measures.length > 0);
  // the grouped-by column is left out: its value heads each group
  const headings: Column[] = [
    { label: a.code },
    { label: a.measure },
    { label: groupBy === 'area' ? a.targetGroup : a.area },
    { label: a.status },
    { label: a.fullYear, num: true },
    ...view.years.map((y) => ({ label: a.effectYear(y), num: true })),
    ...(editable ? [{ label: a.actions }] : []),
  ];
  const caption = a.measuresCaption(view.version.title, shown.length);
  const labels = { partialYear: a.partialYear, qualitative: a.qualitative, none: a.none };
  const editingMeasure = view.measures.find((m) => m.id === editing) ?? null;

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.measuresTitle}</h2>
      <div className="ap-tools">
        <RadioChoice
          legend={a.groupBy}
          options={['area', 'target_group'] as const}
          labels={a.groupByOptions}
          value={groupBy}
          onChange={setGroupBy}
        />
        <TermSelect
          label={a.filterStatus}
          value={statusFilter}
          onChange={setStatusFilter}
          terms={vocab.statuses}
          emptyLabel={a.allStatuses}
        />
      </div>
      <CaptionedTable caption={caption} className="amounts ap-measures" columns={headings}>
        {sections.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={headings.length}>{a.noMeasures}</td>
            </tr>
          </tbody>
        )}
        {sections.map((s) => (
          <tbody key={s.code ?? '-'}>
            <tr>
              <th scope="rowgroup" colSpan={headings.length} className="group-head">
                {s.label}
              </th>
            </tr>
            {s.measures.map((m) => (
              <tr key={m.id}>
                <td>{m.code}</td>
                <th scope="row" className="title-cell">
                  <Link to={paths.measure(code, view.plan.id, m.id, view.version.id)}>{m.title}</Link>
                </th>
                <td>{groupBy === 'area' ? label(vocab.targetGroups, m.targetGroupCode) : label(vocab.areas, m.areaCode)}</td>
                <td>{label(vocab.statuses, m.statusCode)}</td>
                <td className="num">{rangeText(m.fullYearMin, m.fullYearMax) ?? a.none}</td>
                {view.years.map((y) => (
                  <td key={y} className="num">
                    {effectText(effectOf(m, y, 'reduction'), labels)}
                  </td>
                ))}
                {editable && (
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={editing === m.id}
                      aria-label={a.editLabel(m.code)}
                      onClick={() => setEditing(editing === m.id ? null : m.id)}
                    >
                      {a.edit}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </CaptionedTable>
      <p className="meta">
        {a.unitNote} {a.partialYearNote} {a.costNote}
      </p>
      {editable && editingMeasure && (
        <MeasureEditor
          key={`${editingMeasure.id}-${editingMeasure.version}`}
          planId={view.plan.id}
          view={view}
          measure={editingMeasure}
          onDone={(msg) => {
            setEditing(null);
            onStatus(msg);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {editable && <AddMeasure view={view} onStatus={onStatus} />}
    </section>
  );
}
