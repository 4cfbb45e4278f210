/**
 * Plain action-plan data shared by the pure rules, the store and the API. Amounts are integer
 * kronor; a cost reduction and a cost of carrying a measure out are both positive, and
 * net effect = reduction − implementation cost.
 */
import type { DecidedVersion } from '../../core/decided-version.ts';
import type { Finding } from '../../core/finding.ts';
import type { Committee } from '../organisation/model.ts';

export type TermKind = 'area' | 'target_group' | 'status';
export type StatusMeaning = 'proposal' | 'investigation' | 'ongoing' | 'implemented' | 'dropped';
export const STATUS_MEANINGS: readonly StatusMeaning[] = ['proposal', 'investigation', 'ongoing', 'implemented', 'dropped'];

export interface Term {
  id: number;
  kind: TermKind;
  code: string;
  label: string;
  /** only for statuses: what the status means for the rules */
  meaning: StatusMeaning | null;
  sortOrder: number;
  active: boolean;
  version: number;
}

export interface Vocabulary {
  areas: Term[];
  targetGroups: Term[];
  statuses: Term[];
}

export interface ActionPlan {
  id: number;
  committeeId: number;
  title: string;
  firstYear: number;
  lastYear: number;
  sourceNote: string | null;
  createdAt: string;
  version: number;
}

export interface PlanVersion extends DecidedVersion {
  id: number;
  planId: number;
  number: number;
  createdAt: string;
}

export type EffectKind = 'reduction' | 'implementation_cost';
export const EFFECT_KINDS: readonly EffectKind[] = ['reduction', 'implementation_cost'];
export type Qualitative = 'no_economic_effect' | 'market_dependent' | 'other';
export const QUALITATIVE_KINDS: readonly Qualitative[] = ['no_economic_effect', 'market_dependent', 'other'];

/** An estimate: exact when min = max, a range otherwise; qualitative only when both are null. */
export interface Effect {
  year: number;
  kind: EffectKind;
  amountMin: number | null;
  amountMax: number | null;
  isPartialYear: boolean;
  qualitative: Qualitative | null;
  note: string;
  sourceNote: string | null;
}

export interface Measure {
  id: number;
  planVersionId: number;
  code: string;
  title: string;
  description: string;
  areaCode: string;
  targetGroupCode: string | null;
  owner: string;
  statusCode: string;
  consequenceCitizen: string;
  consequenceOperations: string;
  consequenceChild: string;
  goalLinks: string[];
  decisionRef: string | null;
  /** full-year (helårs) cost reduction, the steady level once the measure has full effect */
  fullYearMin: number | null;
  fullYearMax: number | null;
  sortOrder: number;
  sourceNote: string | null;
  activityIds: number[];
  effects: Effect[];
  version: number;
}

export interface Outcome {
  id: number;
  planId: number;
  measureCode: string;
  year: number;
  /** realised cost reduction in kronor */
  amount: number;
  comment: string;
  author: string;
  sourceNote: string | null;
  updatedAt: string;
  version: number;
}

export interface FollowUp {
  planId: number;
  measureCode: string;
  statusCode: string;
  comment: string;
  author: string;
  updatedAt: string;
  version: number;
}

export interface ControlTotal {
  id: number;
  source: string;
  groupBy: GroupBy;
  /** "total" or the code of an area / target group */
  rowCode: string;
  /** null = the full-year column */
  year: number | null;
  kind: EffectKind | 'net';
  amount: number;
  /** the rounding the document printed with, in kronor (10000 = 0,01 mnkr) */
  precision: number;
}

export type GroupBy = 'area' | 'target_group';

/**
 * How a range enters a total: its low end, its high end, or its middle. The middle of a range is
 * floor((min + max) / 2) per measure and year — whole kronor, so every total is the exact sum of
 * its rows; the rounding is at most half a krona per ranged estimate.
 */
export type RangeSetting = 'low' | 'mid' | 'high';
export const RANGE_SETTINGS: readonly RangeSetting[] = ['low', 'mid', 'high'];
export const QUALITATIVE_LABEL: Record<Qualitative, string> = {
  no_economic_effect: 'ingen ekonomisk effekt',
  market_dependent: 'marknadsberoende',
  other: 'annan (se not)',
};

