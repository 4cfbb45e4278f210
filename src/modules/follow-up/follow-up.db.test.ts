import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/api.ts';
import { activityIds, seedLedger } from '../../testing/seed.ts';

const t = useTestApp();
const controller = t.client('controller');
const reader = t.client('politiker');
let activity: (code: string) => number;

/** A small hand-made ledger for SON 2024 (months 1–3) so the figures below can be checked by hand. */
beforeAll(async () => {
  activity = await activityIds(t.db, 'SON');
  // the demo's closed months and forecasts for 2024 would change these figures; no command removes them
  await t.db.query('delete from month_close where year = 2024');
  await t.db.query(
    "delete from forecast where year = 2024 and activity_id in (select a.id from activity a join committee c on c.id = a.committee_id where c.code = 'SON')",
  );
  await seedLedger(t.db, {
    committeeCode: 'SON',
    year: 2024,
    outcomes: [1, 2, 3].flatMap((month) => [
      { activity: 'IFO-BOU', month, account: '4500', amount: 40_000_000 },
      { activity: 'IFO-BOU', month, account: '3100', amount: -2_000_000 },
      { activity: 'FORV', month, account: '5000', amount: 16_000_000 },
    ]),
  });
});

const followUp = async (month: number) => (await reader.get(`/api/committees/SON/economy/follow-up?year=2024&month=${month}`)).body;

describe('monthly follow-up', () => {
  it('shows outcome to date against the evenly periodised budget', async () => {
    const report = await followUp(3);
    const bou = report.summary.find((r: { code: string }) => r.code === 'IFO-BOU').figures;
    expect(bou.outcomeToDate).toBe(114_000_000);
    expect(bou.budget).toBe(431_000_000);
    // 431 000 000 / 12 is not whole: the exact split gives the first months one krona more
    expect(bou.periodisedBudgetToDate).toBe(107_750_001);
    expect(bou.deviationToDate).toBe(107_750_001 - 114_000_000);
  });

  it('flags an action plan once the forecast deficit passes 1 % of the frame', async () => {
    expect((await followUp(3)).actionPlan.required).toBe(false);
    const bou = activity('IFO-BOU');
    const save = await controller.request('PUT', '/api/committees/SON/economy/forecasts', {
      activityId: bou,
      year: 2024,
      month: 3,
      amount: 456_000_000,
      comment: 'Fler placeringar',
      version: 0,
    });
    expect(save.status).toBe(200);
    const report = await followUp(3);
    expect(report.actionPlan).toMatchObject({ required: true, deficit: 25_000_000, allowedDeficit: 17_810_000 });
  });

  it('warns early when spending so far points beyond the forecast', async () => {
    const report = await followUp(3);
    const labels = report.warnings.map((w: { label: string }) => w.label);
    expect(labels).toContain('Förvaltning');
  });

  it('refuses a stale forecast edit and a change in a closed month', async () => {
    // month 1, with the budget as forecast: the other tests read month 3, where nothing is closed
    const forecast = { activityId: activity('IFO-BOU'), year: 2024, month: 1, amount: 431_000_000 };
    expect((await controller.request('PUT', '/api/committees/SON/economy/forecasts', { ...forecast, version: 0 })).status).toBe(200);
    const stale = await controller.request('PUT', '/api/committees/SON/economy/forecasts', { ...forecast, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await controller.post('/api/committees/SON/economy/months/close', { year: 2024, month: 1 })).status).toBe(200);
    const closed = await controller.request('PUT', '/api/committees/SON/economy/forecasts', { ...forecast, version: 1 });
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toMatch(/stängd/);
  });

  it('lets only writers save forecasts', async () => {
    const res = await reader.request('PUT', '/api/committees/SON/economy/forecasts', {
      activityId: activity('FORV'),
      year: 2024,
      month: 2,
      amount: 1,
      version: 0,
    });
    expect(res.status).toBe(403);
  });

  it('refuses a month after the last outcome and lists the years with data', async () => {
    const res = await reader.get('/api/committees/SON/economy/follow-up?year=2024&month=4');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/t\.o\.m\. månad 3/);
    const years = (await reader.get('/api/committees/SON/economy/years')).body;
    expect(years).toEqual({ budgetYears: [2024, 2023], outcomeThrough: { 2024: 3, 2023: 12 } });
  });

  it('builds a result statement whose result adds up and matches the deviation to date', async () => {
    const report = await followUp(3);
    const { resultStatement } = report;
    const v = (key: string) => resultStatement.rows.find((r: { key: string }) => r.key === key).values[0];
    const total = report.summary.find((r: { kind: string }) => r.kind === 'total').figures;
    expect(v('municipalContribution')).toBe(total.periodisedBudgetToDate);
    expect(v('result')).toBe(total.deviationToDate);
    expect(v('income')).toBe(6_000_000);
    expect(v('netCost')).toBe(6_000_000 - 168_000_000);
    expect(v('result')).toBe(v('municipalContribution') + v('netCost') + v('financialNet'));
  });

  it('exports the follow-up as xlsx with two sheets and as csv', async () => {
    const xlsx = await t.app.inject({
      url: '/api/committees/SON/economy/export/follow-up?year=2024&month=3&format=xlsx',
      headers: { cookie: reader.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const csv = (await reader.get('/api/committees/SON/economy/export/budget?year=2024&format=json')).body;
    expect(csv.rows[0].label).toBe('Förvaltning');
  });
});
