import { useI18n } from '../../i18n.ts';
import { formatAmount, formatSigned, signClass, type Unit } from './units.ts';

/**
 * A right-aligned amount. Deviations are signed, and coloured where plus means surplus
 * (the sign carries the meaning; the colour only helps).
 */
export function AmountCell({
  value,
  unit,
  signed = false,
  coloured = signed,
}: {
  value: number | null;
  unit: Unit;
  signed?: boolean;
  coloured?: boolean;
}) {
  if (value === null) return <td className="num empty">–</td>;
  if (!signed) return <td className="num">{formatAmount(value, unit)}</td>;
  const cls = coloured ? signClass(value, unit) : undefined;
  return <td className={cls ? `num ${cls}` : 'num'}>{formatSigned(value, unit)}</td>;
}

/** Row label with "varav" marked, indented by level, as in the internal budget document. */
export function RowLabel({ label, level, isSubset }: { label: string; level: number; isSubset: boolean }) {
  const { t } = useI18n();
  const varav = /^varav\s+/i.test(label);
  return (
    <th scope="row" className={isSubset ? 'subset-label' : undefined} style={{ paddingLeft: `${0.5 + level * 1.5}rem` }}>
      {isSubset && varav ? (
        <>
          <span className="varav">{t.varav}</span> {label.replace(/^varav\s+/i, '')}
        </>
      ) : (
        label
      )}
    </th>
  );
}
