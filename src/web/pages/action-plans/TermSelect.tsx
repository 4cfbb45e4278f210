import { Field } from '../../components/Field.tsx';

/** A labelled choice from a list of terms: one of the plan's vocabularies (areas, target groups, statuses), its versions or its years. */
export function TermSelect({
  label,
  name,
  error,
  value,
  onChange,
  terms,
  emptyLabel,
}: {
  label: string;
  /** The field's name in the API's input, and the save's error, to show the server's message. */
  name?: string;
  error?: unknown;
  value: string;
  onChange: (code: string) => void;
  terms: readonly { code: string; label: string }[];
  /** offered first with the value "", when choosing nothing is allowed */
  emptyLabel?: string;
}) {
  return (
    <Field label={label} name={name} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {terms.map((x) => (
            <option key={x.code} value={x.code}>
              {x.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
