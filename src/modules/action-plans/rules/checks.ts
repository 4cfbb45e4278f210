import { required } from '../../../core/required.ts';
import { divideRounded, roundHalfAwayFromZero } from '../../../core/rounding.ts';
import { formatMnkr, formatNumber } from '../../../core/format.ts';
import {
  type ControlTotal,
  type EffectKind,
  type GroupBy,
  type GroupLabel,
  type PlanFinding,
  type RangeSetting,
  type RuleMeasure,
} from '../model.ts';
import { TOTAL_CODE, groupOf, measureEffect, sumOrNull, fullYearValue } from './measures.ts';

/** Checks of a plan's figures: printed totals, full-year effects and amounts in the wrong unit. */

const mn = (kronor: number) => formatMnkr(kronor, 2);
const bounds = (values: readonly { min: number | null; max: number | null }[]) => ({
  min: sumOrNull(values.map((v) => v.min)),
  max: sumOrNull(values.map((v) => v.max)),
});
const lastYearBounds = (members: readonly RuleMeasure[], year: number) =>
  bounds(
    members.map((m) => {
      const e = m.effects.find((x) => x.year === year && x.kind === 'reduction');
      return { min: e?.amountMin ?? null, max: e?.amountMax ?? null };
    }),
  );
const fullYearBounds = (members: readonly RuleMeasure[]) => bounds(members.map((m) => ({ min: m.fullYearMin, max: m.fullYearMax })));
const describeBounds = (b: { min: number | null; max: number | null }) =>
  b.min === null ? 'saknas' : b.max === null || b.min === b.max ? mn(b.min) : `${mn(b.min)}–${mn(b.max)}`;

/**
 * A full-year effect is the steady level a measure reaches; it should equal the effect in the
 * plan's last year. Checked per group (area) and per measure; a measure is reported on its own
 * only when its group's totals do not already show the difference.
 */
export function fullYearFindings(
  measures: readonly RuleMeasure[],
  groups: readonly GroupLabel[],
  lastYear: number,
  groupBy: GroupBy = 'area',
): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const differs = (a: { min: number | null; max: number | null }, b: { min: number | null; max: number | null }) =>
    a.min !== null && (a.min !== b.min || a.max !== b.max);
  const flaggedGroups = new Set<string>();
  const labelOf = (code: string) => groups.find((g) => g.code === code)?.label ?? code;
  const codes = [...new Set([...groups.map((g) => g.code), ...measures.map((m) => groupOf(m, groupBy))])];
  for (const code of codes) {
    const members = measures.filter((m) => groupOf(m, groupBy) === code);
    const full = fullYearBounds(members);
    const last = lastYearBounds(members, lastYear);
    if (!differs(full, last)) continue;
    flaggedGroups.add(code);
    findings.push({
      kind: 'full_year_differs',
      subject: code,
      year: lastYear,
      printed: full.min,
      computed: last.min,
      difference: last.min === null || full.min === null ? null : last.min - full.min,
      message: `${labelOf(code)}: helårseffekten ${describeBounds(full)} skiljer sig från effekten ${lastYear} (${describeBounds(last)}), planens sista år`,
    });
  }
  for (const m of measures) {
    if (flaggedGroups.has(groupOf(m, groupBy))) continue;
    const full = { min: m.fullYearMin, max: m.fullYearMax };
    const last = lastYearBounds([m], lastYear);
    if (!differs(full, last)) continue;
    findings.push({
      kind: 'full_year_differs',
      subject: m.code,
      year: lastYear,
      printed: full.min,
      computed: last.min,
      difference: last.min === null || full.min === null ? null : last.min - full.min,
      message: `Åtgärd ${m.code} ${m.title}: helårseffekten ${describeBounds(full)} skiljer sig från effekten ${lastYear} (${describeBounds(last)})`,
    });
  }
  return findings;
}

export const roundTo = (kronor: number, precision: number): number => divideRounded(kronor, precision) * precision;

/** The amount a control total refers to, computed from the measures with a given range setting. */
export function controlValue(
  measures: readonly RuleMeasure[],
  control: Pick<ControlTotal, 'groupBy' | 'rowCode' | 'year' | 'kind'>,
  range: RangeSetting,
): number | null {
  const members = control.rowCode === TOTAL_CODE ? measures : measures.filter((m) => groupOf(m, control.groupBy) === control.rowCode);
  const year = control.year;
  if (year === null) {
    return control.kind === 'implementation_cost' ? null : sumOrNull(members.map((m) => fullYearValue(m, range)));
  }
  const reduction = sumOrNull(members.map((m) => measureEffect(m, year, 'reduction', range)));
  const cost = sumOrNull(members.map((m) => measureEffect(m, year, 'implementation_cost', range)));
  if (control.kind === 'reduction') return reduction;
  if (control.kind === 'implementation_cost') return cost;
  return reduction === null && cost === null ? null : (reduction ?? 0) - (cost ?? 0);
}

