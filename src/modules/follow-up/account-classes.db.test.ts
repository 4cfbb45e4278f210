import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { accountClass, sqlAccountClass, type AccountClass } from '../../core/account-classes.ts';
import { net } from '../budget/model.ts';
import { closingOutcome } from '../budget/store.ts';
import { accountTotals } from './store.ts';
import { followUpReport } from './queries.ts';
import { sum } from '../../core/money.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { seedLedger } from '../../testing/seed.ts';
import { findIn, must } from '../../testing/must.ts';

let t: TestDatabase;
let committeeId: number;

/** One account of every Kommun-Bas class, depreciation and financial items included, on one SON activity. */
const LEDGER: [account: string, amount: number][] = [
  ['3100', -7_000_000],
  ['4500', 20_000_000],
  ['5000', 9_000_000],
  ['6400', 3_000_000],
  ['7010', 1_000_000],
  ['7810', 2_500_000],
  ['8410', 400_000],
  ['8310', -150_000],
];

beforeAll(async () => {
  t = await createTestDatabase({ demo: true });
  committeeId = (await getCommitteeByCode(t.db, 'SON')).id;
  // the demo's closed months, forecasts and closing outcome would change these figures, and no
  // command removes them; the ledger outcome is then replaced by an import of the whole year
  const sonActivities = `select id from activity where committee_id = ${committeeId}`;
  for (const year of [2024, 2025]) {
    await t.db.query('delete from month_close where committee_id = $1 and year = $2', [committeeId, year]);
    await t.db.query(`delete from forecast where year = ${year} and activity_id in (${sonActivities})`);
    await t.db.query(`delete from closing_outcome where year = ${year} and activity_id in (${sonActivities})`);
    await seedLedger(t.db, {
      committeeCode: 'SON',
      year,
      outcomes: LEDGER.map(([account, amount]) => ({ activity: 'FORV', month: 1, account, amount })),
    });
  }
});
afterAll(() => t.drop());

describe('Kommun-Bas account classes', () => {
  it('classify every account the same way in SQL as in TypeScript', async () => {
    const classes: AccountClass[] = ['income', 'cost', 'depreciation', 'financial'];
    const accounts = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(2, '0')}10`);
    const rows = await t.db.query<Record<string, boolean> & { account: string }>(
      `select account, ${classes.map((c) => `${sqlAccountClass(c, 'account')} as "${c}"`).join(', ')} from unnest($1::text[]) as account`,
      [accounts],
    );
    for (const row of rows) {
      expect(
        classes.filter((c) => row[c]),
        row.account,
      ).toEqual(accountClass(row.account) === null ? [] : [accountClass(row.account)]);
    }
  });

  it('give the same net cost in the operating summary, the result statement and the closing outcome', async () => {
    // costs 33 + depreciation 2,5 − income 7 = 28,5 mnkr; the financial items (class 8) are not operating costs
    const operatingNet = 28_500_000;
    const report = await followUpReport(t.db, 'SON', 2024, 1);
    const total = findIn(report.summary, (r) => r.kind === 'total').figures;
    expect(total.outcomeToDate).toBe(operatingNet);
    const netCost = findIn(report.resultStatement.rows, (r) => r.key === 'netCost').values[0];
    expect(netCost).toBe(-operatingNet);
    expect(findIn(report.resultStatement.rows, (r) => r.key === 'financialNet').values[0]).toBe(-250_000);

    const totals = must(await accountTotals(t.db, committeeId, 2025, 12), 'the account totals of 2025');
    expect(totals.income - totals.costs - totals.depreciation).toBe(-operatingNet);
    expect(sum([...(await closingOutcome(t.db, committeeId, 2025)).values()].map(net))).toBe(operatingNet);
  });
});
