import { useId } from 'react';

/** A fieldset of radio buttons for one setting (grouping, range rule). */
export function RadioChoice<T extends string>({
  legend,
  options,
  labels,
  value,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <span key={option} className="choice">
          <input type="radio" id={`${id}-${option}`} name={id} checked={value === option} onChange={() => onChange(option)} />
          <label htmlFor={`${id}-${option}`}>{labels[option]}</label>
        </span>
      ))}
    </fieldset>
  );
}
