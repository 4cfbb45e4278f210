import { useI18n } from '../../i18n.ts';
import { AmountCell } from './AmountCell.tsx';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';
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
    <CaptionedTable
      caption={caption}
      className="amounts result-table"
      columns={[{ label: t.economy.followUp.resultItem }, ...statement.columns.map((c) => ({ label: c, num: true }))]}
    >
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
    </CaptionedTable>
  );
}
