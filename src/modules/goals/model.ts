/** Plain goal and indicator data shared by the pure rules, the store and the API. */
import type { GroupYearStats } from '../kolada/model.ts';

export type Gender = 'T' | 'K' | 'M';
export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];
export const genderLabel: Record<Gender, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

export type Colour = 'green' | 'yellow' | 'red' | 'none';
export const colourLabel: Record<Colour, string> = { green: 'Grön', yellow: 'Gul', red: 'Röd', none: '–' };

export type Direction = 'increase' | 'decrease' | 'maintain';
export const directionLabel: Record<Direction, string> = { increase: 'Öka', decrease: 'Minska', maintain: 'Bibehålla' };

export type Comparator = 'at_least' | 'at_most' | 'equal';
export type RollupRule = 'worst' | 'majority' | 'average';
export type IndicatorSource = 'manual' | 'import' | 'kolada' | 'computed';
export type Polarity = 'higher_is_better' | 'lower_is_better';

/** A year, or a cut-off within a year (month 1–12, "augusti 2023" = { 2023, 8 }). */
export interface Period {
  year: number;
  month: number | null;
}

export interface IndicatorValue extends Period {
  gender: Gender;
  /** null = no figure ("i.u."), never 0. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  preliminary: boolean;
  note: string;
  /** manual (entered or imported in Styrbord) or kolada (from the cache). */
  origin: 'manual' | 'kolada';
  sourceNote: string | null;
  updatedAt: string | null;
  version: number;
}

export type Target =
  | { kind: 'direction'; year: number; gender: Gender; direction: Direction; label: string; version: number }
  | { kind: 'value'; year: number; gender: Gender; comparator: Comparator; value: number; label: string; version: number }
  | {
      kind: 'benchmark';
      year: number;
      gender: Gender;
      comparator: 'at_least' | 'at_most';
      groupId: number;
      groupCode: string;
      statistic: 'average' | 'median';
      label: string;
      version: number;
    };

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export function periodLabel(p: Period): string {
  return p.month === null ? String(p.year) : `${MONTHS[p.month - 1]} ${p.year}`;
}

/** Whole years sort after their cut-offs: 2023-08 < 2023 < 2024-04. */
export const periodKey = (p: Period): number => p.year * 100 + (p.month ?? 13);

/** The printed wording of a target, e.g. "Minska", "4", "Samma eller lägre än R9-snitt". */
export function targetText(t: Target, decimals = 0): string {
  if (t.label.trim() !== '') return t.label;
  if (t.kind === 'direction') return directionLabel[t.direction];
  if (t.kind === 'value') {
    const n = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: decimals }).format(t.value);
    return t.comparator === 'at_least' ? `minst ${n}` : t.comparator === 'at_most' ? `högst ${n}` : n;
  }
  const stat = t.statistic === 'average' ? 'snitt' : 'median';
  return `${t.comparator === 'at_most' ? 'Samma eller lägre' : 'Samma eller högre'} än ${t.groupCode}-${stat}`;
}

// ---- rows as the domain sees them ----

export interface GoalArea {
  id: number;
  code: string;
  name: string;
  description: string;
  sortOrder: number;
  version: number;
}

export interface CouncilGoal {
  id: number;
  goalAreaId: number;
  code: string;
  title: string;
  summary: string;
  termFrom: number;
  termTo: number;
  sortOrder: number;
  sourceNote: string | null;
  version: number;
}

export interface CommitteeGoal {
  id: number;
  committeeId: number;
  goalAreaId: number;
  councilGoalId: number | null;
  code: string;
  title: string;
  description: string;
  fromYear: number;
  toYear: number | null;
  rollupRule: RollupRule;
  sortOrder: number;
  sourceNote: string | null;
  version: number;
}

export interface Indicator {
  id: number;
  committeeId: number;
  committeeGoalId: number;
  code: string;
  name: string;
  definition: string;
  numerator: string | null;
  denominator: string | null;
  unit: string;
  decimals: number;
  source: IndicatorSource;
  sourceDetail: string;
  koladaKpi: string | null;
  computedFormula: string | null;
  periodicity: 'year' | 'half_year' | 'tertial' | 'quarter' | 'month';
  expectedNote: string;
  genderSplit: boolean;
  mandatory: boolean;
  polarity: Polarity | null;
  benchmarkGroupId: number | null;
  owner: string;
  footnote: string;
  sortOrder: number;
  version: number;
}

export interface AssessmentRow {
  id: number;
  subjectType: 'indicator' | 'committee_goal';
  subjectId: number;
  year: number;
  month: number | null;
  suggestedColour: Colour;
  colour: Colour;
  analysis: string;
  author: string;
  createdAt: string;
}

export interface Snapshot {
  id: number;
  committeeId: number;
  year: number;
  budgetVersionId: number | null;
  decidedOn: string | null;
  reason: string;
  takenAt: string;
}

export interface Revision {
  id: number;
  entityType: string;
  entityId: string;
  reason: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
}

