/** Economic governance rules as pure functions. Amounts in kronor; shares in basis points (100 = 1 %). */
import { multiplyDivideRounded } from '../../../core/rounding.ts';
import type { AccuracyPoint, ActionPlanCheck, EarlyWarning, ForecastProposal } from '../model.ts';

/** Linköping's rule: a forecast deficit above 1 % of the frame requires an action plan. */
export function actionPlanCheck(frame: number, forecastNet: number, thresholdBp: number): ActionPlanCheck {
  const deficit = forecastNet - frame;
  const allowedDeficit = Math.floor((Math.abs(frame) * thresholdBp) / 10000);
  return {
    required: deficit > allowedDeficit,
    deficit,
    frame,
    thresholdBp,
    allowedDeficit,
    deficitShare: frame === 0 ? 0 : deficit / frame,
  };
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

export function forecastProposal(
  outcomeToDate: number,
  budget: number,
  periodisedBudgetToDate: number,
  previous: number | null,
): ForecastProposal {
  return { fromBudget: outcomeToDate + (budget - periodisedBudgetToDate), previous };
}

/** For a closed year: every month's forecast against the final outcome. */
export function forecastAccuracy(forecasts: ReadonlyMap<number, number>, finalOutcome: number): AccuracyPoint[] {
  return [...forecasts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, forecast]) => ({
      month,
      forecast,
      error: forecast - finalOutcome,
      errorShare: finalOutcome === 0 ? null : (forecast - finalOutcome) / finalOutcome,
    }));
}
