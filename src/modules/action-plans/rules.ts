import { sum } from '../../core/money.ts';
import { divideRounded, roundHalfAwayFromZero } from '../../core/rounding.ts';
import { formatMnkr, formatNumber } from '../../core/format.ts';
import {
  effectValue, fullYearValue, RANGE_RULE,
  type ControlTotal, type Effect, type EffectKind, type GroupBy, type Measure, type RangeSetting, type StatusMeaning,
} from './model.ts';

/**
 * Action-plan rules as pure functions: summaries by area or target group, checks of a plan's
 * figures, comparison of two versions, delivery (realised ÷ planned) and reconciliation with the
 * budget gap. Amounts in integer kronor.
 */
export type RuleMeasure = Pick<Measure, 'code' | 'title' | 'areaCode' | 'targetGroupCode' | 'fullYearMin' | 'fullYearMax' | 'effects'>;
export interface GroupLabel { code: string; label: string }

export const TOTAL_CODE = 'total';
export const TOTAL_LABEL = 'Summa';
export const NO_GROUP_CODE = '-';
export const NO_GROUP_LABEL = 'Ej angiven';

const sumOrNull = (values: readonly (number | null)[]): number | null =>
  values.every((v) => v === null) ? null : sum(values.map((v) => v ?? 0));

export const groupOf = (m: Pick<RuleMeasure, 'areaCode' | 'targetGroupCode'>, by: GroupBy): string =>
  by === 'area' ? m.areaCode : m.targetGroupCode ?? NO_GROUP_CODE;

/** The value of one kind of effect for a year, or null when the measure has no amount for it. */
export function measureEffect(m: Pick<RuleMeasure, 'effects'>, year: number, kind: EffectKind, range: RangeSetting): number | null {
  const e = m.effects.find((x) => x.year === year && x.kind === kind);
  return e ? effectValue(e, range) : null;
}

// ---------------------------------------------------------------------------------------------
// Summaries

export interface SummaryCell {
  /** cost reduction; null when no measure in the row has an amount for the year */
  reduction: number | null;
  implementationCost: number | null;
  /** reduction − implementation cost */
  net: number | null;
  /** some estimate in the cell covers only part of the year (delårseffekt) */
  partialYear: boolean;
  /** some estimate in the cell is a range, so the range setting matters */
  ranged: boolean;
  /** estimates in the cell that are qualitative only and count as zero */
  qualitative: number;
}

export interface SummaryRow {
  code: string;
  label: string;
  kind: 'group' | 'total';
  measureCount: number;
  fullYear: number | null;
  fullYearRanged: boolean;
  cells: SummaryCell[];
}

export interface PlanSummary {
  groupBy: GroupBy;
  range: RangeSetting;
  /** how a range entered the totals, in words (printed with every summary) */
  rangeRule: string;
  years: number[];
  rows: SummaryRow[];
}

function cellFor(measures: readonly RuleMeasure[], year: number, range: RangeSetting): SummaryCell {
  const effects = measures.flatMap((m) => m.effects.filter((e) => e.year === year));
  const of = (kind: EffectKind) => sumOrNull(effects.filter((e) => e.kind === kind).map((e) => effectValue(e, range)));
  const reduction = of('reduction');
  const implementationCost = of('implementation_cost');
  return {
    reduction,
    implementationCost,
    net: reduction === null && implementationCost === null ? null : (reduction ?? 0) - (implementationCost ?? 0),
    partialYear: effects.some((e) => e.isPartialYear),
    ranged: effects.some((e) => e.amountMin !== null && e.amountMin !== e.amountMax),
    qualitative: effects.filter((e) => e.amountMin === null).length,
  };
}

function addCells(cells: readonly SummaryCell[]): SummaryCell {
  const reduction = sumOrNull(cells.map((c) => c.reduction));
  const implementationCost = sumOrNull(cells.map((c) => c.implementationCost));
  return {
    reduction,
    implementationCost,
    net: reduction === null && implementationCost === null ? null : (reduction ?? 0) - (implementationCost ?? 0),
    partialYear: cells.some((c) => c.partialYear),
    ranged: cells.some((c) => c.ranged),
    qualitative: sum(cells.map((c) => c.qualitative)),
  };
}

