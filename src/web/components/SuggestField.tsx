import type { ReactNode } from 'react';
import { Field } from './Field.tsx';

/** A free-text field that suggests the known values (a datalist) without limiting the answer to them. */
export function SuggestField(props: {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[] | undefined;
}) {
  return (
    <Field label={props.label}>
      {(control) => (
        <>
          <input
            {...control}
            name={props.name}
            list={`${control.id}-list`}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            autoComplete="off"
          />
          <datalist id={`${control.id}-list`}>
            {props.options?.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
