import { useI18n } from '../../i18n.ts';
import { SUMMARY_COLUMNS } from '../../../modules/follow-up/model.ts';
import { AmountCell, RowLabel } from './AmountCell.tsx';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';
import type { Unit } from './units.ts';
import type { SummaryFigures, SummaryRow } from './types.ts';

/** Deviations are budget − outcome/forecast: signed and coloured. The change against last year is signed only. */
const signedColumns: Partial<Record<keyof SummaryFigures, 'coloured' | 'plain'>> = {
  deviationToDate: 'coloured',
  deviation: 'coloured',
  change: 'plain',
};

const rowClass = (r: SummaryRow) =>
  [r.kind === 'total' ? 'total' : r.kind === 'activity' ? '' : 'total-part', r.isSubset ? 'subset' : ''].filter(Boolean).join(' ') ||
  undefined;

export function SummaryTable({ rows, unit, caption }: { rows: SummaryRow[]; unit: Unit; caption: string }) {
  const { t } = useI18n();
  return (
    <CaptionedTable
      caption={caption}
      className="amounts summary-table"
      columns={[
        { label: t.economy.activity },
        ...SUMMARY_COLUMNS.map((c) => ({ label: t.economy.summaryColumns[c.key] ?? c.label, num: true })),
      ]}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.kind}-${r.code}`} className={rowClass(r)}>
            <RowLabel label={r.label} level={r.level} isSubset={r.isSubset} />
            {SUMMARY_COLUMNS.map((c) => (
              <AmountCell
                key={c.key}
                value={r.figures[c.key]}
                unit={unit}
                signed={signedColumns[c.key] !== undefined}
                coloured={signedColumns[c.key] === 'coloured'}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </CaptionedTable>
  );
}