/**
 * One row per group (every group of the vocabulary in its order, then any other code a measure
 * uses), and a total row that is the sum of the rows — never a separate computation.
 */
export function summarise(input: { measures: readonly RuleMeasure[]; years: readonly number[]; groupBy: GroupBy; groups: readonly GroupLabel[]; range: RangeSetting }): PlanSummary {
  const { measures, years, groupBy, range } = input;
  const groups: GroupLabel[] = [...input.groups];
  for (const m of measures) {
    const code = groupOf(m, groupBy);
    if (!groups.some((g) => g.code === code)) groups.push({ code, label: code === NO_GROUP_CODE ? NO_GROUP_LABEL : code });
  }
  const rows: SummaryRow[] = groups.map((g) => {
    const members = measures.filter((m) => groupOf(m, groupBy) === g.code);
    return {
      code: g.code,
      label: g.label,
      kind: 'group',
      measureCount: members.length,
      fullYear: sumOrNull(members.map((m) => fullYearValue(m, range))),
      fullYearRanged: members.some((m) => m.fullYearMin !== null && m.fullYearMin !== m.fullYearMax),
      cells: years.map((y) => cellFor(members, y, range)),
    };
  });
  rows.push({
    code: TOTAL_CODE,
    label: TOTAL_LABEL,
    kind: 'total',
    measureCount: measures.length,
    fullYear: sumOrNull(rows.map((r) => r.fullYear)),
    fullYearRanged: rows.some((r) => r.fullYearRanged),
    cells: years.map((_, i) => addCells(rows.map((r) => r.cells[i]!))),
  });
  return { groupBy, range, rangeRule: RANGE_RULE[range], years: [...years], rows };
}

// ---------------------------------------------------------------------------------------------
// Checks

export interface PlanFinding {
  kind: 'full_year_differs' | 'control_total' | 'unit_suspect';
  message: string;
  /** measure code, group code or "total" */
  subject: string;
  year: number | null;
  printed: number | null;
  computed: number | null;
  difference: number | null;
}

const mn = (kronor: number) => formatMnkr(kronor, 2);
const bounds = (values: readonly { min: number | null; max: number | null }[]) => ({
  min: sumOrNull(values.map((v) => v.min)),
  max: sumOrNull(values.map((v) => v.max)),
});
const lastYearBounds = (members: readonly RuleMeasure[], year: number) =>
  bounds(members.map((m) => {
    const e = m.effects.find((x) => x.year === year && x.kind === 'reduction');
    return { min: e?.amountMin ?? null, max: e?.amountMax ?? null };
  }));
const fullYearBounds = (members: readonly RuleMeasure[]) => bounds(members.map((m) => ({ min: m.fullYearMin, max: m.fullYearMax })));
const describeBounds = (b: { min: number | null; max: number | null }) =>
  b.min === null ? 'saknas' : b.min === b.max ? mn(b.min) : `${mn(b.min)}–${mn(b.max!)}`;

/**
 * A full-year effect is the steady level a measure reaches; it should equal the effect in the
 * plan's last year. Checked per group (area) and per measure; a measure is reported on its own
 * only when its group's totals do not already show the difference.
 */
export function fullYearFindings(measures: readonly RuleMeasure[], groups: readonly GroupLabel[], lastYear: number, groupBy: GroupBy = 'area'): PlanFinding[] {
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
      kind: 'full_year_differs', subject: code, year: lastYear, printed: full.min, computed: last.min,
      difference: last.min === null ? null : last.min - full.min!,
      message: `${labelOf(code)}: helårseffekten ${describeBounds(full)} skiljer sig från effekten ${lastYear} (${describeBounds(last)}), planens sista år`,
    });
  }
  for (const m of measures) {
    if (flaggedGroups.has(groupOf(m, groupBy))) continue;
    const full = { min: m.fullYearMin, max: m.fullYearMax };
    const last = lastYearBounds([m], lastYear);
    if (!differs(full, last)) continue;
    findings.push({
      kind: 'full_year_differs', subject: m.code, year: lastYear, printed: full.min, computed: last.min,
      difference: last.min === null ? null : last.min - full.min!,
      message: `Åtgärd ${m.code} ${m.title}: helårseffekten ${describeBounds(full)} skiljer sig från effekten ${lastYear} (${describeBounds(last)})`,
    });
  }
  return findings;
}

