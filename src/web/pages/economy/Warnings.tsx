import { useId } from 'react';
import { useI18n } from '../../i18n.ts';
import { formatReadable } from './units.ts';
import type { FollowUpReport } from './types.ts';

/** The gap in the sentence's unit, or in tkr when millions would show it as zero. */
const gap = (kronor: number, scale: number) => {
  const text = formatReadable(kronor, Math.abs(kronor) < 100_000 ? 0 : scale);
  return kronor > 0 ? `+${text}` : text;
};

/** Where the outcome so far points, against the forecast: a forecast far from it is flagged early. */
export function Warnings({ report }: { report: FollowUpReport }) {
  const { t } = useI18n();
  const f = t.economy.followUp;
  const id = useId();
  const flagged = report.warnings.filter((w) => w.warning.warn);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{f.warningsTitle}</h2>
      <p className="meta">{f.warningsIntro}</p>
      {flagged.length === 0 ? (
        <p>{f.noWarnings}</p>
      ) : (
        <ul className="warnings">
          {flagged.map(({ label, warning: w }) => (
            <li key={label} className={w.gap > 0 ? 'warning optimistic' : 'warning cautious'}>
              {f.warningText(label, formatReadable(w.extrapolated, w.forecast), formatReadable(w.forecast), gap(w.gap, w.forecast))}{' '}
              <strong>{w.gap > 0 ? f.tooOptimistic : f.tooCautious}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
