import { formatPercent } from '../../../core/format.ts';
import { useI18n } from '../../i18n.ts';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';
import { formatAmount, formatSigned, signClass, type Unit } from './units.ts';
import type { AccuracyReport } from './types.ts';

/** Per activity and in total: the final outcome and each month's forecast error, in the unit and as a share. */
export function AccuracyTable({ report, unit }: { report: AccuracyReport; unit: Unit }) {
  const { t } = useI18n();
  const a = t.economy.accuracy;
  const months = [...new Set(report.rows.flatMap((r) => r.points.map((p) => p.month)))].sort((x, y) => x - y);
  const caption = a.caption(report.year, unit);
  return (
    <CaptionedTable
      caption={caption}
      className="amounts accuracy-table"
      columns={[
        { label: t.economy.activity },
        { label: a.finalOutcome, num: true },
        ...months.map((m) => ({ label: <abbr title={t.economy.months[m - 1]}>{t.economy.monthsShort[m - 1]}</abbr>, num: true })),
      ]}
    >
      <tbody>
        {report.rows.map((r) => (
          <tr key={r.activityId ?? 'total'} className={r.activityId === null ? 'total' : undefined}>
            <th scope="row">{r.label}</th>
            <td className="num">{formatAmount(r.finalOutcome, unit)}</td>
            {months.map((m) => {
              const p = r.points.find((x) => x.month === m);
              if (!p)
                return (
                  <td key={m} className="num empty">
                    –
                  </td>
                );
              const cls = p.error < 0 ? signClass(p.error, unit) : undefined;
              return (
                <td key={m} className={cls ? `num ${cls}` : 'num'}>
                  {formatSigned(p.error, unit)}
                  {p.errorShare !== null && <span className="share">{formatPercent(p.errorShare)}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </CaptionedTable>
  );
}
