import type { Queryable } from '../../db/connection.ts';
import { maybeOne } from '../../db/rows.ts';
import { OPERATING_COSTS, sqlAccountClass } from '../../core/account-classes.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import type { Amounts, BudgetFrame, BudgetLineRow, BudgetVersion, ControlTotal, EconomyActivity, PeriodProfile } from './model.ts';

const versionColumns = `id, committee_id as "committeeId", budget_year as "budgetYear", title, status, revises_id as "revisesId",
  revision_reason as "revisionReason", decided_on as "decidedOn", decision_ref as "decisionRef", source_note as "sourceNote", version`;

export function economyActivities(db: Queryable, committeeId: number): Promise<EconomyActivity[]> {
  return db.query<EconomyActivity>(
    `select id, code, name, parent_id as "parentId", is_subset as "isSubset", sort_order as "sortOrder", role
     from activity where committee_id = $1 order by sort_order, code`,
    [committeeId],
  );
}

export function listBudgetVersions(db: Queryable, committeeId: number): Promise<BudgetVersion[]> {
  return db.query<BudgetVersion>(
    `select ${versionColumns} from budget_version where committee_id = $1 order by budget_year desc, id desc`,
    [committeeId],
  );
}

export async function getBudgetVersion(db: Queryable, id: number): Promise<BudgetVersion> {
  const [v] = await db.query<BudgetVersion>(`select ${versionColumns} from budget_version where id = $1`, [id]);
  if (!v) throw notFound(msg('thing.budget_version'));
  return v;
}

/** The version that governs a budget year: the newest decided one, else the newest draft. */
export async function currentBudgetVersion(db: Queryable, committeeId: number, budgetYear: number): Promise<BudgetVersion | null> {
  const [v] = await db.query<BudgetVersion>(
    `select ${versionColumns} from budget_version where committee_id = $1 and budget_year = $2
     order by (status = 'decided') desc, coalesce(decided_on, '0001-01-01') desc, id desc limit 1`,
    [committeeId, budgetYear],
  );
  return v ?? null;
}

export async function requireBudgetVersion(
  db: Queryable,
  committeeId: number,
  committeeCode: string,
  budgetYear: number,
): Promise<BudgetVersion> {
  const v = await currentBudgetVersion(db, committeeId, budgetYear);
  if (!v) throw new AppError('not_found', msg('budget.no_internal_budget', { committee: committeeCode, year: budgetYear }));
  return v;
}

export async function budgetLines(db: Queryable, versionId: number): Promise<Map<number, Map<number, Amounts>>> {
  const rows = await db.query<{ year: number; activityId: number; cost: number; income: number }>(
    'select year, activity_id as "activityId", cost, income from budget_line where budget_version_id = $1',
    [versionId],
  );
  const byYear = new Map<number, Map<number, Amounts>>();
  for (const r of rows) {
    const year = byYear.get(r.year) ?? new Map<number, Amounts>();
    year.set(r.activityId, { cost: r.cost, income: r.income });
    byYear.set(r.year, year);
  }
  return byYear;
}

export function listBudgetLines(db: Queryable, versionId: number): Promise<BudgetLineRow[]> {
  return db.query<BudgetLineRow>(
    'select activity_id as "activityId", year, cost, income from budget_line where budget_version_id = $1 order by year, activity_id',
    [versionId],
  );
}

/** Closing outcome of a year: the stored closing figures, or else the ledger's sums for the year. */
export async function closingOutcome(db: Queryable, committeeId: number, year: number): Promise<Map<number, Amounts>> {
  const closing = await db.query<{ activityId: number; cost: number; income: number }>(
    `select c.activity_id as "activityId", c.cost, c.income from closing_outcome c join activity a on a.id = c.activity_id
     where a.committee_id = $1 and c.year = $2`,
    [committeeId, year],
  );
  const result = new Map<number, Amounts>();
  if (closing.length > 0) {
    for (const c of closing) result.set(c.activityId, { cost: c.cost, income: c.income });
    return result;
  }
  const ledger = await db.query<{ activityId: number; cost: number; income: number }>(
    `select l.activity_id as "activityId",
       coalesce(sum(l.amount) filter (where ${sqlAccountClass(OPERATING_COSTS, 'l.account')}), 0)::bigint as cost,
       coalesce(-sum(l.amount) filter (where ${sqlAccountClass('income', 'l.account')}), 0)::bigint as income
     from ledger_outcome l join activity a on a.id = l.activity_id
     where a.committee_id = $1 and l.year = $2 group by l.activity_id`,
    [committeeId, year],
  );
  for (const l of ledger) result.set(l.activityId, { cost: l.cost, income: l.income });
  return result;
}

