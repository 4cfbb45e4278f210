import { useI18n } from '../../i18n.ts';
import type { GoalsDict } from '../../i18n/goals.ts';
import { formatSignedValue, formatValue, periodText } from './format.ts';
import type { Attainment, BenchmarkInfo, Colour, IndicatorSignals, Position, Trend } from './types.ts';

/** Never colour alone: every colour has its own symbol and its name in text. */
const colourIcon: Record<Colour, string> = { green: '✓', yellow: '!', red: '✕', none: '–' };

export function ColourBadge({ colour, prefix }: { colour: Colour; prefix?: string }) {
  const { t } = useI18n();
  const g = t.goals;
  return (
    <span className={`colour-badge colour-${colour}`}>
      <span aria-hidden="true" className="colour-icon">
        {colourIcon[colour]}
      </span>
      {prefix && <span className="visually-hidden">{prefix}: </span>}
      {g.colourNames[colour]}
    </span>
  );
}

/**
 * The rules' suggested colour (left out when null, where the form beside shows it) and the set one,
 * named by `label`, or that it is not assessed yet.
 */
export function AssessmentColours(props: { suggested: Colour | null; label: string; assessment: { colour: Colour } | null }) {
  const { t } = useI18n();
  const g = t.goals;
  return (
    <p className="goal-colours">
      {props.suggested && (
        <span>
          {g.tree.suggested}: <ColourBadge colour={props.suggested} />
        </span>
      )}
      <span>
        {props.label}:{' '}
        {props.assessment ? <ColourBadge colour={props.assessment.colour} /> : <span className="muted">{g.tree.notAssessed}</span>}
      </span>
    </p>
  );
}

const attainmentColour: Record<Attainment['status'], Colour> = { met: 'green', not_met: 'red', no_data: 'none', no_target: 'none' };

export function attainmentDetail(
  g: GoalsDict,
  a: Attainment,
  s: IndicatorSignals,
  decimals: number,
  benchmark: BenchmarkInfo | null,
): string {
  if (a.status === 'no_target') return g.signals.noTargetYet;
  if (a.status === 'no_data' || a.measured === null) return a.explanation || g.signals.noValueYet;
  const period = periodText(g, a.measured);
  const value = formatValue(g, a.value, decimals);
  const ref = formatValue(g, a.reference, decimals);
  const target = s.target;
  if (target?.kind === 'benchmark') {
    const year = benchmark?.series.find((y) => y.year === a.measured?.year);
    const name = target.statistic === 'average' ? g.tree.groupAverage(target.groupCode) : g.tree.groupMedian(target.groupCode);
    return g.signals.againstGroup(period, value, name, ref, year?.membersWithValue ?? 0, year?.memberCount ?? 0);
  }
  if (target?.kind === 'value') return g.signals.againstTarget(period, value, ref);
  return g.signals.againstBaseline(period, value, String(a.measured.year - 1), ref);
}

/** Attainment: met / not met against the year's target. */
export function AttainmentSignal({
  signal,
  decimals,
  benchmark,
}: {
  signal: IndicatorSignals;
  decimals: number;
  benchmark: BenchmarkInfo | null;
}) {
  const { t } = useI18n();
  const g = t.goals;
  const a = signal.attainment;
  const colour = attainmentColour[a.status];
  return (
    <span className={`signal signal-attainment status-${a.status}`} data-colour={colour}>
      <span className={`signal-value colour-${colour}`}>
        <span aria-hidden="true" className="colour-icon">
          {colourIcon[colour]}
        </span>
        {g.signals.attainmentStatus[a.status]}
        {colour !== 'none' && <span className="signal-colour"> ({g.colours[colour]})</span>}
      </span>
      <span className="signal-detail">{attainmentDetail(g, a, signal, decimals, benchmark)}</span>
    </span>
  );
}

const trendIcon: Record<Trend['direction'], string> = { up: '↑', down: '↓', flat: '→', unknown: '' };

/** Trend: the latest value against the previous year's, and whether that is the desired way. */
export function TrendSignal({ trend, decimals }: { trend: Trend; decimals: number }) {
  const { t } = useI18n();
  const g = t.goals;
  const judgement = g.signals.trendJudgement[trend.judgement];
  return (
    <span className={`signal signal-trend judgement-${trend.judgement}`}>
      <span className="signal-value">
        {trendIcon[trend.direction] && (
          <span aria-hidden="true" className="trend-icon">
            {trendIcon[trend.direction]}
          </span>
        )}
        {g.signals.trendDirection[trend.direction]}
        {(trend.judgement === 'better' || trend.judgement === 'worse') && judgement ? ` (${judgement})` : ''}
      </span>
      {trend.previous && trend.current && trend.change !== null && (
        <span className="signal-detail">
          {g.signals.change(periodText(g, trend.previous), periodText(g, trend.current), formatSignedValue(g, trend.change, decimals))}
        </span>
      )}
    </span>
  );
}

/** Comparison: a relative rank among peers, deliberately not green/red. */
export function PositionSignal({
  position,
  groupCode,
  year,
  decimals,
}: {
  position: Position | null;
  groupCode: string | null;
  year: number | null;
  decimals: number;
}) {
  const { t } = useI18n();
  const g = t.goals;
  if (!position) return <span className="signal signal-position muted">{g.signals.noPosition}</span>;
  if (position.rank === null) return <span className="signal signal-position muted">{g.signals.noPeers}</span>;
  return (
    <span className={`signal signal-position band-${position.band}`}>
      <span className="signal-value">
        <span aria-hidden="true" className="band-icon">
          {position.band === 'best' ? '▲' : position.band === 'worst' ? '▼' : '◆'}
        </span>
        {g.signals.band[position.band]}
      </span>
      <span className="signal-detail">
        {g.signals.rank(position.rank, position.of, groupCode ?? '', year === null ? '' : String(year))}
        {position.average !== null && ` · ${g.tree.groupAverage(groupCode ?? '')} ${formatValue(g, position.average, decimals)}`}
      </span>
    </span>
  );
}

/** The year the peer ranking is for: the latest year with the own value and peer values. */
export function positionYear(benchmark: BenchmarkInfo | null, year: number): number | null {
  const s = [...(benchmark?.series ?? [])].reverse().find((y) => y.year <= year && y.own !== null && y.membersWithValue > 0);
  return s?.year ?? null;
}
