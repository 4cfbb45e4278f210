import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/api.ts';
import { activityIds } from '../../testing/seed.ts';
import { queryOne } from '../../db/rows.ts';

const t = useTestApp();
const controller = t.client('controller');
const reader = t.client('politiker');
let activityId: (code: string) => number;

beforeAll(async () => {
  activityId = await activityIds(t.db, 'SN');
});

describe('the yearly budget cycle', () => {
  it('drafts, fills, decides and then freezes a budget; a revision starts as a copy', async () => {
    const draft = await controller.post('/api/committees/SN/economy/versions', { budgetYear: 2025, title: 'Internbudget 2025' });
    expect(draft.status).toBe(201);
    const line = (versionId: number, code: string, cost: number) =>
      controller.request('PUT', `/api/budget-versions/${versionId}/lines`, { activityId: activityId(code), year: 2025, cost, income: 0 });
    expect((await line(draft.body.id, 'FORV', 210_000_000)).status).toBe(200);
    expect((await line(draft.body.id, 'IFO-BOU', 440_000_000)).status).toBe(200);
    const decide = await controller.post(`/api/budget-versions/${draft.body.id}/decide`, {
      version: draft.body.version,
      decidedOn: '2024-12-12',
      decisionRef: '§ 123',
    });
    expect(decide.status).toBe(200);
    expect(decide.body.status).toBe('decided');

    const frozen = await line(draft.body.id, 'FORV', 1);
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('frozen');

    const revision = await controller.post('/api/committees/SN/economy/versions', {
      budgetYear: 2025,
      title: 'Internbudget 2025, revidering',
      revisesId: draft.body.id,
      revisionReason: 'Ny ram efter KF',
    });
    expect(revision.status).toBe(201);
    expect(revision.body.revisesId).toBe(draft.body.id);
    expect((await line(revision.body.id, 'FORV', 205_000_000)).status).toBe(200);
    const budget = (await reader.get('/api/committees/SN/economy/budget?year=2025')).body;
    expect(budget.budgetVersion.id).toBe(draft.body.id);
    const own = (await reader.get(`/api/budget-versions/${revision.body.id}/lines`)).body;
    expect(own.lines.find((l: { activityId: number }) => l.activityId === activityId('FORV'))).toMatchObject({
      year: 2025,
      cost: 205_000_000,
      income: 0,
    });
  });

  it('asks for a reason when revising', async () => {
    const res = await controller.post('/api/committees/SN/economy/versions', { budgetYear: 2025, title: 'X', revisesId: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('revisionReason');
  });

  it('keeps readers out and refuses lines for another committee', async () => {
    expect((await reader.post('/api/committees/SN/economy/versions', { budgetYear: 2026, title: 'X' })).status).toBe(403);
    const draft = await controller.post('/api/committees/SN/economy/versions', { budgetYear: 2026, title: 'Utkast 2026' });
    const son = await queryOne<{ id: number }>(
      t.db,
      "select a.id from activity a join committee c on c.id = a.committee_id where c.code = 'SON' limit 1",
    );
    const res = await controller.request('PUT', `/api/budget-versions/${draft.body.id}/lines`, {
      activityId: son.id,
      year: 2026,
      cost: 1,
      income: 0,
    });
    expect(res.status).toBe(400);
  });

  it('sets a custom periodisation profile that the follow-up then uses, with stale edits refused', async () => {
    const body = {
      activityId: activityId('FORV'),
      year: 2025,
      method: 'custom',
      weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
      version: 0,
    };
    expect((await controller.request('PUT', '/api/period-profiles', body)).status).toBe(200);
    expect((await controller.request('PUT', '/api/period-profiles', body)).status).toBe(409);
    const profiles = (await reader.get('/api/committees/SN/economy/profiles?year=2025')).body;
    expect(profiles[0]).toMatchObject({ method: 'custom', version: 1 });
    const bad = await controller.request('PUT', '/api/period-profiles', { ...body, weights: [1, 2], version: 1 });
    expect(bad.status).toBe(400);
    const noHistory = await controller.request('PUT', '/api/period-profiles', { ...body, method: 'last_year', version: 1 });
    expect(noHistory.status).toBe(400);
    expect(noHistory.body.error.message).toMatch(/saknar utfall för 2024/);
  });
});
