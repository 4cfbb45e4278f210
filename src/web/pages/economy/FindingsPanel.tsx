import { useId } from 'react';
import type { BudgetReport } from './types.ts';
import { useI18n } from '../../i18n.ts';
import { AmountCell } from './AmountCell.tsx';
import type { Unit } from './units.ts';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';

/** "Kontroll av summor": printed totals against Styrbord's sums, and rows of the table that do not add up. */
export function FindingsPanel({ report, unit }: { report: BudgetReport; unit: Unit }) {
  const { t } = useI18n();
  const id = useId();
  const control = report.controlFindings;
  const table = report.table.findings;
  const crossTable = report.crossTableFindings;
  const count = control.length + table.length + crossTable.length;
  return (
    <section className={count > 0 ? 'panel findings has-findings' : 'panel findings'} aria-labelledby={id}>
      <h2 id={id}>{t.economy.budget.findingsTitle}</h2>
      <p className="findings-count">
        <strong>{t.economy.budget.findingsCount(count)}</strong>
      </p>
      {count > 0 && <p>{t.economy.budget.findingsIntro}</p>}
      {control.length > 0 && (
        <CaptionedTable
          caption={t.economy.budget.controlCaption(unit)}
          className="amounts"
          columns={[
            { label: t.economy.budget.where },
            { label: t.economy.year, num: true },
            { label: t.economy.budget.measure },
            { label: t.economy.budget.printed, num: true },
            { label: t.economy.budget.computed, num: true },
            { label: t.economy.budget.difference, num: true },
          ]}
        >
          <tbody>
            {control.map((f, i) => (
              <tr key={`${f.label}-${f.year}-${f.measure}-${i}`}>
                <th scope="row">{f.label}</th>
                <td className="num">{f.year}</td>
                <td>{t.economy.budget.measures[f.measure] ?? f.measure}</td>
                <AmountCell value={f.printed} unit={unit} />
                <AmountCell value={f.computed} unit={unit} />
                <AmountCell value={f.difference} unit={unit} signed coloured={false} />
              </tr>
            ))}
          </tbody>
        </CaptionedTable>
      )}
      {control.length > 0 && <p className="meta">{t.economy.budget.differenceNote}</p>}
      {crossTable.length > 0 && (
        <CaptionedTable
          caption={t.economy.budget.crossTableCaption(unit)}
          className="amounts"
          columns={[
            { label: t.economy.year, num: true },
            { label: t.economy.budget.where },
            { label: t.economy.budget.printed, num: true },
          ]}
        >
          <tbody>
            {crossTable.flatMap((f) =>
              f.figures.map((figure, i) => (
                <tr key={`${f.year}-${f.measure}-${figure.label}`}>
                  {i === 0 ? (
                    <th scope="row" rowSpan={f.figures.length} className="num">
                      {f.year}
                    </th>
                  ) : null}
                  <td>{figure.label}</td>
                  <AmountCell value={figure.amount} unit={unit} />
                </tr>
              )),
            )}
          </tbody>
        </CaptionedTable>
      )}
      {table.length > 0 && (
        <CaptionedTable
          caption={t.economy.budget.tableCaption(unit)}
          className="amounts"
          columns={[
            { label: t.economy.budget.row },
            { label: t.economy.budget.column },
            { label: t.economy.budget.expected, num: true },
            { label: t.economy.budget.actual, num: true },
            { label: t.economy.budget.difference, num: true },
            { label: t.economy.budget.description },
          ]}
        >
          <tbody>
            {table.map((f, i) => (
              <tr key={`${f.kind}-${f.column}-${i}`}>
                <th scope="row">{f.label}</th>
                <td>{f.column}</td>
                <AmountCell value={f.expected} unit={unit} />
                <AmountCell value={f.actual} unit={unit} />
                <AmountCell value={f.actual - f.expected} unit={unit} signed coloured={false} />
                <td className="message-cell">{f.message}</td>
              </tr>
            ))}
          </tbody>
        </CaptionedTable>
      )}
    </section>
  );
}
