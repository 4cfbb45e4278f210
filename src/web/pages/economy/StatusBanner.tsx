import { useId } from 'react';
import { formatMnkr, formatPercent } from '../../../core/format.ts';
import { useI18n } from '../../i18n.ts';
import { formatBp } from './units.ts';
import type { FollowUpReport } from './types.ts';

/** The economic governance rule at a glance: an action plan is required, or the forecast is within the frame. */
export function StatusBanner({ report }: { report: FollowUpReport }) {
  const { t } = useI18n();
  const f = t.economy.followUp;
  const id = useId();
  const plan = report.actionPlan;
  const missing = report.proposals.filter((p) => p.current === null).length;
  const missingNote = missing > 0 && <p className="meta">{f.missingForecasts(missing, report.proposals.length)}</p>;
  if (!plan) {
    return (
      <section className="banner banner-neutral" aria-labelledby={id}>
        <h2 id={id}>{f.bannerNoFrameTitle}</h2>
        <p>{f.bannerNoFrame}</p>
        {missingNote}
      </section>
    );
  }
  const frame = formatMnkr(plan.frame);
  const share = formatPercent(Math.abs(plan.deficitShare));
  const threshold = formatBp(plan.thresholdBp);
  const text =
    plan.deficit > 0
      ? f.deficitText(formatMnkr(plan.deficit), share, frame)
      : plan.deficit < 0
        ? f.surplusText(formatMnkr(-plan.deficit), share, frame)
        : f.balancedText(frame);
  return (
    <section className={plan.required ? 'banner banner-alert' : 'banner banner-ok'} aria-labelledby={id}>
      <h2 id={id}>
        <span aria-hidden="true" className="banner-icon">
          {plan.required ? '!' : '✓'}
        </span>
        {plan.required ? f.bannerRequiredTitle : f.bannerOkTitle}
      </h2>
      <p>{text}</p>
      <dl className="banner-figures">
        <div>
          <dt>{plan.deficit < 0 ? f.figureSurplus : f.figureDeficit}</dt>
          <dd>{formatMnkr(Math.abs(plan.deficit))}</dd>
        </div>
        <div>
          <dt>{f.figureFrame}</dt>
          <dd>{frame}</dd>
        </div>
        <div>
          <dt>{f.figureAllowed(threshold)}</dt>
          <dd>{formatMnkr(plan.allowedDeficit)}</dd>
        </div>
      </dl>
      <p>{plan.required ? <strong>{f.requiredText}</strong> : f.ruleText(formatMnkr(plan.allowedDeficit), threshold)}</p>
      {missingNote}
    </section>
  );
}
