import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { api, qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { SaveError } from '../../components/ImportIssues.tsx';
import { effectText, mnkrInput, parseMnkr, rangeText } from './amounts.ts';
import { apiPaths, paths, refreshAll, type Effect, type GroupBy, type MeasureView, type VersionView } from './api.ts';
import { TermSelect } from './TermSelect.tsx';
import { RadioChoice } from './RadioChoice.tsx';
import { Field } from '../../components/Field.tsx';
import { TableHead } from '../../components/CaptionedTable.tsx';
import { required } from '../../../core/required.ts';

type Kind = Effect['kind'];
interface EffectEntry {
  min: string;
  max: string;
  partial: boolean;
  qualitative: string;
  note: string;
}
const emptyEntry: EffectEntry = { min: '', max: '', partial: false, qualitative: '', note: '' };
const entryOf = (e: Effect | undefined): EffectEntry =>
  e
    ? {
        min: mnkrInput(e.amountMin),
        max: e.amountMax !== null && e.amountMax !== e.amountMin ? mnkrInput(e.amountMax) : '',
        partial: e.isPartialYear,
        qualitative: e.qualitative ?? '',
        note: e.note,
      }
    : emptyEntry;
const effectOf = (m: MeasureView, year: number, kind: Kind) => m.effects.find((e) => e.year === year && e.kind === kind);

/** The measures of a version, grouped by area or target group and filtered by status; a draft's rows can be edited in place. */
export function MeasuresSection({
  code,
  view,
  editable,
  onStatus,
}: {
  code: string;
  view: VersionView;
  editable: boolean;
  onStatus: (s: string) => void;
}) {
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
  const columns = 5 + view.years.length + (editable ? 1 : 0);
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
      <ScrollTable label={caption}>
        <table className="amounts ap-measures">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.code}</th>
              <th scope="col">{a.measure}</th>
              <th scope="col">{groupBy === 'area' ? a.targetGroup : a.area}</th>
              <th scope="col">{a.status}</th>
              <th scope="col" className="num">
                {a.fullYear}
              </th>
              {view.years.map((y) => (
                <th key={y} scope="col" className="num">
                  {a.effectYear(y)}
                </th>
              ))}
              {editable && <th scope="col">{a.actions}</th>}
            </tr>
          </thead>
          {sections.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={columns}>{a.noMeasures}</td>
              </tr>
            </tbody>
          )}
          {sections.map((s) => (
            <tbody key={s.code ?? '-'}>
              <tr>
                <th scope="rowgroup" colSpan={columns} className="group-head">
                  {s.label}
                </th>
              </tr>
              {s.measures.map((m) => {
                return (
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
                );
              })}
            </tbody>
          ))}
        </table>
      </ScrollTable>
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

interface MeasureResponse {
  id: number;
  version: number;
  code: string;
}

