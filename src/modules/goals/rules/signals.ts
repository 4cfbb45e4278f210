import { roundHalfAwayFromZero } from '../../../core/rounding.ts';
import { required } from '../../../core/required.ts';
import {
  periodKey,
  periodLabel,
  type Attainment,
  type BenchmarkFigures,
  type Colour,
  type Desired,
  type IndicatorValue,
  type Polarity,
  type Position,
  type RollupRule,
  type Target,
  type Trend,
} from '../model.ts';

/**
 * Three separate signals, never mixed:
 *  - attainment: the value against the year's target;
 *  - trend: the latest value against the previous year's;
 *  - position: rank among the peer municipalities of a benchmark group. This is a relative
 *    ranking (like Kolada's own red/green), not a judgement of whether the target is met.
 * And the suggested assessment colour, which is built from attainment and trend only.
 */

const present = (values: readonly IndicatorValue[]) => values.filter((v): v is IndicatorValue & { value: number } => v.value !== null);
const round = roundHalfAwayFromZero;

/** The value of a year: the whole-year figure, else the latest cut-off within the year. */
export function valueForYear(values: readonly IndicatorValue[], year: number): (IndicatorValue & { value: number }) | null {
  const inYear = present(values)
    .filter((v) => v.year === year)
    .sort((a, b) => periodKey(b) - periodKey(a));
  return inYear[0] ?? null;
}

/** The most recent value in a year up to and including `year`. */
export function latestUpTo(values: readonly IndicatorValue[], year: number): (IndicatorValue & { value: number }) | null {
  const years = [
    ...new Set(
      present(values)
        .filter((v) => v.year <= year)
        .map((v) => v.year),
    ),
  ].sort((a, b) => b - a);
  const latest = years[0];
  return latest === undefined ? null : valueForYear(values, latest);
}

export function desiredOf(target: Target | null, polarity: Polarity | null): Desired {
  if (target?.kind === 'direction')
    return target.direction === 'increase' ? 'higher' : target.direction === 'decrease' ? 'lower' : 'stable';
  if (target && target.comparator !== 'equal') return target.comparator === 'at_least' ? 'higher' : 'lower';
  if (polarity) return polarity === 'higher_is_better' ? 'higher' : 'lower';
  return null;
}

function compare(value: number, reference: number, comparator: 'at_least' | 'at_most' | 'equal', decimals: number): boolean {
  const v = round(value, decimals);
  const r = round(reference, decimals);
  return comparator === 'at_least' ? v >= r : comparator === 'at_most' ? v <= r : v === r;
}

/**
 * Attainment of the target of `target.year`.
 *  - direction and value targets need a value for the target year itself (a cut-off counts);
 *    a direction is judged against the year before;
 *  - a benchmark target is judged on the latest year (≤ target year) for which both the own value
 *    and the group figure exist, because comparison data is always a year or more behind
 *    (the internal budget 2024 compares with "Snitt 2022").
 */
export function attainment(
  target: Target | null,
  values: readonly IndicatorValue[],
  decimals: number,
  benchmark: (year: number) => BenchmarkFigures | null = () => null,
): Attainment {
  if (!target) return { status: 'no_target', measured: null, value: null, reference: null, explanation: 'Inget mål för året.' };
  const noData = (explanation: string): Attainment => ({ status: 'no_data', measured: null, value: null, reference: null, explanation });
  if (target.kind === 'benchmark') {
    const candidates = present(values)
      .filter((v) => v.year <= target.year && v.month === null)
      .sort((a, b) => b.year - a.year);
    for (const v of candidates) {
      const figures = benchmark(v.year);
      const reference = figures ? (target.statistic === 'average' ? figures.average : figures.median) : null;
      if (!figures || reference === null || reference === undefined) continue;
      const met = compare(v.value, reference, target.comparator, decimals);
      const stat = target.statistic === 'average' ? 'snittet' : 'medianen';
      return {
        status: met ? 'met' : 'not_met',
        measured: { year: v.year, month: null },
        value: v.value,
        reference,
        explanation: `${v.year}: ${round(v.value, decimals)} mot ${target.groupCode}-${stat} ${round(reference, decimals)} (${figures.membersWithValue} av ${figures.memberCount} med värde).`,
      };
    }
    return noData(`Inget år med både eget värde och ${target.groupCode}-värden.`);
  }
  const current = valueForYear(values, target.year);
  if (!current) return noData(`Inget värde för ${target.year} ännu.`);
  if (target.kind === 'value') {
    const met = compare(current.value, target.value, target.comparator, decimals);
    return {
      status: met ? 'met' : 'not_met',
      measured: current,
      value: current.value,
      reference: target.value,
      explanation: `${periodLabel(current)}: ${round(current.value, decimals)} mot målvärdet ${target.value}.`,
    };
  }
  const baseline = latestUpTo(values, target.year - 1);
  if (!baseline) return noData(`Inget värde före ${target.year} att jämföra med.`);
  const a = round(current.value, decimals);
  const b = round(baseline.value, decimals);
  const met = target.direction === 'increase' ? a > b : target.direction === 'decrease' ? a < b : a === b;
  return {
    status: met ? 'met' : 'not_met',
    measured: current,
    value: current.value,
    reference: baseline.value,
    explanation: `${periodLabel(current)}: ${a} mot ${periodLabel(baseline)}: ${b}.`,
  };
}