export const roundTo = (kronor: number, precision: number): number => divideRounded(kronor, precision) * precision;

/** The amount a control total refers to, computed from the measures with a given range setting. */
export function controlValue(measures: readonly RuleMeasure[], control: Pick<ControlTotal, 'groupBy' | 'rowCode' | 'year' | 'kind'>, range: RangeSetting): number | null {
  const members = control.rowCode === TOTAL_CODE ? measures : measures.filter((m) => groupOf(m, control.groupBy) === control.rowCode);
  if (control.year === null) {
    return control.kind === 'implementation_cost' ? null : sumOrNull(members.map((m) => fullYearValue(m, range)));
  }
  const reduction = sumOrNull(members.map((m) => measureEffect(m, control.year!, 'reduction', range)));
  const cost = sumOrNull(members.map((m) => measureEffect(m, control.year!, 'implementation_cost', range)));
  if (control.kind === 'reduction') return reduction;
  if (control.kind === 'implementation_cost') return cost;
  return reduction === null && cost === null ? null : (reduction ?? 0) - (cost ?? 0);
}

/**
 * Totals as printed in a document against the sum of the rows. A printed figure agrees when it
 * lies between the low and the high sum, each rounded to the precision the document printed with.
 */
export function controlTotalFindings(measures: readonly RuleMeasure[], controls: readonly Omit<ControlTotal, 'id'>[], groups: readonly GroupLabel[]): PlanFinding[] {
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
      kind: 'control_total', subject: c.rowCode, year: c.year, printed: c.amount, computed: mid,
      difference: mid === null ? null : mid - c.amount,
      message: mid === null
        ? `${c.source}: tryckt ${row}, ${column} (${mn(c.amount)}) saknar motsvarighet bland åtgärderna`
        : `${c.source}: tryckt ${row}, ${column} (${mn(c.amount)}) stämmer inte med åtgärdernas summa (${mn(mid)})`,
    });
  }
  return findings;
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * An amount whose unit looks wrong next to its neighbours: at least `factor` times smaller or
 * larger than the median of the other non-zero amounts in its column (same year and kind across
 * measures) or its row (the measure's full-year effect and yearly effects). Needs at least three
 * amounts to compare with. "0,5 tkr" among mnkr figures is 500 kr among millions.
 */
export function unitFindings(measures: readonly RuleMeasure[], years: readonly number[], factor = 1000): PlanFinding[] {
  interface Cell { measure: string; title: string; year: number | null; kind: EffectKind; value: number }
  const cells: Cell[] = [];
  for (const m of measures) {
    if (m.fullYearMin !== null && m.fullYearMin > 0) cells.push({ measure: m.code, title: m.title, year: null, kind: 'reduction', value: m.fullYearMin });
    for (const e of m.effects) {
      if (e.amountMin !== null && e.amountMin > 0 && years.includes(e.year)) cells.push({ measure: m.code, title: m.title, year: e.year, kind: e.kind, value: e.amountMin });
      if (e.amountMax !== null && e.amountMax !== e.amountMin && years.includes(e.year)) cells.push({ measure: m.code, title: m.title, year: e.year, kind: e.kind, value: e.amountMax });
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
        kind: 'unit_suspect', subject: cell.measure, year: cell.year, printed: cell.value, computed: roundHalfAwayFromZero(others), difference: null,
        message: `Åtgärd ${cell.measure} ${cell.title}, ${column}: ${formatNumber(cell.value)} kr ser ut att stå i fel enhet jämfört med ${where} (median ${formatNumber(others)} kr)`,
      });
    }
  };
  const columnKeys = [...new Set(cells.map((c) => `${c.year}:${c.kind}`))];
  for (const key of columnKeys) inspect(cells.filter((c) => `${c.year}:${c.kind}` === key), 'kolumnens övriga belopp');
  for (const m of measures) inspect(cells.filter((c) => c.measure === m.code && c.kind === 'reduction'), 'åtgärdens övriga år');
  return [...flagged.values()];
}

// ---------------------------------------------------------------------------------------------
// Version comparison

export type MeasureChange = 'added' | 'dropped' | 'changed' | 'unchanged';
export type CompareMeasure = RuleMeasure & { statusCode: string };

export interface YearDelta { year: number; before: number | null; after: number | null; difference: number }

