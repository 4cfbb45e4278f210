import { Field } from '../../components/Field.tsx';

/** An amount in mnkr as typed (a comma or a point, "mnkr" allowed); `invalid` marks a text the page could not read. */
export function MnkrField(props: {
  label: string;
  name: string;
  error: unknown;
  value: string;
  onChange: (text: string) => void;
  invalid?: boolean;
  required?: boolean;
}) {
  return (
    <Field label={props.label} name={props.name} error={props.error}>
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={props.invalid || control['aria-invalid']}
          required={props.required}
        />
      )}
    </Field>
  );
}
