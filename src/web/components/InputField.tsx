import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field.tsx';

/** The attributes of the input itself (type, name, autoComplete, bounds); Field gives its id and state. */
export type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/**
 * A Field of one input bound to a string. `aria-describedby` and `aria-invalid` in `input` are
 * kept beside what the field adds (its hint, the server's message).
 */
export function InputField(props: {
  label: ReactNode;
  /** The field's name in the API's input, to find its message in a refused save. */
  name?: string;
  error?: unknown;
  hint?: ReactNode;
  className?: string;
  value: string;
  onChange: (value: string) => void;
  input?: InputAttributes;
}) {
  const { input = {} } = props;
  return (
    <Field label={props.label} name={props.name} error={props.error} hint={props.hint} className={props.className}>
      {(control) => (
        <input
          {...input}
          {...control}
          aria-describedby={[input['aria-describedby'], control['aria-describedby']].filter(Boolean).join(' ') || undefined}
          aria-invalid={control['aria-invalid'] ?? input['aria-invalid']}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