/** The frozen rows as stored by goal_set_freeze (column names as in the database). */
export interface SnapshotBody {
  goals: {
    goal: Record<string, unknown> & { id: number };
    indicators: { indicator: Record<string, unknown> & { id: number }; targets: Record<string, unknown>[] }[];
  }[];
}

// ---- the three signals (rules/signals.ts) ----

export interface Attainment {
  status: 'met' | 'not_met' | 'no_data' | 'no_target';
  /** The period whose value was judged. */
  measured: Period | null;
  value: number | null;
  /** What the value was compared with (target value, baseline, or group figure). */
  reference: number | null;
  explanation: string;
}

export interface Trend {
  direction: 'up' | 'down' | 'flat' | 'unknown';
  judgement: 'better' | 'worse' | 'unchanged' | 'unknown';
  current: Period | null;
  previous: Period | null;
  change: number | null;
}

export interface Position {
  rank: number | null;
  /** Members with a value, including the municipality itself. */
  of: number;
  band: 'best' | 'middle' | 'worst' | 'unknown';
  average: number | null;
  median: number | null;
  label: string;
}

export interface BenchmarkFigures {
  average: number | null;
  median: number | null;
  membersWithValue: number;
  memberCount: number;
}

export type Desired = 'higher' | 'lower' | 'stable' | null;

// ---- read models (queries.ts) ----

/**
 * The goal tree of a committee for a year (goal area → council goal → committee goal →
 * indicators), with values, targets, the three signals per gender, suggested colours and the
 * current assessments. When the year's goal set is decided, exactly the decided goals and
 * indicators are followed up, against the decided targets; later revisions are flagged.
 */
export interface IndicatorSignals {
  gender: Gender;
  target: Target | null;
  attainment: Attainment;
  trend: Trend;
  /** null when the indicator has no peer values (not bound to Kolada, or no benchmark group). */
  position: Position | null;
}

export interface BenchmarkInfo {
  groupId: number;
  groupCode: string;
  groupName: string;
  koladaGroupId: string | null;
  includeSelf: boolean;
  /** Per year: average, median, members with value, missing members, own value, each member's value (gender T). */
  series: GroupYearStats[];
  note: string;
}

export interface IndicatorNode extends Indicator {
  koladaTitle: string | null;
  values: IndicatorValue[];
  /** Targets of the year and the next (decided ones when the set is decided). */
  targets: Target[];
  signals: IndicatorSignals[];
  benchmark: BenchmarkInfo | null;
  suggestedColour: Colour;
  assessment: AssessmentRow | null;
  /** The definition as decided, when it has been revised since. */
  decided: Record<string, unknown> | null;
  revisedSinceDecision: boolean;
}

export interface CommitteeGoalNode extends CommitteeGoal {
  indicators: IndicatorNode[];
  suggestedColour: Colour;
  assessment: AssessmentRow | null;
  revisedSinceDecision: boolean;
}

export interface GoalTree {
  municipality: { code: string; name: string };
  committee: { id: number; code: string; name: string };
  year: number;
  month: number | null;
  decidedSet: Snapshot | null;
  areas: {
    id: number;
    code: string;
    name: string;
    description: string;
    councilGoals: (CouncilGoal & { committeeGoals: CommitteeGoalNode[] })[];
    /** Committee goals in the area without a council goal. */
    committeeGoals: CommitteeGoalNode[];
  }[];
}

/** One indicator with everything the indicator page needs. */
export interface IndicatorDetail extends IndicatorNode {
  committeeGoal: { id: number; code: string; title: string };
  /** Every target of the indicator, all years. */
  allTargets: Target[];
  assessmentHistory: AssessmentRow[];
  revisions: Revision[];
  frozen: boolean;
}

// ---- strategic assignments ----

export type AssignmentStatus = 'not_started' | 'ongoing' | 'done' | 'cancelled';
export const assignmentStatusLabel: Record<AssignmentStatus, string> = {
  not_started: 'Ej påbörjat',
  ongoing: 'Pågår',
  done: 'Genomfört',
  cancelled: 'Avbrutet',
};

export interface AssignmentFollowUp {
  year: number;
  month: number | null;
  status: AssignmentStatus;
  text: string;
  author: string;
  updatedAt: string;
  version: number;
}

export interface StrategicAssignment {
  id: number;
  issuer: 'council' | 'committee';
  issuerCommitteeCode: string | null;
  number: number | null;
  scope: 'all' | 'named' | 'own';
  title: string;
  termFrom: number;
  termTo: number;
  sourceNote: string | null;
  version: number;
  recipients: { committeeCode: string | null; name: string }[];
  /** This committee's follow-ups, newest first. */
  followUps: AssignmentFollowUp[];
  /** The newest follow-up up to the period asked for, or null (= not yet followed up). */
  current: AssignmentFollowUp | null;
}

// ---- file import ----

export interface IndicatorImportSummary {
  values: number;
  targets: number;
  unchangedTargets: number;
}
