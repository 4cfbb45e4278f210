import { required } from '../../../core/required.ts';
import { sum } from '../../../core/money.ts';
import {
  type EffectKind,
  type GroupBy,
  type GroupLabel,
  type PlanSummary,
  type RangeSetting,
  type RuleMeasure,
  type SummaryCell,
  type SummaryRow,
} from '../model.ts';
import {
  NO_GROUP_CODE,
  NO_GROUP_LABEL,
  TOTAL_CODE,
  TOTAL_LABEL,
  groupOf,
  sumOrNull,
  RANGE_RULE,
  effectValue,
  fullYearValue,
} from './measures.ts';

/** Summaries of a plan version by area or target group. */

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
export function summarise(input: {
  measures: readonly RuleMeasure[];
  years: readonly number[];
  groupBy: GroupBy;
  groups: readonly GroupLabel[];
  range: RangeSetting;
}): PlanSummary {
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
    cells: years.map((_, i) => addCells(rows.map((r) => required(r.cells[i], 'cell per år')))),
  });
  return { groupBy, range, rangeRule: RANGE_RULE[range], years: [...years], rows };
}
