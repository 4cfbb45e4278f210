import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { budgetReport } from './queries.ts';
import { budgetReportTable } from './files/exports.ts';
import { toCsv } from '../../files/tabular.ts';
import { findIn, itemAt } from '../../testing/must.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ demo: true });
});
afterAll(() => t.drop());

/** Typed in from the reference internal budget 2024 (driftsammandrag), whole mnkr. */
const reference: [string, (number | null)[]][] = [
  ['Förvaltning', [206, 196, 202, 206, 206, 206, 206, 206]],
  ['varav reduktion admin/stab', [null, null, -4, -4, -4, -4, -4, -4]],
  ['Individ- och familjeomsorg BoU', [356, 400, 431, 435, 427, 427, 427, 427]],
  ['varav skyddat boende för våldsutsatta barn och unga', [null, null, 5, 5, 5, 5, 5, 5]],
  ['Socialpsykiatri', [238, 236, 236, 233, 227, 227, 227, 227]],
  ['varav Centrum stödboende', [null, null, -3, -3, -3, -3, -3, -3]],
  ['Insatser för personer med funktionshinder', [542, 564, 571, 565, 564, 565, 565, 565]],
  ['Nya gruppbostäder, ospecificerade', [null, null, null, null, 13, 26, 40, 46]],
  ['Funktionshindrade (enl LSS)', [83, 84, 87, 87, 87, 87, 87, 87]],
  ['Ofördelade kostnadsreduceringar', [null, null, null, -6, -9, -25, -39, -45]],
  ['varav intäkter', [-345, -281, -287, -287, -287, -287, -287, -287]],
];

describe('SON internal budget 2024 from the demo data', () => {
  it('reproduces the reference rows in whole kronor, in the reference order of columns', async () => {
    const report = await budgetReport(t.db, 'SON', 2024);
    expect(report.table.columns.map((c) => c.label)).toEqual([
      'Utfall 2022',
      'Budget 2023',
      'Budget 2024',
      'Plan 2025',
      'Plan 2026',
      'Plan 2027',
      'Plan 2028',
      'Plan 2029',
    ]);
    for (const [label, mnkr] of reference) {
      const row = report.table.rows.find((r) => r.label === label);
      expect(row?.values, label).toEqual(mnkr.map((v) => (v === null ? null : v * 1_000_000)));
    }
    expect(report.table.rows).toHaveLength(26);
  });

  it('computes the total from the rows and reports where the printed total differs', async () => {
    const report = await budgetReport(t.db, 'SON', 2024);
    expect(findIn(report.table.rows, (r) => r.kind === 'total').values[2]).toBe(1_781_000_000);
    const net = report.controlFindings
      .filter((f) => f.measure === 'net' && f.label.startsWith('Driftsammandrag'))
      .map((f) => [f.year, f.difference]);
    expect(net).toEqual([
      [2022, -1_000_000],
      [2026, -1_000_000],
      [2027, 1_000_000],
      [2028, 1_000_000],
      [2029, 1_000_000],
    ]);
  });

  it("reports where the document's economy summary and its operating summary disagree", async () => {
    const report = await budgetReport(t.db, 'SON', 2024);
    expect(report.crossTableFindings.map((f) => f.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(itemAt(report.crossTableFindings, 1).figures).toEqual([
      { label: 'Driftsammandrag, Summa nämndens internbudget', amount: 1_780_000_000 },
      { label: 'Ekonomi, Verksamhetens nettokostnader', amount: 1_788_000_000 },
    ]);
  });

  it('exports CSV with the label first and one column per year', async () => {
    const csv = toCsv(budgetReportTable(await budgetReport(t.db, 'SON', 2024)));
    const [header, first] = csv.split('\n');
    expect(header).toBe('Rad,Utfall 2022,Budget 2023,Budget 2024,Plan 2025,Plan 2026,Plan 2027,Plan 2028,Plan 2029');
    expect(first).toBe('Förvaltning,206000000,196000000,202000000,206000000,206000000,206000000,206000000,206000000');
  });

  it('refuses to change a decided budget version, in the database itself', async () => {
    await expect(t.db.query('update budget_line set cost = cost + 1 where year = 2024')).rejects.toThrow(/beslutad/);
    await expect(t.db.query("update budget_version set title = 'x' where budget_year = 2024")).rejects.toThrow(/beslutad/);
  });

  it('says clearly when a committee has no budget for the year', async () => {
    await expect(budgetReport(t.db, 'SON', 2031)).rejects.toThrow(/ingen internbudget för 2031/);
  });
});