/** Defaults a new municipality can start from (the 2023 SON plan's areas and groups). */
export const DEFAULT_VOCABULARY: { kind: TermKind; code: string; label: string; meaning: StatusMeaning | null }[] = [
  { kind: 'area', code: 'riktlinjer', label: 'Förändring av riktlinjer', meaning: null },
  { kind: 'area', code: 'boende', label: 'Boende och boendeformer', meaning: null },
  { kind: 'area', code: 'icke-lagstadgad', label: 'Icke lagstadgad verksamhet', meaning: null },
  { kind: 'area', code: 'utveckling', label: 'Utveckling/innovation', meaning: null },
  { kind: 'area', code: 'upphandling', label: 'Upphandling', meaning: null },
  { kind: 'target_group', code: 'barn-unga', label: 'Barn och unga', meaning: null },
  { kind: 'target_group', code: 'vuxna', label: 'Vuxna', meaning: null },
  { kind: 'target_group', code: 'generell', label: 'Generellt', meaning: null },
  { kind: 'status', code: 'nytt-forslag', label: 'Nytt förslag', meaning: 'proposal' },
  { kind: 'status', code: 'utreds', label: 'Under utredning', meaning: 'investigation' },
  { kind: 'status', code: 'pagaende', label: 'Pågående', meaning: 'ongoing' },
  { kind: 'status', code: 'genomford', label: 'Genomförd', meaning: 'implemented' },
  { kind: 'status', code: 'utgar', label: 'Utgår', meaning: 'dropped' },
];

// ---- what the rules compute (rules/) ----

export type RuleMeasure = Pick<Measure, 'code' | 'title' | 'areaCode' | 'targetGroupCode' | 'fullYearMin' | 'fullYearMax' | 'effects'>;

export interface GroupLabel {
  code: string;
  label: string;
}

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

export interface PlanFinding extends Finding {
  kind: 'full_year_differs' | 'control_total' | 'unit_suspect';
  message: string;
  /** measure code, group code or "total" */
  subject: string;
  year: number | null;
  printed: number | null;
  computed: number | null;
  difference: number | null;
}

export type MeasureChange = 'added' | 'dropped' | 'changed' | 'unchanged';

export type CompareMeasure = RuleMeasure & { statusCode: string };

export interface YearDelta {
  year: number;
  before: number | null;
  after: number | null;
  difference: number;
}

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

export interface DeliveryCell {
  year: number;
  planned: number | null;
  realised: number | null;
  share: number | null;
}

export interface MeasureDelivery {
  code: string;
  title: string;
  cells: DeliveryCell[];
  planned: number;
  realised: number;
  share: number | null;
}

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

export interface DeliveryRecordRow {
  planId: number;
  title: string;
  followedUpYears: number[];
  planned: number;
  realised: number;
  share: number | null;
}

export interface DeliveryRecord {
  rows: DeliveryRecordRow[];
  planned: number;
  realised: number;
  share: number | null;
}

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

// ---- read models (queries.ts) ----

export interface PlanRef {
  plan: ActionPlan;
  committee: Committee;
  versions: PlanVersion[];
  governingVersionId: number | null;
}

export interface PlanListItem extends ActionPlan {
  versions: PlanVersion[];
  governingVersionId: number | null;
  measureCount: number;
}

export interface MeasureView extends Measure {
  /** the follow-up status when one is recorded, else the status in the version */
  currentStatusCode: string;
  followUp: FollowUp | null;
  /** the same measure in the version this one revises (earlier estimates kept beside the current) */
  earlier: (Pick<Measure, 'fullYearMin' | 'fullYearMax' | 'effects' | 'statusCode'> & { versionId: number }) | null;
}

export interface VersionView {
  plan: ActionPlan;
  committee: Committee;
  version: PlanVersion;
  years: number[];
  measures: MeasureView[];
  controlTotals: ControlTotal[];
  vocabulary: Vocabulary;
  activities: { id: number; code: string; name: string }[];
}

export interface SummaryReport {
  plan: ActionPlan;
  committee: Committee;
  version: PlanVersion;
  summary: PlanSummary;
}

export interface ChecksReport {
  plan: ActionPlan;
  version: PlanVersion;
  findings: PlanFinding[];
}

export interface ComparisonReport {
  plan: ActionPlan;
  from: PlanVersion;
  to: PlanVersion;
  comparison: VersionComparison;
}

export interface ActivityLineOutcome {
  activityId: number;
  code: string;
  name: string;
  years: { year: number; budget: number | null; outcome: number | null }[];
}

export interface DeliveryReport {
  plan: ActionPlan;
  committee: Committee;
  version: PlanVersion;
  delivery: PlanDelivery;
  outcomes: Outcome[];
  /** per measure code: the economy's budget and outcome (net) on the activity lines it names */
  activityLines: Record<string, ActivityLineOutcome[]>;
}

export interface DeliveryRecordReport {
  committee: Committee;
  range: RangeSetting;
  record: DeliveryRecord;
}

export interface ReconciliationReport {
  committee: Committee;
  range: RangeSetting;
  rows: (ReconciliationRow & { forecastSource: string | null; budgetSource: string | null })[];
}
