import type { Queryable } from '../src/db/connection.ts';
import { EVEN, periodise, toDate } from '../src/modules/budget/rules/periodisation.ts';

export const SYNTHETIC_FORECAST_NOTE = 'Syntetisk prognos (påhittad), inte Linköpings verkliga prognoser';

/**
 * SYNTHETIC monthly full-year forecasts for SON: each month the controller's forecast moves from
 * the budget towards what the outcome points to, slowly at first — forecasts that stay too
 * optimistic until autumn are what auditors keep finding. Months up to closeThrough are closed.
 */
export async function loadSonForecasts(
  tx: Queryable,
  sonId: number,
  year: number,
  lastMonth: number,
  closeThrough: number,
  author: string,
): Promise<void> {
  const rows = await tx.query<{ id: number; code: string; net: number }>(
    `select a.id, a.code, (bl.cost - bl.income)::bigint as net from budget_line bl
     join budget_version bv on bv.id = bl.budget_version_id join activity a on a.id = bl.activity_id
     where bv.committee_id = $1 and bv.budget_year = $2 and bl.year = $2 and not a.is_subset and a.role = 'activity'`,
    [sonId, year],
  );
  const outcome = await tx.query<{ activityId: number; month: number; net: number }>(
    `select l.activity_id as "activityId", l.month, sum(l.amount)::bigint as net from ledger_outcome l
     join activity a on a.id = l.activity_id where a.committee_id = $1 and l.year = $2 group by 1, 2`,
    [sonId, year],
  );
  const values: [number, number, number, string][] = [];
  for (const row of rows) {
    const budgetMonths = periodise(row.net, EVEN);
    let outcomeToDate = 0;
    for (let month = 1; month <= lastMonth; month++) {
      outcomeToDate += outcome.find((o) => o.activityId === row.id && o.month === month)?.net ?? 0;
      const pointsTo = outcomeToDate + row.net - toDate(budgetMonths, month);
      const realism = Math.min(1, 0.15 + (month / 9) ** 2 * 0.85);
      const amount = Math.round((row.net + (pointsTo - row.net) * realism) / 100_000) * 100_000;
      const comment = amount - row.net > 5_000_000 ? 'Fler och dyrare placeringar än budgeterat' : '';
      values.push([row.id, month, amount, comment]);
    }
  }
  for (const [activityId, month, amount, comment] of values) {
    await tx.query('insert into forecast (activity_id, year, month, amount, comment, author) values ($1, $2, $3, $4, $5, $6)', [
      activityId,
      year,
      month,
      amount,
      comment,
      author,
    ]);
  }
  for (let month = 1; month <= closeThrough; month++) {
    await tx.query('insert into month_close (committee_id, year, month, closed_by) values ($1, $2, $3, $4)', [sonId, year, month, author]);
  }
  await tx.query(
    `insert into audit_event (actor_name, command, entity_type, entity_id, before, after) values ($1, 'demo.forecasts', 'committee', $2, null, $3::jsonb)`,
    [author, String(sonId), JSON.stringify({ year, months: lastMonth, forecasts: values.length, note: SYNTHETIC_FORECAST_NOTE })],
  );
}
