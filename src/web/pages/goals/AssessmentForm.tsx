import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n.ts';
import { SaveFooter } from '../../components/SaveFooter.tsx';
import { ColourBadge } from './Signals.tsx';
import { COLOURS, type AssessmentRow, type Colour } from './types.ts';
import { goalKeys } from '../../query-keys.ts';

interface Props {
  subjectType: 'indicator' | 'committee_goal';
  subjectId: number;
  subjectName: string;
  year: number;
  month: number | null;
  suggested: Colour;
  current: AssessmentRow | null;
}

/**
 * The set colour beside the rules' suggestion. The analysis is required when the two differ; the
 * server decides (it recomputes the suggestion) and its message is shown as it is.
 */
export function AssessmentForm(props: Props) {
  const { t } = useI18n();
  const a = t.goals.assess;
  const id = useId();
  const qc = useQueryClient();
  const [colour, setColour] = useState<Colour>(props.current?.colour ?? props.suggested);
  const [analysis, setAnalysis] = useState(props.current?.analysis ?? '');
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.post<AssessmentRow>('/api/assessments', {
        subjectType: props.subjectType,
        subjectId: props.subjectId,
        year: props.year,
        month: props.month,
        colour,
        analysis,
      }),
    onSuccess: (row) => {
      setStatus(a.saved(t.goals.colourNames[row.colour]));
      void qc.invalidateQueries({ queryKey: goalKeys.all });
    },
    onMutate: () => setStatus(''),
  });
  const differs = colour !== props.suggested;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="assessment-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="visually-hidden">
        {a.title(t.goals.period(props.year, props.month))}: {props.subjectName}
      </p>
      <p className="suggestion">
        {a.suggested}: <ColourBadge colour={props.suggested} /> <span className="muted">({t.goals.colourMeaning[props.suggested]})</span>
      </p>
      <fieldset className="colour-choice">
        <legend>{a.colour}</legend>
        {COLOURS.map((c) => (
          <label key={c} className={`colour-option colour-${c}`}>
            <input type="radio" name={`${id}-colour`} value={c} checked={colour === c} onChange={() => setColour(c)} />
            <ColourBadge colour={c} />
            {c === props.suggested && <span className="muted"> ({a.suggested.toLocaleLowerCase()})</span>}
          </label>
        ))}
      </fieldset>
      <Field
        label={
          <>
            {a.analysis}
            {differs && <span aria-hidden="true"> *</span>}
          </>
        }
        name="analysis"
        error={save.error}
        hint={differs ? a.analysisRequired : a.analysisOptional}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={8000}
            value={analysis}
            onChange={(e) => setAnalysis(e.target.value)}
            aria-required={differs}
          />
        )}
      </Field>
      <SaveFooter
        error={save.error}
        onReload={() => void qc.invalidateQueries({ queryKey: goalKeys.all })}
        reloadText={t.goals.reload}
        pending={save.isPending}
        save={a.save}
        saving={a.saving}
        status={status}
      />
    </form>
  );
}
