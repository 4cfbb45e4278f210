import { useI18n } from '../../i18n.ts';
import { AmountCell } from './AmountCell.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import type { Unit } from './units.ts';
import type { FollowUpReport } from './types.ts';

/** The result statement in the document's convention: income positive, costs and net cost negative. */
export function ResultStatementTable({
  statement,
  unit,
  caption,
}: {
  statement: FollowUpReport['resultStatement'];
  unit: Unit;
  caption: string;
}) {
  const { t } = useI18n();
  return (
    <ScrollTable label={caption}>
      <table className="amounts result-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.economy.followUp.resultItem}</th>
            {statement.columns.map((c) => (
              <th scope="col" key={c} className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statement.rows.map((r) => (
            <tr key={r.key} className={r.emphasis ? 'total' : undefined}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <AmountCell key={statement.columns[i] ?? i} value={v} unit={unit} signed={r.key === 'result'} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
