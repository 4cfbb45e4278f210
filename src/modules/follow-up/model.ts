import type { Committee } from '../organisation/model.ts';
import type { ActivityRowHead, Amounts, BudgetVersion, EconomyActivity, PeriodProfile } from '../budget/model.ts';

/** Everything known about one activity for a year and a cut-off month. */
export interface ActivityFollowUpInput {
  budget: Amounts | null;
  periodisedBudgetToDate: number | null;
  outcomeToDate: Amounts | null;
  outcomeLastYearToDate: Amounts | null;
  forecast: number | null;
  closingLastYear: Amounts | null;
}

export interface SummaryFigures {
  outcomeToDate: number | null;
  outcomeLastYearToDate: number | null;
  change: number | null;
  periodisedBudgetToDate: number | null;
  /** periodised budget − outcome to date; positive = under budget so far */
  deviationToDate: number | null;
  forecast: number | null;
  budget: number | null;
  /** budget − forecast; positive = surplus */
  deviation: number | null;
  closingLastYear: number | null;
}

export interface SummaryRow extends ActivityRowHead {
  kind: 'activity' | 'total' | 'total_income' | 'total_cost';
  figures: SummaryFigures;
}

export const SUMMARY_COLUMNS: { key: keyof SummaryFigures; label: string }[] = [
  { key: 'outcomeToDate', label: 'Utfall t.o.m. perioden' },
  { key: 'outcomeLastYearToDate', label: 'Utfall motsv. period fg år' },
  { key: 'change', label: 'Förändring' },
  { key: 'periodisedBudgetToDate', label: 'Periodiserad budget' },
  { key: 'deviationToDate', label: 'Avvikelse mot periodiserad budget' },
  { key: 'forecast', label: 'Prognos helår' },
  { key: 'budget', label: 'Budget helår' },
  { key: 'deviation', label: 'Avvikelse budget − prognos' },
  { key: 'closingLastYear', label: 'Bokslut fg år' },
];

export interface ActionPlanCheck {
  required: boolean;
  /** forecast net cost − frame; positive = deficit */
  deficit: number;
  frame: number;
  thresholdBp: number;
  /** the deficit the rule allows before an action plan is required */
  allowedDeficit: number;
  /** deficit as a share of the frame */
  deficitShare: number;
}

export interface EarlyWarning {
  /** where the year ends if spending continues as it has against the periodised budget */
  extrapolated: number;
  forecast: number;
  /** extrapolated − forecast; positive = the forecast looks too optimistic */
  gap: number;
  allowedGap: number;
  warn: boolean;
}

export interface ForecastProposal {
  /** outcome to date + the periodised budget of the remaining months */
  fromBudget: number;
  /** last month's forecast, unchanged */
  previous: number | null;
}

export interface AccuracyPoint {
  month: number;
  forecast: number;
  /** forecast − final outcome; negative = the forecast was too optimistic about costs */
  error: number;
  /** error as a share of the final outcome */
  errorShare: number | null;
}

/** Ledger totals by Kommun-Bas account class for one committee, to date or for a full year. */
export interface AccountTotals {
  /** class 3, as a positive amount */
  income: number;
  /** classes 4–7 except depreciation */
  costs: number;
  /** accounts 78xx */
  depreciation: number;
  /** class 8: financial income minus financial costs, as a positive number when income dominates */
  financialNet: number;
}

export interface ResultStatementRow {
  key: 'income' | 'costs' | 'depreciation' | 'netCost' | 'financialNet' | 'municipalContribution' | 'result';
  label: string;
  values: (number | null)[];
  emphasis?: boolean;
}

export interface ForecastRow {
  activityId: number;
  month: number;
  amount: number;
  comment: string;
  author: string;
  updatedAt: string;
  version: number;
}

export interface FollowUpReport {
  committee: Committee;
  year: number;
  month: number;
  budgetVersion: BudgetVersion;
  frame: number | null;
  summary: SummaryRow[];
  actionPlan: ActionPlanCheck | null;
  warnings: { label: string; warning: EarlyWarning }[];
  resultStatement: { columns: string[]; rows: ResultStatementRow[] };
  charts: {
    months: number[];
    cumulativeOutcome: (number | null)[];
    cumulativeBudget: number[];
    forecastByMonth: (number | null)[];
    perActivity: { label: string; budget: number | null; forecast: number | null }[];
  };
  proposals: {
    activityId: number;
    label: string;
    outcomeToDate: number;
    budget: number;
    proposal: number;
    previous: number | null;
    current: ForecastRow | null;
  }[];
  closedMonths: number[];
}

export interface AccuracyReport {
  committee: { code: string; name: string };
  year: number;
  rows: { activityId: number | null; label: string; finalOutcome: number; points: AccuracyPoint[] }[];
}

/** The committee's thresholds: action plan above a deficit share, early warning above a gap. */
export interface EconomySettings {
  actionPlanThresholdBp: number;
  earlyWarningMarginBp: number;
  /** 0 while the committee has only the defaults. */
  version: number;
}

/** Which years a committee has budgets for, and how far each year's ledger outcome goes. */
export interface EconomyYears {
  budgetYears: number[];
  outcomeThrough: Record<number, number>;
}

/** What the store holds for one committee, year and cut-off month: everything buildFollowUp needs. */
export interface FollowUpRows {
  committee: Committee;
  year: number;
  /** the last month the follow-up covers, 1–12 */
  cutoff: number;
  budgetVersion: BudgetVersion;
  activities: readonly EconomyActivity[];
  /** the budget version's lines for the year, per activity */
  budget: ReadonlyMap<number, Amounts>;
  frame: number | null;
  /** twelve months of ledger outcome per activity, this year and last */
  outcome: ReadonlyMap<number, Amounts[]>;
  outcomeLastYear: ReadonlyMap<number, Amounts[]>;
  closingLastYear: ReadonlyMap<number, Amounts>;
  profiles: ReadonlyMap<number, PeriodProfile>;
  forecasts: readonly ForecastRow[];
  settings: EconomySettings;
  accountTotalsToDate: AccountTotals | null;
  closedMonths: number[];
}
