import type { Queryable } from '../../db/connection.ts';
import type { Amounts } from '../budget/model.ts';
import type { PeriodProfile } from '../budget/rules/periodisation.ts';
import type { AccountTotals } from './rules/result-statement.ts';

/** Monthly ledger outcome per activity for a year: cost = classes 4–7, income = −class 3. */
export async function monthlyOutcome(db: Queryable, committeeId: number, year: number): Promise<Map<number, Amounts[]>> {
  const rows = await db.query<{ activityId: number; month: number; cost: number; income: number }>(
    `select l.activity_id as "activityId", l.month,
       coalesce(sum(l.amount) filter (where l.account ~ '^[4-7]'), 0)::bigint as cost,
       coalesce(-sum(l.amount) filter (where l.account ~ '^3'), 0)::bigint as income
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
       coalesce(-sum(l.amount) filter (where l.account ~ '^3'), 0)::bigint as income,
       coalesce(sum(l.amount) filter (where l.account ~ '^[4-7]' and l.account !~ '^78'), 0)::bigint as costs,
       coalesce(sum(l.amount) filter (where l.account ~ '^78'), 0)::bigint as depreciation,
       coalesce(-sum(l.amount) filter (where l.account ~ '^8'), 0)::bigint as "financialNet"
     from ledger_outcome l join activity a on a.id = l.activity_id
     where a.committee_id = $1 and l.year = $2 and l.month <= $3`,
    [committeeId, year, throughMonth],
  );
  if (!row || row.n === 0) return null;
  return { income: row.income, costs: row.costs, depreciation: row.depreciation, financialNet: row.financialNet };
}

export async function periodProfiles(db: Queryable, committeeId: number, year: number): Promise<Map<number, PeriodProfile & { version: number }>> {
  const rows = await db.query<{ activityId: number; method: PeriodProfile['method']; weights: number[]; version: number }>(
    `select p.activity_id as "activityId", p.method, p.weights, p.version from period_profile p join activity a on a.id = p.activity_id
     where a.committee_id = $1 and p.year = $2`,
    [committeeId, year],
  );
  return new Map(rows.map((r) => [r.activityId, { method: r.method, weights: r.weights, version: r.version }]));
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

export function forecasts(db: Queryable, committeeId: number, year: number): Promise<ForecastRow[]> {
  return db.query<ForecastRow>(
    `select f.activity_id as "activityId", f.month, f.amount, f.comment, f.author, f.updated_at as "updatedAt", f.version
     from forecast f join activity a on a.id = f.activity_id where a.committee_id = $1 and f.year = $2 order by f.month`,
    [committeeId, year],
  );
}

export async function closedMonths(db: Queryable, committeeId: number, year: number): Promise<number[]> {
  const rows = await db.query<{ month: number }>('select month from month_close where committee_id = $1 and year = $2 order by month', [committeeId, year]);
  return rows.map((r) => r.month);
}

export async function economySettings(db: Queryable, committeeId: number): Promise<{ actionPlanThresholdBp: number; earlyWarningMarginBp: number; version: number }> {
  const [row] = await db.query<{ actionPlanThresholdBp: number; earlyWarningMarginBp: number; version: number }>(
    `select action_plan_threshold_bp as "actionPlanThresholdBp", early_warning_margin_bp as "earlyWarningMarginBp", version
     from economy_setting where committee_id = $1`,
    [committeeId],
  );
  return row ?? { actionPlanThresholdBp: 100, earlyWarningMarginBp: 50, version: 0 };
}
