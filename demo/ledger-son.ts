import type { Queryable } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { required } from '../src/core/required.ts';
import { allocate } from '../src/core/money.ts';
import { prng } from './prng.ts';

/**
 * SYNTHETIC ledger outcome for SON (all of 2023, January–October 2024), so that the follow-up views have
 * something to compare the budget with. Nothing here comes from Linköping's real ledger: each
 * month is the row's 2024 internal budget / 12, times a seasonal factor (holiday pay in June–
 * August for round-the-clock units, a quiet July for administration), times deterministic noise
 * (±3 %, seeded PRNG), with IFO-BOU running 6 % and SOCPSYK 4 % over budget. Costs are split over
 * a few Kommun-Bas cost accounts; income is booked on account 3100 as negative amounts.
 *
 * Also the default mapping rules: one per main (non-varav) activity, ledger activity code = the
 * activity's code, accounts 3000–8999.
 */
export const syntheticLedgerFile = (year: number) => `syntetisk-huvudbok-${year}.csv`;
export const SYNTHETIC_NOTE = 'Syntetisk huvudbok (påhittade belopp härledda ur internbudgeten), inte Linköpings verkliga utfall';

const OVERRUN: Record<string, number> = { 'IFO-BOU': 1.06, SOCPSYK: 1.04 };
const OFFICE = new Set(['FORV', 'OVR']);
const ROUND_THE_CLOCK = [0.98, 0.97, 0.98, 0.98, 0.99, 1.06, 1.1, 1.06, 0.98, 0.98, 0.96, 0.96];
const OFFICE_YEAR = [1.02, 1.02, 1.02, 1.02, 1.02, 1.06, 0.72, 0.98, 1.04, 1.04, 1.02, 1.04];
/** Cost accounts and their shares of the gross cost (Kommun-Bas: 4 purchases, 5 staff, 6 premises and services, 7 other). */
const COST_ACCOUNTS: [string, number][] = [
  ['5110', 55],
  ['4610', 25],
  ['6110', 12],
  ['7010', 8],
];
const INCOME_ACCOUNT = '3100';

const normalised = (factors: number[]) => {
  const total = factors.reduce((a, b) => a + b, 0);
  return factors.map((f) => (f * 12) / total);
};

/** Loads months 1..months of a year; the default mapping rules are created with the first year loaded. */
export async function loadSonLedger(
  tx: Queryable,
  sonId: number,
  actorName: string,
  year: number,
  months: number,
  withMappings: boolean,
): Promise<void> {
  const activities = await tx.query<{ id: number; code: string }>(
    "select id, code from activity where committee_id = $1 and parent_id is null and role = 'activity' order by sort_order",
    [sonId],
  );
  if (withMappings)
    await tx.query(
      `insert into ledger_mapping (committee_id, activity_code, account_from, account_to, activity_id)
     select $1, t.code, '3000', '8999', t.id from unnest($2::text[], $3::int[]) as t(code, id)`,
      [sonId, activities.map((a) => a.code), activities.map((a) => a.id)],
    );

  const budget = await tx.query<{ id: number; code: string; cost: number; income: number }>(
    `select a.id, a.code, bl.cost, bl.income from budget_line bl
     join budget_version bv on bv.id = bl.budget_version_id
     join activity a on a.id = bl.activity_id
     where bv.committee_id = $1 and bv.budget_year = $2 and bl.year = $2 and a.parent_id is null and a.role = 'activity'
       and bv.id = (select max(id) from budget_version where committee_id = $1 and budget_year = $2)
     order by a.sort_order`,
    [sonId, year],
  );
  const random = prng(year * 10000 + 101);
  const noise = (spread: number) => 1 + (random() * 2 - 1) * spread;
  const rows: { activityId: number; month: number; account: string; amount: number }[] = [];
  for (const line of budget) {
    const season = normalised(OFFICE.has(line.code) ? OFFICE_YEAR : ROUND_THE_CLOCK);
    for (let month = 1; month <= months; month++) {
      const net =
        ((line.cost - line.income) / 12) *
        required(season[month - 1], `the season share of month ${month}`) *
        noise(0.03) *
        (OVERRUN[line.code] ?? 1);
      const income = Math.round((line.income / 12) * noise(0.02));
      const gross = Math.round(net) + income;
      const parts = allocate(
        gross,
        COST_ACCOUNTS.map(([, share]) => share),
      );
      COST_ACCOUNTS.forEach(([account], i) =>
        rows.push({ activityId: line.id, month, account, amount: required(parts[i], `the share of ${account}`) }),
      );
      if (income !== 0) rows.push({ activityId: line.id, month, account: INCOME_ACCOUNT, amount: -income });
    }
  }
  const total = rows.reduce((sum, r) => sum + r.amount, 0);
  const monthList = Array.from({ length: months }, (_, i) => i + 1);
  const imported = await queryOne<{ id: number }>(
    tx,
    `insert into ledger_import (committee_id, year, months, file_name, row_count, total_amount, actor_name)
     values ($1, $2, $3::int[], $4, $5, $6, $7) returning id`,
    [sonId, year, monthList, syntheticLedgerFile(year), rows.length, total, actorName],
  );
  await tx.query(
    `insert into ledger_outcome (activity_id, year, month, account, amount, ledger_import_id)
     select t.activity_id, $1, t.month, t.account, t.amount, $2
     from unnest($3::int[], $4::int[], $5::text[], $6::bigint[]) as t(activity_id, month, account, amount)`,
    [year, imported.id, rows.map((r) => r.activityId), rows.map((r) => r.month), rows.map((r) => r.account), rows.map((r) => r.amount)],
  );
  await tx.query(
    `insert into audit_event (actor_name, command, entity_type, entity_id, before, after) values ($1, 'demo.ledger', 'ledger_import', $2, null, $3::jsonb)`,
    [
      actorName,
      String(imported.id),
      JSON.stringify({
        fileName: syntheticLedgerFile(year),
        year: year,
        months: monthList,
        outcomeRows: rows.length,
        totalAmount: total,
        mappingRules: activities.length,
        note: SYNTHETIC_NOTE,
      }),
    ],
  );
}
