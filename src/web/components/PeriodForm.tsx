import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n.ts';

interface Props {
  year: number;
  /** null = the latest month with outcome; leave out `months` for a year-only picker */
  month?: number | null;
  months?: number[];
  onChange: (year: number, month: number | null) => void;
}

/** Year (and month) picker; applies on submit so the page does not reload while typing. */
export function PeriodForm(props: Props) {
  return <PeriodFormInner key={`${props.year}-${props.month ?? ''}`} {...props} />;
}

function PeriodFormInner({ year, month = null, months, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [y, setY] = useState(String(year));
  const [m, setM] = useState(month === null ? '' : String(month));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = Number(y);
    if (!Number.isInteger(parsed)) return;
    onChange(parsed, months && m ? Number(m) : null);
  };
  return (
    <form className="asof" onSubmit={submit}>
      <label htmlFor={`${id}-year`}>{t.economy.year}</label>
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
      {months && (
        <>
          <label htmlFor={`${id}-month`}>{t.economy.month}</label>
          <select id={`${id}-month`} name="manad" value={m} onChange={(e) => setM(e.target.value)}>
            <option value="">{t.economy.followUp.latest}</option>
            {months.map((n) => (
              <option key={n} value={n}>
                {t.economy.months[n - 1]}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit">{t.show}</button>
    </form>
  );
}
