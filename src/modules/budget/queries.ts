import type { Queryable } from '../../db/connection.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import type { BudgetColumn, BudgetFrame, BudgetLineRow, BudgetReport, BudgetVersion, PeriodProfile } from './model.ts';
import { buildBudgetTable } from './rules/budget-table.ts';
import { compareControlTotals, compareTablesWithEachOther } from './rules/control-totals.ts';
import * as store from './store.ts';

/**
 * The internal budget's operating summary for a budget year, as the document prints it:
 * closing outcome two years back, last year's budget, the budget year and its plan years.
 */
export async function budgetReport(db: Queryable, committeeCode: string, budgetYear: number): Promise<BudgetReport> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const version = await store.requireBudgetVersion(db, committee.id, committee.code, budgetYear);
  const [activities, lines, frames, controls, previous, outcome] = await Promise.all([
    store.economyActivities(db, committee.id),
    store.budgetLines(db, version.id),
    store.frames(db, committee.id),
    store.controlTotals(db, version.id),
    store.currentBudgetVersion(db, committee.id, budgetYear - 1),
    store.closingOutcome(db, committee.id, budgetYear - 2),
  ]);
  const previousLines = previous ? (await store.budgetLines(db, previous.id)).get(budgetYear - 1) : undefined;

  const LABEL = { outcome: 'Utfall', budget: 'Budget', plan: 'Plan' } as const;
  const column = (kind: BudgetColumn['kind'], year: number, amounts: BudgetColumn['amounts'], frame: number | null): BudgetColumn => ({
    key: `${kind}-${year}`,
    label: `${LABEL[kind]} ${year}`,
    year,
    kind,
    amounts,
    frame,
  });
  const columns: BudgetColumn[] = [];
  if (outcome.size > 0) columns.push(column('outcome', budgetYear - 2, outcome, null));
  if (previousLines) columns.push(column('budget', budgetYear - 1, previousLines, null));
  const years = [...new Set([budgetYear, ...lines.keys()])].filter((y) => y >= budgetYear).sort((a, b) => a - b);
  for (const year of years)
    columns.push(column(year === budgetYear ? 'budget' : 'plan', year, lines.get(year) ?? new Map(), frames.get(year) ?? null));
  const table = buildBudgetTable(activities, columns);
  return {
    committee,
    budgetVersion: version,
    table,
    controlFindings: compareControlTotals(table, controls),
    crossTableFindings: compareTablesWithEachOther(controls),
  };
}

export async function budgetVersionsOf(db: Queryable, committeeCode: string): Promise<BudgetVersion[]> {
  return store.listBudgetVersions(db, (await getCommitteeByCode(db, committeeCode)).id);
}

export async function budgetVersionWithLines(
  db: Queryable,
  versionId: number,
): Promise<{ version: BudgetVersion; lines: BudgetLineRow[] }> {
  const version = await store.getBudgetVersion(db, versionId);
  return { version, lines: await store.listBudgetLines(db, version.id) };
}

export async function framesOf(db: Queryable, committeeCode: string): Promise<BudgetFrame[]> {
  return store.listFrames(db, (await getCommitteeByCode(db, committeeCode)).id);
}

export async function periodProfilesOf(
  db: Queryable,
  committeeCode: string,
  year: number,
): Promise<({ activityId: number; version: number } & PeriodProfile)[]> {
  const profiles = await store.periodProfiles(db, (await getCommitteeByCode(db, committeeCode)).id, year);
  return [...profiles.entries()].map(([activityId, p]) => ({ activityId, ...p }));
}
