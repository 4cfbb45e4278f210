import { useId } from 'react';
import { useParams } from 'react-router-dom';
import { useI18n } from '../../i18n.ts';
import { QueryState } from '../../components/common.tsx';
import { EconomyLayout } from './EconomyLayout.tsx';
import { PeriodForm } from '../../components/PeriodForm.tsx';
import { UnitToggle } from './UnitToggle.tsx';
import { Downloads } from './Downloads.tsx';
import { BudgetTable } from './BudgetTable.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { useUnit } from './units.ts';
import type { BudgetReport } from './types.ts';
import { useBudgetReport } from './reports.ts';

/** Budget and plan: the internal budget for a year with its plan years, and the check of its totals. */
export function BudgetPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const { year, setPeriod, ready } = useEconomyPeriod(code);
  const [unit, setUnit] = useUnit();
  const report = useBudgetReport(code, year, ready);
  return (
    <EconomyLayout code={code} page="budget" year={year}>
      <PeriodForm year={year} onChange={(y) => setPeriod(y, null)} />
      <QueryState pending={report.isLoading || !ready} error={report.error} />
      {report.data && (
        <>
          <VersionInfo report={report.data} />
          <div className="table-tools">
            <UnitToggle unit={unit} onChange={setUnit} />
            <Downloads code={code} table="budget" year={year} what={t.economy.budget.downloadWhat} />
          </div>
          <BudgetTable report={report.data} unit={unit} />
          <FindingsPanel report={report.data} unit={unit} />
        </>
      )}
    </EconomyLayout>
  );
}

function VersionInfo({ report }: { report: BudgetReport }) {
  const { t } = useI18n();
  const id = useId();
  const v = report.budgetVersion;
  return (
    <section className="version-info" aria-labelledby={id}>
      <h2 id={id} className="visually-hidden">
        {t.economy.budget.versionTitle}
      </h2>
      <dl>
        <dt>{t.economy.budget.versionTitle}</dt>
        <dd>{v.title}</dd>
        <dt>{t.economy.budget.status}</dt>
        <dd>
          <span className={`status-tag ${v.status}`}>{t.economy.budget.statuses[v.status] ?? v.status}</span>
        </dd>
        <dt>{t.economy.budget.decidedOn}</dt>
        <dd>{v.decidedOn ?? t.economy.budget.missing}</dd>
        <dt>{t.economy.budget.decisionRef}</dt>
        <dd>{v.decisionRef ?? t.economy.budget.missing}</dd>
        {v.sourceNote && (
          <>
            <dt>{t.source}</dt>
            <dd className="source-note">{v.sourceNote}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
