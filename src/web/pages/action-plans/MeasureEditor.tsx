import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { SaveError } from '../../components/ImportIssues.tsx';
import { Field } from '../../components/Field.tsx';
import { required } from '../../../core/required.ts';
import { mnkrInput } from './amounts.ts';
import { apiPaths, refreshAll, type MeasureView, type VersionView } from './api.ts';
import { TermSelect } from './TermSelect.tsx';
import { EffectsEditTable } from './EffectsEditTable.tsx';
import { MnkrField } from './MnkrField.tsx';
import {
  amountRange,
  effectBody,
  effectOf,
  emptyEntry,
  entryOf,
  kinds,
  sameEffect,
  type EffectEntry,
  type Kind,
} from './effect-entries.ts';

interface MeasureResponse {
  id: number;
  version: number;
  code: string;
}

/** Fields and yearly effects of one measure in a draft; each change is saved with the version the editor started from. */
export function MeasureEditor({
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
  const initial = () => new Map(view.years.flatMap((y) => kinds.map((k) => [`${y}:${k}`, entryOf(effectOf(measure, y, k))] as const)));
  const [entries, setEntries] = useState<Map<string, EffectEntry>>(initial);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const setEntry = (y: number, k: Kind, patch: Partial<EffectEntry>) =>
    setEntries((prev) => new Map(prev).set(`${y}:${k}`, { ...(prev.get(`${y}:${k}`) ?? emptyEntry), ...patch }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const full = amountRange(fullMin, fullMax);
    const effects = view.years.flatMap((y) =>
      kinds.map((k) => {
        const en = entries.get(`${y}:${k}`) ?? emptyEntry;
        return { y, k, en, r: amountRange(en.min, en.max), before: effectOf(measure, y, k) };
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
      const effectsPath = `${apiPaths.measure(planId, measure.id)}/effects`;
      for (const { y, k, en, r, before } of effects) {
        const next = effectBody(k, en, required(r, 'an amount range checked above'), before);
        if (next === null) {
          if (before) current = await api.delete<MeasureResponse>(`${effectsPath}${qs({ year: y, kind: k, version: current.version })}`);
        } else if (!before || !sameEffect(before, next)) {
          current = await api.put<MeasureResponse>(effectsPath, { version: current.version, year: y, kind: k, ...next });
        }
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
        <MnkrField label={a.fullYearMin} name="fullYearMin" error={error} value={fullMin} onChange={setFullMin} />
        <MnkrField label={a.fullYearMax} name="fullYearMax" error={error} value={fullMax} onChange={setFullMax} />
      </div>
      <EffectsEditTable measureCode={measure.code} years={view.years} entries={entries} invalid={invalid} onChange={setEntry} />
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
