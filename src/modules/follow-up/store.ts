import type { Queryable } from '../../db/connection.ts';
import { maybeOne } from '../../db/rows.ts';
import { sqlAccountClass } from '../../core/account-classes.ts';
import type { AccountTotals, EconomySettings, EconomyYears, ForecastRow } from './model.ts';

/** The last month with any ledger outcome for the committee and year, or 0. */
export async function lastOutcomeMonth(db: Queryable, committeeId: number, year: number): Promise<number> {
  const [row] = await db.query<{ month: number | null }>(
    `select max(l.month) as month from ledger_outcome l join activity a on a.id = l.activity_id where a.committee_id = $1 and l.year = $2`,
    [committeeId, year],
  );
  return row?.month ?? 0;
}

export async function accountTotals(db: Queryable, committeeId: number, year: number, throughMonth: number): Promise<AccountTotals | null> {
  const [row] = await db.query<AccountTotals & { n: number }>(
    `select count(*)::int as n,
       coalesce(-sum(l.amount) filter (where ${sqlAccountClass('income', 'l.account')}), 0)::bigint as income,
       coalesce(sum(l.amount) filter (where ${sqlAccountClass('cost', 'l.account')}), 0)::bigint as costs,
       coalesce(sum(l.amount) filter (where ${sqlAccountClass('depreciation', 'l.account')}), 0)::bigint as depreciation,
       coalesce(-sum(l.amount) filter (where ${sqlAccountClass('financial', 'l.account')}), 0)::bigint as "financialNet"
     from ledger_outcome l join activity a on a.id = l.activity_id
     where a.committee_id = $1 and l.year = $2 and l.month <= $3`,
    [committeeId, year, throughMonth],
  );
  if (!row || row.n === 0) return null;
  return { income: row.income, costs: row.costs, depreciation: row.depreciation, financialNet: row.financialNet };
}

export function getForecast(db: Queryable, activityId: number, year: number, month: number): Promise<ForecastRow | null> {
  return maybeOne<ForecastRow>(
    db,
    `select activity_id as "activityId", month, amount, comment, author, updated_at as "updatedAt", version from forecast
     where activity_id = $1 and year = $2 and month = $3`,
    [activityId, year, month],
  );
}

export function forecasts(db: Queryable, committeeId: number, year: number): Promise<ForecastRow[]> {
  return db.query<ForecastRow>(
    `select f.activity_id as "activityId", f.month, f.amount, f.comment, f.author, f.updated_at as "updatedAt", f.version
     from forecast f join activity a on a.id = f.activity_id where a.committee_id = $1 and f.year = $2 order by f.month`,
    [committeeId, year],
  );
}

export async function closedMonths(db: Queryable, committeeId: number, year: number): Promise<number[]> {
  const rows = await db.query<{ month: number }>('select month from month_close where committee_id = $1 and year = $2 order by month', [
    committeeId,
    year,
  ]);
  return rows.map((r) => r.month);
}

export async function economySettings(db: Queryable, committeeId: number): Promise<EconomySettings> {
  const [row] = await db.query<EconomySettings>(
    `select action_plan_threshold_bp as "actionPlanThresholdBp", early_warning_margin_bp as "earlyWarningMarginBp", version
     from economy_setting where committee_id = $1`,
    [committeeId],
  );
  return row ?? { actionPlanThresholdBp: 100, earlyWarningMarginBp: 50, version: 0 };
}

/** A year counts as closed when all twelve months have ledger outcome or a closing outcome is stored. */
export async function isYearClosed(db: Queryable, committeeId: number, year: number): Promise<boolean> {
  const [row] = await db.query<{ closed: boolean }>(
    `select exists (select 1 from closing_outcome c join activity a on a.id = c.activity_id where a.committee_id = $1 and c.year = $2)
         or exists (select 1 from ledger_outcome l join activity a on a.id = l.activity_id where a.committee_id = $1 and l.year = $2 and l.month = 12)
       as closed`,
    [committeeId, year],
  );
  return row?.closed ?? false;
}

/** Which years a committee has budgets for, and how far each year's ledger outcome goes. */
export async function economyYears(db: Queryable, committeeId: number): Promise<EconomyYears> {
  const budgets = await db.query<{ year: number }>(
    'select distinct budget_year as year from budget_version where committee_id = $1 order by 1 desc',
    [committeeId],
  );
  const outcome = await db.query<{ year: number; month: number }>(
    `select l.year, max(l.month) as month from ledger_outcome l join activity a on a.id = l.activity_id where a.committee_id = $1 group by l.year order by 1 desc`,
    [committeeId],
  );
  return { budgetYears: budgets.map((b) => b.year), outcomeThrough: Object.fromEntries(outcome.map((o) => [o.year, o.month])) };
}