/**
 * Totals as printed in a document against the sum of the rows. A printed figure agrees when it
 * lies between the low and the high sum, each rounded to the precision the document printed with.
 */
export function controlTotalFindings(
  measures: readonly RuleMeasure[],
  controls: readonly Omit<ControlTotal, 'id'>[],
  groups: readonly GroupLabel[],
): PlanFinding[] {
  const findings: PlanFinding[] = [];
  for (const c of controls) {
    const low = controlValue(measures, c, 'low');
    const high = controlValue(measures, c, 'high');
    const mid = controlValue(measures, c, 'mid');
    // a printed zero where no measure has an amount ("0,0" for an empty cell) agrees
    if (low === null && high === null && c.amount === 0) continue;
    if (low !== null && high !== null && roundTo(low, c.precision) <= c.amount && c.amount <= roundTo(high, c.precision)) continue;
    const column = c.year === null ? 'helårseffekt' : `effekt ${c.year}`;
    const row = c.rowCode === TOTAL_CODE ? 'summan' : `raden ${groups.find((g) => g.code === c.rowCode)?.label ?? c.rowCode}`;
    findings.push({
      kind: 'control_total',
      subject: c.rowCode,
      year: c.year,
      printed: c.amount,
      computed: mid,
      difference: mid === null ? null : mid - c.amount,
      message:
        mid === null
          ? `${c.source}: tryckt ${row}, ${column} (${mn(c.amount)}) saknar motsvarighet bland åtgärderna`
          : `${c.source}: tryckt ${row}, ${column} (${mn(c.amount)}) stämmer inte med åtgärdernas summa (${mn(mid)})`,
    });
  }
  return findings;
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const upper = required(s[mid], 'median of an empty list');
  return s.length % 2 === 1 ? upper : (required(s[mid - 1], 'median of an empty list') + upper) / 2;
};

/**
 * An amount whose unit looks wrong next to its neighbours: at least `factor` times smaller or
 * larger than the median of the other non-zero amounts in its column (same year and kind across
 * measures) or its row (the measure's full-year effect and yearly effects). Needs at least three
 * amounts to compare with. "0,5 tkr" among mnkr figures is 500 kr among millions.
 */
export function unitFindings(measures: readonly RuleMeasure[], years: readonly number[], factor = 1000): PlanFinding[] {
  interface Cell {
    measure: string;
    title: string;
    year: number | null;
    kind: EffectKind;
    value: number;
  }
  const cells: Cell[] = [];
  for (const m of measures) {
    if (m.fullYearMin !== null && m.fullYearMin > 0)
      cells.push({ measure: m.code, title: m.title, year: null, kind: 'reduction', value: m.fullYearMin });
    for (const e of m.effects) {
      if (e.amountMin !== null && e.amountMin > 0 && years.includes(e.year))
        cells.push({ measure: m.code, title: m.title, year: e.year, kind: e.kind, value: e.amountMin });
      if (e.amountMax !== null && e.amountMax !== e.amountMin && years.includes(e.year))
        cells.push({ measure: m.code, title: m.title, year: e.year, kind: e.kind, value: e.amountMax });
    }
  }
  const flagged = new Map<string, PlanFinding>();
  const inspect = (group: Cell[], where: string) => {
    if (group.length < 3) return;
    for (const [i, cell] of group.entries()) {
      const others = median(group.filter((_, j) => j !== i).map((c) => c.value));
      if (!(cell.value * factor <= others || cell.value >= others * factor)) continue;
      const key = `${cell.measure}:${cell.year}:${cell.kind}:${cell.value}`;
      if (flagged.has(key)) continue;
      const column = cell.year === null ? 'helårseffekt' : `${cell.kind === 'reduction' ? 'effekt' : 'genomförandekostnad'} ${cell.year}`;
      flagged.set(key, {
        kind: 'unit_suspect',
        subject: cell.measure,
        year: cell.year,
        printed: cell.value,
        computed: roundHalfAwayFromZero(others),
        difference: null,
        message: `Åtgärd ${cell.measure} ${cell.title}, ${column}: ${formatNumber(cell.value)} kr ser ut att stå i fel enhet jämfört med ${where} (median ${formatNumber(others)} kr)`,
      });
    }
  };
  const columnKeys = [...new Set(cells.map((c) => `${c.year}:${c.kind}`))];
  for (const key of columnKeys)
    inspect(
      cells.filter((c) => `${c.year}:${c.kind}` === key),
      'kolumnens övriga belopp',
    );
  for (const m of measures)
    inspect(
      cells.filter((c) => c.measure === m.code && c.kind === 'reduction'),
      'åtgärdens övriga år',
    );
  return [...flagged.values()];
}
