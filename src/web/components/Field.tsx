import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { ApiError } from '../api.ts';

/** What a field's control needs to be labelled, described and marked invalid. */
export interface FieldControl {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** The server's message for one field of a refused save (its 400 answer names the fields), if any. */
export function fieldMessage(error: unknown, name: string | undefined): string | undefined {
  if (name === undefined || !(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.field === name)?.message;
}

/** What every field takes beside its control. */
export interface FieldProps {
  label: ReactNode;
  /** The field's name in the API's input, to find its message in a refused save. */
  name?: string;
  /** The save's error; only a 400 naming this field shows here. */
  error?: unknown;
  hint?: ReactNode;
  className?: string;
}

/**
 * A labelled form field: the label, the control (rendered by the caller with the props it is
 * given), an optional hint and the server's message for this field when a save was refused.
 */
export function Field(props: FieldProps & { children: (control: FieldControl) => ReactNode }) {
  const id = useId();
  const message = fieldMessage(props.error, props.name);
  const describedBy = [props.hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control: FieldControl = {
    id,
    ...(message ? { 'aria-invalid': true } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(control)}
      {props.hint && (
        <span id={`${id}-hint`} className="meta">
          {props.hint}
        </span>
      )}
      {message && (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}

/** A required budget or plan year: the same bounds as the API's year fields. */
export function YearField(props: { label: ReactNode; name?: string; error?: unknown; value: string; onChange: (value: string) => void }) {
  return (
    <Field label={props.label} name={props.name} error={props.error}>
      {(control) => (
        <input
          {...control}
          type="number"
          min={1990}
          max={2100}
          step={1}
          className="year-input"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          required
        />
      )}
    </Field>
  );
}

/** A labelled input holding text (or a date); the input's own attributes pass through. */
export function TextField(
  props: FieldProps & { value: string; onChange: (value: string) => void } & Omit<
      InputHTMLAttributes<HTMLInputElement>,
      'value' | 'onChange' | 'id' | 'name'
    >,
) {
  const { label, name, error, hint, className, value, onChange, ...input } = props;
  return (
    <Field label={label} name={name} error={error} hint={hint} className={className}>
      {(control) => <input {...control} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A labelled choice of one of a fixed list of values, each shown by its label. */
export function SelectField<T extends string>(
  props: FieldProps & { value: T; options: readonly T[]; optionLabel: (option: T) => ReactNode; onChange: (value: T) => void },
) {
  const { label, name, error, hint, className, value, options, optionLabel, onChange } = props;
  return (
    <Field label={label} name={name} error={error} hint={hint} className={className}>
      {(control) => (
        // the options are exactly the values of T, so the chosen one is one of them
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
