import { useId, useState } from 'react';
import { useI18n } from '../../i18n.ts';
import { ForecastCard } from './ForecastCard.tsx';
import { CloseMonth } from './CloseMonth.tsx';
import type { FollowUpReport } from './types.ts';

/** Forecast entry for the cut-off month: writers only; a closed month is shown but cannot be changed. */
export function ForecastEntry({
  code,
  report,
  writable,
  period,
}: {
  code: string;
  report: FollowUpReport;
  writable: boolean;
  period: string;
}) {
  const { t } = useI18n();
  const f = t.economy.forecast;
  const id = useId();
  const [status, setStatus] = useState('');
  const closed = report.closedMonths.includes(report.month);
  return (
    <section aria-labelledby={id} className="forecast-entry">
      <h2 id={id}>{f.title(period)}</h2>
      {!writable ? (
        <p className="muted">{f.readOnly}</p>
      ) : (
        <>
          {closed ? <p className="notice">{f.closed}</p> : <p className="meta">{f.intro}</p>}
          <p role="status" aria-live="polite" className="status">
            {status}
          </p>
          <div className="forecast-cards">
            {report.proposals.map((p) => (
              <ForecastCard
                key={`${p.activityId}-${report.year}-${report.month}-${p.current?.version ?? 0}-${closed}`}
                code={code}
                year={report.year}
                month={report.month}
                proposal={p}
                closed={closed}
                onSaved={(label) => setStatus(f.saved(label))}
              />
            ))}
          </div>
          {!closed && (
            <CloseMonth
              code={code}
              year={report.year}
              month={report.month}
              period={period}
              onClosed={() => setStatus(f.closedStatus(period))}
            />
          )}
        </>
      )}
    </section>
  );
}
