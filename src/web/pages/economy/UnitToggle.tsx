import { useId } from 'react';
import { useI18n } from '../../i18n.ts';
import { units, type Unit } from './units.ts';

/** kr / tkr / mnkr for the page's tables, as a radio group. */
export function UnitToggle({ unit, onChange }: { unit: Unit; onChange: (u: Unit) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="unit-toggle">
      <legend>{t.economy.unit}</legend>
      {units.map((u) => (
        <span key={u} className="unit-option">
          <input type="radio" id={`${id}-${u}`} name={`${id}-unit`} value={u} checked={unit === u} onChange={() => onChange(u)} />
          <label htmlFor={`${id}-${u}`}>{u}</label>
        </span>
      ))}
    </fieldset>
  );
}
