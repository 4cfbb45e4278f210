import type { BudgetReport } from './types.ts';
import { useI18n } from '../../i18n.ts';
import { AmountCell, RowLabel } from './AmountCell.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import type { Unit } from './units.ts';

const rowClass = (kind: string, isSubset: boolean) =>
  [
    kind === 'total'
      ? 'total'
      : kind === 'total_income' || kind === 'total_cost'
        ? 'total-part'
        : kind === 'unallocated'
          ? 'unallocated'
          : '',
    isSubset ? 'subset' : '',
  ]
    .filter(Boolean)
    .join(' ') || undefined;

/** The internal budget's operating summary: outcome, last year's budget, the budget year and plan years. */
export function BudgetTable({ report, unit }: { report: BudgetReport; unit: Unit }) {
  const { t } = useI18n();
  const { columns, rows } = report.table;
  return (
    <ScrollTable label={t.economy.budget.caption(report.budgetVersion.budgetYear, unit)}>
      <table className="amounts budget-table">
        <caption>{t.economy.budget.caption(report.budgetVersion.budgetYear, unit)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.economy.activity}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key} className={c.year === report.budgetVersion.budgetYear ? 'num current' : 'num'}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}-${r.code}`} className={rowClass(r.kind, r.isSubset)}>
              <RowLabel label={r.label} level={r.level} isSubset={r.isSubset} />
              {r.values.map((v, i) => (
                <AmountCell key={columns[i]?.key ?? i} value={v} unit={unit} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
