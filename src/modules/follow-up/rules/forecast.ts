/** Economic governance rules as pure functions. Amounts in kronor; shares in basis points (100 = 1 %). */
import { multiplyDivideRounded } from '../../../core/rounding.ts';

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

/** Linköping's rule: a forecast deficit above 1 % of the frame requires an action plan. */
export function actionPlanCheck(frame: number, forecastNet: number, thresholdBp: number): ActionPlanCheck {
  const deficit = forecastNet - frame;
  const allowedDeficit = Math.floor((Math.abs(frame) * thresholdBp) / 10000);
  return { required: deficit > allowedDeficit, deficit, frame, thresholdBp, allowedDeficit, deficitShare: frame === 0 ? 0 : deficit / frame };
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

/**
 * Outcome to date extrapolated along the periodised budget: if the first months used X where the
 * plan said P, the year ends near budget × X / P. A forecast far more optimistic than that is
 * what auditors keep finding too late.
 */
export function earlyWarning(
  input: { outcomeToDate: number; periodisedBudgetToDate: number; budget: number; forecast: number },
  marginBp: number,
): EarlyWarning | null {
  if (input.periodisedBudgetToDate <= 0 || input.budget <= 0) return null;
  const extrapolated = multiplyDivideRounded(input.budget, input.outcomeToDate, input.periodisedBudgetToDate);
  const gap = extrapolated - input.forecast;
  const allowedGap = Math.floor((input.budget * marginBp) / 10000);
  return { extrapolated, forecast: input.forecast, gap, allowedGap, warn: Math.abs(gap) > allowedGap };
}

export interface ForecastProposal {
  /** outcome to date + the periodised budget of the remaining months */
  fromBudget: number;
  /** last month's forecast, unchanged */
  previous: number | null;
}

export function forecastProposal(outcomeToDate: number, budget: number, periodisedBudgetToDate: number, previous: number | null): ForecastProposal {
  return { fromBudget: outcomeToDate + (budget - periodisedBudgetToDate), previous };
}

export interface AccuracyPoint {
  month: number;
  forecast: number;
  /** forecast − final outcome; negative = the forecast was too optimistic about costs */
  error: number;
  /** error as a share of the final outcome */
  errorShare: number | null;
}

/** For a closed year: every month's forecast against the final outcome. */
export function forecastAccuracy(forecasts: ReadonlyMap<number, number>, finalOutcome: number): AccuracyPoint[] {
  return [...forecasts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, forecast]) => ({ month, forecast, error: forecast - finalOutcome, errorShare: finalOutcome === 0 ? null : (forecast - finalOutcome) / finalOutcome }));
}
