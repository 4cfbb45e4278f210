import { InputField } from './InputField.tsx';

/** The six digits of a one-time (TOTP) code, as an authenticator app shows them. */
export function OneTimeCodeField(props: { label: string; value: string; onChange: (value: string) => void; autoFocus?: boolean }) {
  return (
    <InputField
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      input={{
        name: 'code',
        inputMode: 'numeric',
        autoComplete: 'one-time-code',
        pattern: '[0-9]{6}',
        maxLength: 6,
        required: true,
        autoFocus: props.autoFocus,
      }}
    />
  );
}