/** The latest value against the latest value of an earlier year. */
export function trend(values: readonly IndicatorValue[], desired: Desired, decimals: number): Trend {
  const current = latestUpTo(values, Number.MAX_SAFE_INTEGER);
  const previous = current ? latestUpTo(values, current.year - 1) : null;
  if (!current || !previous)
    return {
      direction: 'unknown',
      judgement: 'unknown',
      current: current ? { year: current.year, month: current.month } : null,
      previous: null,
      change: null,
    };
  const change = current.value - previous.value;
  const rounded = round(current.value, decimals) - round(previous.value, decimals);
  const direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  const judgement =
    desired === null
      ? 'unknown'
      : direction === 'flat'
        ? desired === 'stable'
          ? 'better'
          : 'unchanged'
        : desired === 'stable'
          ? 'worse'
          : (direction === 'up') === (desired === 'higher')
            ? 'better'
            : 'worse';
  return {
    direction,
    judgement,
    current: { year: current.year, month: current.month },
    previous: { year: previous.year, month: previous.month },
    change,
  };
}

/** Rank among peers (1 = best), and Kolada-style quartile bands. Relative only. */
export function position(
  own: number | null,
  peers: readonly (number | null)[],
  desired: Desired,
  figures: BenchmarkFigures | null,
): Position {
  const label = 'Placering bland jämförbara kommuner (relativ rangordning, inte måluppfyllelse)';
  const values = peers.filter((v): v is number => v !== null);
  const base = { average: figures?.average ?? null, median: figures?.median ?? null, label };
  if (own === null || values.length === 0 || (desired !== 'higher' && desired !== 'lower')) {
    return { rank: null, of: values.length, band: 'unknown', ...base };
  }
  const better = values.filter((v) => (desired === 'lower' ? v < own : v > own)).length;
  const rank = better + 1;
  const of = values.length;
  const share = of <= 1 ? 0 : (rank - 1) / (of - 1);
  const band = share <= 0.25 ? 'best' : share >= 0.75 ? 'worst' : 'middle';
  return { rank, of, band, ...base };
}

/**
 * Suggested colour from the per-gender signals of an indicator: green = the target is met
 * (for every gender with a target); yellow = partly met, or not met with a positive development;
 * red = not met and no positive development; none ("–") = no judgement possible.
 */
export function suggestColour(signals: readonly { attainment: Attainment; trend: Trend }[]): Colour {
  const judged = signals.filter((s) => s.attainment.status === 'met' || s.attainment.status === 'not_met');
  if (judged.length === 0) return 'none';
  const met = judged.filter((s) => s.attainment.status === 'met').length;
  if (met === judged.length) return 'green';
  if (met > 0) return 'yellow';
  return judged.some((s) => s.trend.judgement === 'better') ? 'yellow' : 'red';
}

const score: Record<Exclude<Colour, 'none'>, number> = { red: 0, yellow: 1, green: 2 };
const byScore: Exclude<Colour, 'none'>[] = ['red', 'yellow', 'green'];

/** A committee goal's suggestion from its indicators' colours; "–" colours are left out. */
export function rollUp(colours: readonly Colour[], rule: RollupRule): Colour {
  const judged = colours.filter((c): c is Exclude<Colour, 'none'> => c !== 'none');
  if (judged.length === 0) return 'none';
  if (rule === 'worst') return required(byScore[Math.min(...judged.map((c) => score[c]))], 'färgen för lägsta poängen');
  if (rule === 'average') {
    const mean = judged.reduce((s, c) => s + score[c], 0) / judged.length;
    return mean >= 1.5 ? 'green' : mean >= 0.5 ? 'yellow' : 'red';
  }
  // majority: the most frequent colour; a tie goes to the worse colour
  const counts = byScore.map((c) => judged.filter((x) => x === c).length);
  const most = Math.max(...counts);
  return required(byScore[counts.findIndex((n) => n === most)], 'den vanligaste färgen');
}