export async function frames(db: Queryable, committeeId: number): Promise<Map<number, number>> {
  const rows = await db.query<{ year: number; amount: number }>('select year, amount from budget_frame where committee_id = $1', [
    committeeId,
  ]);
  return new Map(rows.map((r) => [r.year, r.amount]));
}

const frameColumns = 'year, amount, source_note as "sourceNote", version';

export function listFrames(db: Queryable, committeeId: number): Promise<BudgetFrame[]> {
  return db.query<BudgetFrame>(`select ${frameColumns} from budget_frame where committee_id = $1 order by year`, [committeeId]);
}

export function getFrame(db: Queryable, committeeId: number, year: number): Promise<BudgetFrame | null> {
  return maybeOne<BudgetFrame>(db, `select ${frameColumns} from budget_frame where committee_id = $1 and year = $2`, [committeeId, year]);
}

export function getBudgetLine(db: Queryable, versionId: number, activityId: number, year: number): Promise<BudgetLineRow | null> {
  return maybeOne<BudgetLineRow>(
    db,
    'select activity_id as "activityId", year, cost, income from budget_line where budget_version_id = $1 and activity_id = $2 and year = $3',
    [versionId, activityId, year],
  );
}

export function controlTotals(db: Queryable, versionId: number): Promise<ControlTotal[]> {
  return db.query<ControlTotal>(
    'select label, year, measure, amount from control_total where budget_version_id = $1 order by year, measure',
    [versionId],
  );
}

/** Monthly ledger outcome per activity for a year: cost = the operating costs (classes 4–7), income = −class 3. */
export async function monthlyOutcome(db: Queryable, committeeId: number, year: number): Promise<Map<number, Amounts[]>> {
  const rows = await db.query<{ activityId: number; month: number; cost: number; income: number }>(
    `select l.activity_id as "activityId", l.month,
       coalesce(sum(l.amount) filter (where ${sqlAccountClass(OPERATING_COSTS, 'l.account')}), 0)::bigint as cost,
       coalesce(-sum(l.amount) filter (where ${sqlAccountClass('income', 'l.account')}), 0)::bigint as income
     from ledger_outcome l join activity a on a.id = l.activity_id
     where a.committee_id = $1 and l.year = $2
     group by l.activity_id, l.month`,
    [committeeId, year],
  );
  const result = new Map<number, Amounts[]>();
  for (const r of rows) {
    const months = result.get(r.activityId) ?? Array.from({ length: 12 }, () => ({ cost: 0, income: 0 }));
    months[r.month - 1] = { cost: r.cost, income: r.income };
    result.set(r.activityId, months);
  }
  return result;
}

/** One activity's profile for a year, as the committee's list of profiles answers it. */
export function getPeriodProfile(
  db: Queryable,
  activityId: number,
  year: number,
): Promise<({ activityId: number; version: number } & PeriodProfile) | null> {
  return maybeOne(
    db,
    'select activity_id as "activityId", method, weights, version from period_profile where activity_id = $1 and year = $2',
    [activityId, year],
  );
}

export async function periodProfiles(
  db: Queryable,
  committeeId: number,
  year: number,
): Promise<Map<number, PeriodProfile & { version: number }>> {
  const rows = await db.query<{ activityId: number; method: PeriodProfile['method']; weights: number[]; version: number }>(
    `select p.activity_id as "activityId", p.method, p.weights, p.version from period_profile p join activity a on a.id = p.activity_id
     where a.committee_id = $1 and p.year = $2`,
    [committeeId, year],
  );
  return new Map(rows.map((r) => [r.activityId, { method: r.method, weights: r.weights, version: r.version }]));
}
