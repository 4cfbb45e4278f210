import type { Queryable } from '../../db/connection.ts';
import { AppError } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import type { Amounts } from '../budget/model.ts';
import type { AccuracyReport, EconomySettings, EconomyYears, FollowUpReport } from './model.ts';
import { buildFollowUp } from './rules/build-follow-up.ts';
import { buildAccuracy } from './rules/build-accuracy.ts';
import * as store from '../budget/store.ts';
import * as fu from './store.ts';

/** Everything a controller follows up for one committee, year and cut-off month (the last month with outcome if none is given). */
export async function followUpReport(db: Queryable, committeeCode: string, year: number, month: number | null): Promise<FollowUpReport> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const version = await store.requireBudgetVersion(db, committee.id, committee.code, year);
  const lastMonth = await fu.lastOutcomeMonth(db, committee.id, year);
  if (lastMonth === 0) throw new AppError('not_found', msg('follow_up.no_outcome', { committee: committee.code, year }));
  if (month !== null && month > lastMonth) {
    throw new AppError('not_found', msg('follow_up.outcome_until', { committee: committee.code, year, month: lastMonth }));
  }
  const cutoff = month ?? lastMonth;
  // every read at once; the names are the ones buildFollowUp takes
  const reads = {
    activities: store.economyActivities(db, committee.id),
    lines: store.budgetLines(db, version.id),
    frames: store.frames(db, committee.id),
    outcome: store.monthlyOutcome(db, committee.id, year),
    outcomeLastYear: store.monthlyOutcome(db, committee.id, year - 1),
    closingLastYear: store.closingOutcome(db, committee.id, year - 1),
    profiles: store.periodProfiles(db, committee.id, year),
    forecasts: fu.forecasts(db, committee.id, year),
    settings: fu.economySettings(db, committee.id),
    accountTotalsToDate: fu.accountTotals(db, committee.id, year, cutoff),
    closedMonths: fu.closedMonths(db, committee.id, year),
  };
  const { lines, frames, ...read } = Object.fromEntries(
    await Promise.all(Object.entries(reads).map(async ([key, value]) => [key, await value] as const)),
  ) as { [K in keyof typeof reads]: Awaited<(typeof reads)[K]> };
  return buildFollowUp({
    ...read,
    committee,
    year,
    cutoff,
    budgetVersion: version,
    budget: lines.get(year) ?? new Map<number, Amounts>(),
    frame: frames.get(year) ?? null,
  });
}

/**
 * How good were the forecasts? For a closed year, every month's full-year forecast against the
 * final outcome, per activity and for the committee (months without a forecast count the budget).
 */
export async function forecastAccuracyReport(db: Queryable, committeeCode: string, year: number): Promise<AccuracyReport> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const [activities, forecastRows, closed, closing, version] = await Promise.all([
    store.economyActivities(db, committee.id),
    fu.forecasts(db, committee.id, year),
    fu.isYearClosed(db, committee.id, year),
    store.closingOutcome(db, committee.id, year),
    store.currentBudgetVersion(db, committee.id, year),
  ]);
  if (!closed) {
    throw new AppError('not_found', msg('follow_up.year_not_closed', { committee: committee.code, year }));
  }
  if (forecastRows.length === 0) throw new AppError('not_found', msg('follow_up.no_forecasts', { committee: committee.code, year }));
  const budget = version ? (await store.budgetLines(db, version.id)).get(year) : undefined;
  return buildAccuracy({
    committee: { code: committee.code, name: committee.name },
    year,
    activities,
    forecasts: forecastRows,
    finalOutcome: closing,
    budget: budget ?? new Map<number, Amounts>(),
  });
}

export async function economyYearsOf(db: Queryable, committeeCode: string): Promise<EconomyYears> {
  return fu.economyYears(db, (await getCommitteeByCode(db, committeeCode)).id);
}

export async function economySettingsOf(db: Queryable, committeeCode: string): Promise<EconomySettings> {
  return fu.economySettings(db, (await getCommitteeByCode(db, committeeCode)).id);
}
