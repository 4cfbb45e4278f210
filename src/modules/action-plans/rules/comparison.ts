import { required } from '../../../core/required.ts';
import {
  type CompareMeasure,
  type Effect,
  type MeasureChange,
  type MeasureComparison,
  type RangeSetting,
  type StatusMeaning,
  type VersionComparison,
  type YearDelta,
} from '../model.ts';
import { measureEffect, sumOrNull, RANGE_RULE, fullYearValue } from './measures.ts';

/** Comparison of two versions of a plan. */

const COMPARED_FIELDS = [
  'title',
  'description',
  'areaCode',
  'targetGroupCode',
  'owner',
  'statusCode',
  'consequenceCitizen',
  'consequenceOperations',
  'consequenceChild',
  'goalLinks',
  'decisionRef',
  'fullYearMin',
  'fullYearMax',
  'activityIds',
] as const;

const delta = (year: number, before: number | null, after: number | null): YearDelta => ({
  year,
  before,
  after,
  difference: (after ?? 0) - (before ?? 0),
});
const effectKey = (e: Effect) => JSON.stringify([e.year, e.kind, e.amountMin, e.amountMax, e.isPartialYear, e.qualitative, e.note]);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Measures matched on code: added, dropped (missing, or given a status that means dropped),
 * changed (which fields), unchanged; and the change in reduction per year and full-year.
 */
export function compareVersions(
  before: readonly CompareMeasure[],
  after: readonly CompareMeasure[],
  years: readonly number[],
  range: RangeSetting,
  meaningOf: (statusCode: string) => StatusMeaning | null,
): VersionComparison {
  const codes = [...new Set([...before.map((m) => m.code), ...after.map((m) => m.code)])];
  const measures: MeasureComparison[] = codes.map((code) => {
    const a = before.find((m) => m.code === code) ?? null;
    const b = after.find((m) => m.code === code) ?? null;
    const either = required(b ?? a, `åtgärd ${code} i någon av versionerna`);
    const droppedNow = b !== null && meaningOf(b.statusCode) === 'dropped' && (a === null || meaningOf(a.statusCode) !== 'dropped');
    const field = (m: CompareMeasure, f: (typeof COMPARED_FIELDS)[number]) => {
      const v = (m as unknown as Record<string, unknown>)[f];
      return Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : v;
    };
    const fields = a && b ? COMPARED_FIELDS.filter((f) => !same(field(a, f), field(b, f))) : [];
    const effectsChanged = a && b ? !same(a.effects.map(effectKey).sort(), b.effects.map(effectKey).sort()) : false;
    const change: MeasureChange =
      a === null ? 'added' : b === null || droppedNow ? 'dropped' : fields.length > 0 || effectsChanged ? 'changed' : 'unchanged';
    const value = (m: CompareMeasure | null, y: number) => (m ? measureEffect(m, y, 'reduction', range) : null);
    return {
      code,
      title: either.title,
      change,
      fields: effectsChanged ? [...fields, 'effects'] : [...fields],
      fullYear: delta(0, a ? fullYearValue(a, range) : null, b && !droppedNow ? fullYearValue(b, range) : null),
      effects: years.map((y) => delta(y, value(a, y), droppedNow ? null : value(b, y))),
    };
  });
  const totals = years.map((y, i) =>
    delta(
      y,
      sumOrNull(measures.map((m) => required(m.effects[i], 'effekt per år').before)),
      sumOrNull(measures.map((m) => required(m.effects[i], 'effekt per år').after)),
    ),
  );
  const counts = { added: 0, dropped: 0, changed: 0, unchanged: 0 };
  for (const m of measures) counts[m.change]++;
  return {
    range,
    rangeRule: RANGE_RULE[range],
    years: [...years],
    measures,
    totals,
    fullYearTotal: delta(0, sumOrNull(measures.map((m) => m.fullYear.before)), sumOrNull(measures.map((m) => m.fullYear.after))),
    counts,
  };
}
