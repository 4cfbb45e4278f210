import { InputField } from '../../components/InputField.tsx';

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
    <InputField
      label={props.label}
      name={props.name}
      error={props.error}
      value={props.value}
      onChange={props.onChange}
      input={{ inputMode: 'decimal', required: props.required, 'aria-invalid': props.invalid || undefined }}
    />
  );
}