export interface MeasureComparison {
  code: string;
  title: string;
  change: MeasureChange;
  /** fields whose value differs (for changed measures) */
  fields: string[];
  fullYear: YearDelta;
  effects: YearDelta[];
}

export interface VersionComparison {
  range: RangeSetting;
  rangeRule: string;
  years: number[];
  measures: MeasureComparison[];
  totals: YearDelta[];
  fullYearTotal: YearDelta;
  counts: Record<MeasureChange, number>;
}

const COMPARED_FIELDS = [
  'title', 'description', 'areaCode', 'targetGroupCode', 'owner', 'statusCode', 'consequenceCitizen', 'consequenceOperations',
  'consequenceChild', 'goalLinks', 'decisionRef', 'fullYearMin', 'fullYearMax', 'activityIds',
] as const;

const delta = (year: number, before: number | null, after: number | null): YearDelta => ({ year, before, after, difference: (after ?? 0) - (before ?? 0) });
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
    const droppedNow = b !== null && meaningOf(b.statusCode) === 'dropped' && (a === null || meaningOf(a.statusCode) !== 'dropped');
    const field = (m: CompareMeasure, f: (typeof COMPARED_FIELDS)[number]) => {
      const v = (m as unknown as Record<string, unknown>)[f];
      return Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : v;
    };
    const fields = a && b ? COMPARED_FIELDS.filter((f) => !same(field(a, f), field(b, f))) : [];
    const effectsChanged = a && b ? !same(a.effects.map(effectKey).sort(), b.effects.map(effectKey).sort()) : false;
    const change: MeasureChange = a === null ? 'added' : b === null || droppedNow ? 'dropped' : fields.length > 0 || effectsChanged ? 'changed' : 'unchanged';
    const value = (m: CompareMeasure | null, y: number) => (m ? measureEffect(m, y, 'reduction', range) : null);
    return {
      code,
      title: (b ?? a)!.title,
      change,
      fields: effectsChanged ? [...fields, 'effects'] : [...fields],
      fullYear: delta(0, a ? fullYearValue(a, range) : null, b && !droppedNow ? fullYearValue(b, range) : null),
      effects: years.map((y) => delta(y, value(a, y), droppedNow ? null : value(b, y))),
    };
  });
  const totals = years.map((y, i) => delta(y, sumOrNull(measures.map((m) => m.effects[i]!.before)), sumOrNull(measures.map((m) => m.effects[i]!.after))));
  const counts = { added: 0, dropped: 0, changed: 0, unchanged: 0 };
  for (const m of measures) counts[m.change]++;
  return {
    range, rangeRule: RANGE_RULE[range], years: [...years], measures, totals,
    fullYearTotal: delta(0, sumOrNull(measures.map((m) => m.fullYear.before)), sumOrNull(measures.map((m) => m.fullYear.after))),
    counts,
  };
}

// ---------------------------------------------------------------------------------------------
// Delivery

export interface DeliveryCell { year: number; planned: number | null; realised: number | null; share: number | null }
export interface MeasureDelivery { code: string; title: string; cells: DeliveryCell[]; planned: number; realised: number; share: number | null }
export interface PlanDelivery {
  range: RangeSetting;
  rangeRule: string;
  years: number[];
  /** years with at least one realised effect recorded: the years the plan has been followed up */
  followedUpYears: number[];
  measures: MeasureDelivery[];
  totals: DeliveryCell[];
  /** planned and realised over the followed-up years */
  planned: number;
  realised: number;
  share: number | null;
}

export const share = (realised: number | null, planned: number | null): number | null =>
  realised === null || planned === null || planned === 0 ? null : realised / planned;

/**
 * Realised ÷ planned reduction per measure and year, per year for the plan, and over the years
 * that have been followed up. Outcomes for measures no longer in the version still count.
 */
