import { allocate, sum } from '../../../core/money.ts';
import type { PeriodProfile } from '../model.ts';

export const EVEN: PeriodProfile = { method: 'even', weights: Array(12).fill(1) };

/** Weights from last year's monthly outcome; months with a net income or nothing get no weight. */
export function profileFromOutcome(monthlyNet: readonly number[]): PeriodProfile {
  if (monthlyNet.length !== 12) throw new Error('12 månader krävs');
  const weights = monthlyNet.map((v) => Math.max(0, v));
  return sum(weights) > 0 ? { method: 'last_year', weights } : EVEN;
}

/** A year's amount over twelve months: whole kronor that add up to exactly the amount. */
export function periodise(annual: number, profile: PeriodProfile = EVEN): number[] {
  if (profile.weights.length !== 12) throw new Error('En periodiseringsprofil har 12 vikter');
  return allocate(annual, profile.weights);
}

/** Sum of months 1..month (1-based, inclusive). */
export const toDate = (monthly: readonly number[], month: number): number => sum(monthly.slice(0, month));
