import { useId } from 'react';
import { useParams } from 'react-router-dom';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { useI18n } from '../../i18n.ts';
import { QueryState } from '../../components/common.tsx';
import { EconomyLayout } from './EconomyLayout.tsx';
import { PeriodForm } from '../../components/PeriodForm.tsx';
import { UnitToggle } from './UnitToggle.tsx';
import { Downloads } from './Downloads.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { Warnings } from './Warnings.tsx';
import { SummaryTable } from './SummaryTable.tsx';
import { ResultStatementTable } from './ResultStatementTable.tsx';
import { FollowUpCharts } from './FollowUpCharts.tsx';
import { ForecastEntry } from './ForecastEntry.tsx';
import { outcomeMonths, useEconomyPeriod } from '../../hooks/economy-years.ts';
import { useUnit } from './units.ts';
import type { FollowUpReport } from './types.ts';
import { useFollowUpReport } from './reports.ts';

/** Monthly follow-up: the governance rule, early warnings, the operating summary, result statement, charts and forecasts. */
export function FollowUpPage({ actor }: { actor: Actor }) {
  const { code = '' } = useParams();
  const { year, month, setPeriod, ready, years } = useEconomyPeriod(code);
  // without a month the report is for the latest month with outcome; later months have none
  const report = useFollowUpReport(code, year, month, ready);
  const months = outcomeMonths(years, year);

  return (
    <EconomyLayout code={code} page="followUp" year={year}>
      <PeriodForm year={year} month={month} months={months} onChange={setPeriod} />
      <QueryState pending={report.isLoading || !ready} error={report.error} />
      {report.data && <FollowUpContent code={code} report={report.data} writable={can.writeCommittee(actor, report.data.committee.id)} />}
    </EconomyLayout>
  );
}

function FollowUpContent({ code, report, writable }: { code: string; report: FollowUpReport; writable: boolean }) {
  const { t } = useI18n();
  const f = t.economy.followUp;
  const [unit, setUnit] = useUnit();
  const summaryId = useId();
  const resultId = useId();
  const monthYear = f.monthYear(t.economy.months[report.month - 1] ?? String(report.month), report.year);
  const v = report.budgetVersion;
  return (
    <>
      <p className="meta">
        {f.period(t.economy.months[report.month - 1] ?? String(report.month), report.year)} · {v.title} (
        {t.economy.budget.statuses[v.status] ?? v.status})
      </p>
      <StatusBanner report={report} />
      <div className="table-tools">
        <UnitToggle unit={unit} onChange={setUnit} />
        <Downloads code={code} table="follow-up" year={report.year} month={report.month} what={f.downloadWhat} />
      </div>
      <section aria-labelledby={summaryId}>
        <h2 id={summaryId}>{f.summaryTitle}</h2>
        <p className="meta">{t.economy.positiveIsSurplus}</p>
        <SummaryTable rows={report.summary} unit={unit} caption={f.summaryCaption(monthYear, unit)} />
      </section>
      <Warnings report={report} />
      <section aria-labelledby={resultId}>
        <h2 id={resultId}>{f.resultTitle}</h2>
        <ResultStatementTable statement={report.resultStatement} unit={unit} caption={f.resultCaption(monthYear, unit)} />
      </section>
      <FollowUpCharts report={report} />
      <ForecastEntry code={code} report={report} writable={writable} period={monthYear} />
    </>
  );
}