export function planDelivery(
  measures: readonly RuleMeasure[],
  outcomes: readonly { measureCode: string; year: number; amount: number }[],
  years: readonly number[],
  range: RangeSetting,
): PlanDelivery {
  const followedUpYears = years.filter((y) => outcomes.some((o) => o.year === y));
  const realisedOf = (code: string, year: number) => sumOrNull(outcomes.filter((o) => o.measureCode === code && o.year === year).map((o) => o.amount));
  const extra = [...new Set(outcomes.map((o) => o.measureCode))].filter((c) => !measures.some((m) => m.code === c));
  const rows: { code: string; title: string; measure: RuleMeasure | null }[] = [
    ...measures.map((m) => ({ code: m.code, title: m.title, measure: m as RuleMeasure | null })),
    ...extra.map((code) => ({ code, title: `${code} (finns inte i versionen)`, measure: null })),
  ];
  const result: MeasureDelivery[] = rows.map((r) => {
    const cells = years.map((year) => {
      const planned = r.measure ? measureEffect(r.measure, year, 'reduction', range) : null;
      const realised = realisedOf(r.code, year);
      return { year, planned, realised, share: share(realised, planned) };
    });
    const followed = cells.filter((c) => followedUpYears.includes(c.year));
    const planned = sum(followed.map((c) => c.planned ?? 0));
    const realised = sum(followed.map((c) => c.realised ?? 0));
    return { code: r.code, title: r.title, cells, planned, realised, share: share(realised, planned) };
  });
  const totals = years.map((year, i) => {
    const planned = sumOrNull(result.map((m) => m.cells[i]!.planned));
    const realised = sumOrNull(result.map((m) => m.cells[i]!.realised));
    return { year, planned, realised, share: share(realised, planned) };
  });
  const planned = sum(result.map((m) => m.planned));
  const realised = sum(result.map((m) => m.realised));
  return { range, rangeRule: RANGE_RULE[range], years: [...years], followedUpYears, measures: result, totals, planned, realised, share: share(realised, planned) };
}

export interface DeliveryRecordRow { planId: number; title: string; followedUpYears: number[]; planned: number; realised: number; share: number | null }
export interface DeliveryRecord { rows: DeliveryRecordRow[]; planned: number; realised: number; share: number | null }

/** "How much of what we planned did we realise?" across all of a committee's plans. */
export function deliveryRecord(plans: readonly { planId: number; title: string; delivery: PlanDelivery }[]): DeliveryRecord {
  const rows = plans.map((p) => ({
    planId: p.planId, title: p.title, followedUpYears: p.delivery.followedUpYears,
    planned: p.delivery.planned, realised: p.delivery.realised, share: p.delivery.share,
  }));
  const planned = sum(rows.map((r) => r.planned));
  const realised = sum(rows.map((r) => r.realised));
  return { rows, planned, realised, share: share(realised, planned) };
}

// ---------------------------------------------------------------------------------------------
// Reconciliation with the economy

export type Coverage = 'no_gap' | 'realised' | 'implemented' | 'decided' | 'not_covered';

export interface ReconciliationInput {
  year: number;
  /** forecast net cost − frame (positive = deficit), or null when there is no forecast */
  forecastDeficit: number | null;
  /** unallocated cost reductions the budget still has to find, as a positive amount */
  unallocatedReductions: number | null;
  /** reduction of measures in decided versions, not dropped */
  decided: number;
  /** of those, measures whose status means implemented */
  implemented: number;
  /** realised effects recorded */
  realised: number;
}

export interface ReconciliationRow extends ReconciliationInput {
  /** the deficit to close: forecast deficit (when positive) + unallocated reductions */
  toClose: number;
  /** toClose − decided effects, never below zero */
  uncovered: number;
  /** the firmest kind of effect that alone covers the gap */
  coverage: Coverage;
}

export function reconcile(input: ReconciliationInput): ReconciliationRow {
  const toClose = Math.max(0, input.forecastDeficit ?? 0) + Math.max(0, input.unallocatedReductions ?? 0);
  const coverage: Coverage = toClose === 0 ? 'no_gap'
    : input.realised >= toClose ? 'realised'
      : input.implemented >= toClose ? 'implemented'
        : input.decided >= toClose ? 'decided' : 'not_covered';
  return { ...input, toClose, uncovered: Math.max(0, toClose - input.decided), coverage };
}

export const COVERAGE_LABEL: Record<Coverage, string> = {
  no_gap: 'Inget underskott att täcka',
  realised: 'Täckt av realiserade effekter',
  implemented: 'Täckt av genomförda åtgärder',
  decided: 'Täckt av beslutade åtgärder (ännu inte genomförda)',
  not_covered: 'Inte täckt',
};