/** Fields and yearly effects of one measure in a draft; each change is saved with the version the editor started from. */
function MeasureEditor({
  planId,
  view,
  measure,
  onDone,
  onCancel,
}: {
  planId: number;
  view: VersionView;
  measure: MeasureView;
  onDone: (msg: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const qc = useQueryClient();
  const vocab = view.vocabulary;
  const [title, setTitle] = useState(measure.title);
  const [area, setArea] = useState(measure.areaCode);
  const [group, setGroup] = useState(measure.targetGroupCode ?? '');
  const [statusCode, setStatusCode] = useState(measure.statusCode);
  const [owner, setOwner] = useState(measure.owner);
  const [fullMin, setFullMin] = useState(mnkrInput(measure.fullYearMin));
  const [fullMax, setFullMax] = useState(measure.fullYearMax !== measure.fullYearMin ? mnkrInput(measure.fullYearMax) : '');
  const initial = () =>
    new Map(
      view.years.flatMap((y) =>
        (['reduction', 'implementation_cost'] as const).map((k) => [`${y}:${k}`, entryOf(effectOf(measure, y, k))] as const),
      ),
    );
  const [entries, setEntries] = useState<Map<string, EffectEntry>>(initial);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const entry = (y: number, k: Kind) => entries.get(`${y}:${k}`) ?? emptyEntry;
  const setEntry = (y: number, k: Kind, patch: Partial<EffectEntry>) =>
    setEntries((prev) => new Map(prev).set(`${y}:${k}`, { ...(prev.get(`${y}:${k}`) ?? emptyEntry), ...patch }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const range = (minText: string, maxText: string) => {
      const min = parseMnkr(minText);
      const max = maxText.trim() === '' ? min : parseMnkr(maxText);
      if (
        min === undefined ||
        max === undefined ||
        (min === null) !== (max === null) ||
        (min !== null && max !== null && (min < 0 || max < min))
      )
        return undefined;
      return { min, max };
    };
    const full = range(fullMin, fullMax);
    const effects = view.years.flatMap((y) =>
      (['reduction', 'implementation_cost'] as const).map((k) => {
        const en = entry(y, k);
        return { y, k, en, r: range(en.min, en.max), before: effectOf(measure, y, k) };
      }),
    );
    if (!full || effects.some((x) => !x.r)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSaving(true);
    try {
      // every field is sent, also the ones this editor does not show: the API fills a missing field with its default
      let current = await api.patch<MeasureResponse>(apiPaths.measure(planId, measure.id), {
        version: measure.version,
        code: measure.code,
        title: title.trim(),
        description: measure.description,
        areaCode: area,
        targetGroupCode: group || null,
        owner: owner.trim(),
        statusCode,
        consequenceCitizen: measure.consequenceCitizen,
        consequenceOperations: measure.consequenceOperations,
        consequenceChild: measure.consequenceChild,
        goalLinks: measure.goalLinks,
        decisionRef: measure.decisionRef,
        fullYearMin: full.min,
        fullYearMax: full.max,
        sortOrder: measure.sortOrder,
        sourceNote: measure.sourceNote,
        activityIds: measure.activityIds,
      });
      for (const { y, k, en, r, before } of effects) {
        const qualitative = k === 'reduction' && en.qualitative ? en.qualitative : null;
        const amounts = required(r, 'an amount range checked above');
        const empty = amounts.min === null && qualitative === null;
        const next = {
          amountMin: amounts.min,
          amountMax: amounts.max,
          isPartialYear: k === 'reduction' && en.partial,
          qualitative,
          note: k === 'reduction' ? en.note.trim() : (before?.note ?? ''),
        };
        if (empty) {
          if (before)
            current = await api.delete<MeasureResponse>(
              `${apiPaths.measure(planId, measure.id)}/effects${qs({ year: y, kind: k, version: current.version })}`,
            );
          continue;
        }
        const same =
          before &&
          before.amountMin === next.amountMin &&
          before.amountMax === next.amountMax &&
          before.isPartialYear === next.isPartialYear &&
          before.qualitative === next.qualitative &&
          before.note === next.note;
        if (same) continue;
        current = await api.put<MeasureResponse>(`${apiPaths.measure(planId, measure.id)}/effects`, {
          version: current.version,
          year: y,
          kind: k,
          ...next,
        });
      }
      await refreshAll(qc);
      onDone(a.saved(measure.code));
    } catch (err) {
      setError(err);
      void refreshAll(qc);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="ap-editor panel" onSubmit={(e) => void save(e)} aria-labelledby={id}>
      <h3 id={id} ref={heading} tabIndex={-1}>
        {a.editTitle(measure.code, measure.title)}
      </h3>
      <div className="grid">
        <Field label={a.measure} name="title" error={error} className="wide">
          {(control) => <input {...control} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <TermSelect label={a.area} name="areaCode" error={error} value={area} onChange={setArea} terms={vocab.areas} />
        <TermSelect
          label={a.targetGroup}
          name="targetGroupCode"
          error={error}
          value={group}
          onChange={setGroup}
          terms={vocab.targetGroups}
          emptyLabel={a.noneGroup}
        />
        <TermSelect label={a.status} name="statusCode" error={error} value={statusCode} onChange={setStatusCode} terms={vocab.statuses} />
        <Field label={a.owner} name="owner" error={error}>
          {(control) => <input {...control} value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />}
        </Field>
        <Field label={a.fullYearMin} name="fullYearMin" error={error}>
          {(control) => <input {...control} inputMode="decimal" value={fullMin} onChange={(e) => setFullMin(e.target.value)} />}
        </Field>
        <Field label={a.fullYearMax} name="fullYearMax" error={error}>
          {(control) => <input {...control} inputMode="decimal" value={fullMax} onChange={(e) => setFullMax(e.target.value)} />}
        </Field>
      </div>
      <table className="ap-effects-edit">
        <caption>{a.effectsCaption(measure.code)}</caption>
        <TableHead
          columns={[
            { label: a.year },
            { label: a.reductionMin },
            { label: a.reductionMax },
            { label: a.partial },
            { label: a.qualitativeLabel },
            { label: a.note },
            { label: a.costMin },
            { label: a.costMax },
          ]}
        />
        <tbody>
          {view.years.map((y) => {
            const r = entry(y, 'reduction');
            const c = entry(y, 'implementation_cost');
            const l = (field: string) => a.fieldLabel(field, y, measure.code);
            return (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td>
                  <input
                    type="text"
                    inputMode="decimal"
                    aria-label={l(a.reductionMin)}
                    value={r.min}
                    aria-invalid={invalid || undefined}
                    onChange={(e) => setEntry(y, 'reduction', { min: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    inputMode="decimal"
                    aria-label={l(a.reductionMax)}
                    value={r.max}
                    onChange={(e) => setEntry(y, 'reduction', { max: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={l(a.partial)}
                    checked={r.partial}
                    onChange={(e) => setEntry(y, 'reduction', { partial: e.target.checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={l(a.qualitativeLabel)}
                    value={r.qualitative}
                    onChange={(e) => setEntry(y, 'reduction', { qualitative: e.target.value })}
                  >
                    <option value="">{a.noQualitative}</option>
                    {Object.entries(a.qualitative).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="text"
                    className="note-input"
                    aria-label={l(a.note)}
                    value={r.note}
                    maxLength={1000}
                    onChange={(e) => setEntry(y, 'reduction', { note: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    inputMode="decimal"
                    aria-label={l(a.costMin)}
                    value={c.min}
                    onChange={(e) => setEntry(y, 'implementation_cost', { min: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    inputMode="decimal"
                    aria-label={l(a.costMax)}
                    value={c.max}
                    onChange={(e) => setEntry(y, 'implementation_cost', { max: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {invalid && (
        <p className="field-error" role="alert">
          {a.invalidAmount}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? a.saving : a.save}
        </button>
        <button type="button" onClick={onCancel}>
          {a.cancel}
        </button>
      </div>
      <SaveError
        error={error}
        onReload={() => {
          setError(null);
          onCancel();
        }}
        reloadText={a.reload}
      />
    </form>
  );
}

function AddMeasure({ view, onStatus }: { view: VersionView; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const qc = useQueryClient();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [area, setArea] = useState(view.vocabulary.areas[0]?.code ?? '');
  const [statusCode, setStatusCode] = useState(view.vocabulary.statuses[0]?.code ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaving(true);
    try {
      const sortOrder = Math.max(0, ...view.measures.map((m) => m.sortOrder)) + 10;
      await api.post(`${apiPaths.version(view.plan.id, view.version.id)}/measures`, {
        code: code.trim(),
        title: title.trim(),
        areaCode: area,
        statusCode,
        sortOrder,
      });
      onStatus(a.added(code.trim()));
      setCode('');
      setTitle('');
      await refreshAll(qc);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section aria-labelledby={id} className="panel">
      <h3 id={id}>{a.addTitle}</h3>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <Field label={a.code} name="code" error={error}>
          {(control) => (
            <input {...control} className="code-input" value={code} maxLength={20} onChange={(e) => setCode(e.target.value)} required />
          )}
        </Field>
        <Field label={a.measure} name="title" error={error} className="wide">
          {(control) => <input {...control} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <TermSelect label={a.area} name="areaCode" error={error} value={area} onChange={setArea} terms={view.vocabulary.areas} />
        <TermSelect
          label={a.status}
          name="statusCode"
          error={error}
          value={statusCode}
          onChange={setStatusCode}
          terms={view.vocabulary.statuses}
        />
        <button type="submit" disabled={saving}>
          {a.add}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
