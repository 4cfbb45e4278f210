import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';

/** The words of one area's period picker. */
export interface PeriodTexts {
  year: string;
  month: string;
  /** The month list's empty choice: the latest month, or the whole year. */
  noMonth: string;
  show: string;
}

interface PickerProps {
  year: number;
  month: number | null;
  /** Leave out for a year-only picker. */
  monthOptions?: { value: number; label: ReactNode }[];
  texts: PeriodTexts;
  onChange: (year: number, month: number | null) => void;
}

/** Year (and month) picker; applies on submit so the page does not reload while typing. */
export function PeriodPicker(props: PickerProps) {
  return <PeriodPickerInner key={`${props.year}-${props.month ?? ''}`} {...props} />;
}

function PeriodPickerInner({ year, month, monthOptions, texts, onChange }: PickerProps) {
  const id = useId();
  const [y, setY] = useState(String(year));
  const [m, setM] = useState(month === null ? '' : String(month));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = Number(y);
    if (!Number.isInteger(parsed)) return;
    onChange(parsed, monthOptions && m ? Number(m) : null);
  };
  return (
    <form className="asof" onSubmit={submit}>
      <label htmlFor={`${id}-year`}>{texts.year}</label>
      <input
        id={`${id}-year`}
        name="ar"
        type="number"
        min={1990}
        max={2100}
        step={1}
        value={y}
        onChange={(e) => setY(e.target.value)}
        required
        className="year-input"
      />
      {monthOptions && (
        <>
          <label htmlFor={`${id}-month`}>{texts.month}</label>
          <select id={`${id}-month`} name="manad" value={m} onChange={(e) => setM(e.target.value)}>
            <option value="">{texts.noMonth}</option>
            {monthOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit">{texts.show}</button>
    </form>
  );
}

/** The economy's picker: months are those with outcome; no month means the latest. */
export function PeriodForm(props: {
  year: number;
  /** null = the latest month with outcome; leave out `months` for a year-only picker */
  month?: number | null;
  months?: number[];
  onChange: (year: number, month: number | null) => void;
}) {
  const { t } = useI18n();
  const e = t.economy;
  return (
    <PeriodPicker
      year={props.year}
      month={props.month ?? null}
      monthOptions={props.months?.map((n) => ({ value: n, label: e.months[n - 1] }))}
      texts={{ year: e.year, month: e.month, noMonth: e.followUp.latest, show: t.show }}
      onChange={props.onChange}
    />
  );
}
