import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../testing/api.ts';
import { budgetReport } from '../queries.ts';
import { CLIENT_HEADER } from '../../../core/http.ts';

const t = useTestApp();
const controller = t.client('controller');

const upload = (csv: string, query: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/committees/SN/economy/versions/import?${query}`,
    headers: { cookie: controller.cookie, 'content-type': 'text/csv', [CLIENT_HEADER]: '1' },
    payload: csv,
  });

const table = [
  'Rad;Budget 2025;Plan 2026',
  'Förvaltning;210;212',
  'varav reduktion admin/stab;-4;-4',
  'Individ- och familjeomsorg BoU;440;445',
  'varav dygnsplaceringar;260;255',
  'Individ- och familjeomsorg Vuxna;120;118',
  'varav dygnsplaceringar;45;44',
  'Summa nämndens internbudget;770;776',
].join('\n');

describe('budget import from a spreadsheet', () => {
  it('creates a draft whose rows match and whose printed totals are checked', async () => {
    const res = await upload(table, 'year=2025&title=Internbudget%202025&filename=ib2025.csv&unit=mnkr');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ lines: 12, years: [2025, 2026], controlTotals: 2 });
    const report = await budgetReport(t.db, 'SN', 2025);
    const vuxDygn = report.table.rows.filter((r) => r.label === 'varav dygnsplaceringar').map((r) => r.values[0]);
    expect(vuxDygn).toEqual([260_000_000, 45_000_000]);
    expect(report.controlFindings.map((f) => [f.year, f.difference])).toEqual([[2026, -1_000_000]]);
  });

  it('refuses a file with a bad cell, names it, and changes nothing', async () => {
    const before = await t.db.query<{ n: number }>('select count(*)::int as n from budget_version');
    const res = await upload(
      table.replace('varav dygnsplaceringar;45;44', 'varav dygnsplaceringar;-3-;44'),
      'year=2025&title=X&filename=trasig.csv&unit=mnkr',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.rows[0]).toEqual({
      file: 'trasig.csv',
      row: 7,
      column: 'Budget 2025',
      reason: '"-3-" är inget belopp i hela mnkr',
    });
    expect(await t.db.query('select count(*)::int as n from budget_version')).toEqual(before);
  });

  it('is for writers of the committee only', async () => {
    const reader = await t.as('politiker');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/committees/SN/economy/versions/import?year=2025&title=X&filename=a.csv',
      headers: { cookie: reader.cookie, 'content-type': 'text/csv', [CLIENT_HEADER]: '1' },
      payload: table,
    });
    expect(res.statusCode).toBe(403);
  });
});
