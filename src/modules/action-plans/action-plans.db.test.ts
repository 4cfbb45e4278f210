import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/api.ts';
import { actionPlanChecker } from './checker.ts';

const t = useTestApp();
const reader = t.client('politiker');
let sonPlanId: number;

beforeAll(async () => {
  sonPlanId = (await reader.get('/api/committees/SON/action-plans')).body.plans[0].id;
});

describe('the 2023 action plan in the demo', () => {
  it('is listed with its decided version', async () => {
    const { body } = await reader.get('/api/committees/SON/action-plans');
    expect(body.plans).toHaveLength(1);
    expect(body.plans[0]).toMatchObject({ title: 'Åtgärdsplan 2023', firstYear: 2023, lastYear: 2026, measureCount: 8 });
    expect(body.plans[0].versions[0]).toMatchObject({ number: 1, status: 'decided', decidedOn: '2023-08-31' });
  });

  it('summarises per area as the reference table, with the total computed from the rows', async () => {
    const { body } = await reader.get(`/api/action-plans/${sonPlanId}/summary?by=area&range=mid`);
    const rows = body.summary.rows as { label: string; fullYear: number | null; cells: { reduction: number | null }[] }[];
    const figures = rows.map((r) => [r.label, r.fullYear, ...r.cells.map((c) => c.reduction)]);
    expect(figures).toEqual([
      ['Förändring av riktlinjer', 8_000_000, 500_000, 8_000_000, 8_000_000, 8_000_000],
      ['Boende och boendeformer', 36_980_000, 800_000, 16_000_000, 31_090_000, 36_980_000],
      ['Icke lagstadgad verksamhet', 8_880_000, null, 5_380_000, 8_280_000, 8_280_000],
      ['Utveckling/innovation', null, null, null, null, null],
      ['Upphandling', 1_500_000, 300_000, 1_500_000, 1_500_000, 1_500_000],
      ['Summa', 55_360_000, 1_600_000, 30_880_000, 48_870_000, 54_760_000],
    ]);
    expect(body.summary.rangeRule).toMatch(/mittvärdet/);
  });

  it('is checked: the printed full-year total and the area whose full-year effect differs from 2026', async () => {
    const { body } = await reader.get(`/api/action-plans/${sonPlanId}/checks`);
    expect(body.findings.map((f: { kind: string; subject: string; difference: number }) => [f.kind, f.subject, f.difference])).toEqual([
      ['control_total', 'total', 560_000],
      ['control_total', 'total', 600_000],
      ['full_year_differs', 'icke-lagstadgad', -600_000],
    ]);
    const findings = await actionPlanChecker(t.db, { committeeCode: 'SON', year: null });
    expect(findings.some((f) => /Beräkning kostnadsreducering: tryckt summan, helårseffekt \(54,76/.test(f.message))).toBe(true);
    expect(findings.some((f) => /Icke lagstadgad verksamhet: helårseffekten 8,88.*2026/.test(f.message))).toBe(true);
    expect(await actionPlanChecker(t.db, { committeeCode: 'SN', year: null })).toEqual([]);
    expect(await actionPlanChecker(t.db, { committeeCode: 'SON', year: 2030 })).toEqual([]);
  });

  it('follows up delivery, the record across plans and the reconciliation with the budget gap', async () => {
    const delivery = (await reader.get(`/api/action-plans/${sonPlanId}/delivery`)).body;
    expect(delivery.delivery.followedUpYears).toEqual([2023]);
    expect(delivery.delivery).toMatchObject({ planned: 1_600_000, realised: 800_000, share: 0.5 });
    expect(delivery.activityLines.U1[0]).toMatchObject({ code: 'IFO-BOU' });
    const record = (await reader.get('/api/committees/SON/action-plans/delivery')).body;
    expect(record.record).toMatchObject({ planned: 1_600_000, realised: 800_000 });
    const rec = (await reader.get('/api/committees/SON/action-plans/reconciliation')).body;
    expect(rec.rows.map((r: { year: number }) => r.year)).toEqual([2023, 2024, 2025, 2026]);
    const y2025 = rec.rows[2];
    expect(y2025).toMatchObject({ unallocatedReductions: 6_000_000, decided: 48_870_000, toClose: 6_000_000, coverage: 'decided' });
    expect(rec.rows[0].implemented).toBe(300_000);
  });

  it('exports the summary as csv with one row per area and a total', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/action-plans/${sonPlanId}/export/summary?format=csv`,
      headers: { cookie: reader.cookie },
    });
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('Område,Helårseffekt,Effekt 2023,Effekt 2024,Effekt 2025,Effekt 2026');
    expect(lines.at(-1)).toBe('Summa,55360000,1600000,30880000,48870000,54760000');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/committees/SON/action-plans/export/reconciliation?format=xlsx',
      headers: { cookie: reader.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });
});

// One plan's life, step by step: each test starts where the one before left it (created, filled,
// decided and revised, followed up), so this story keeps its order even when the tests are shuffled.
describe('writing plans', { shuffle: false }, () => {
  // an app of its own: the SN plan written here would otherwise be checked with the demo's plans above
  const app = useTestApp();
  const story = { controller: app.client('controller'), reader: app.client('politiker') };
  let planId: number;
  let draftId: number;

  it('creates a plan with an empty draft, and keeps readers out', async () => {
    expect(
      (await story.reader.post('/api/committees/SN/action-plans', { title: 'Åtgärdsplan 2025', firstYear: 2025, lastYear: 2027 })).status,
    ).toBe(403);
    const created = await story.controller.post('/api/committees/SN/action-plans', {
      title: 'Åtgärdsplan 2025',
      firstYear: 2025,
      lastYear: 2027,
    });
    expect(created.status).toBe(201);
    planId = created.body.id;
    draftId = created.body.versions[0].id;
    expect(
      (await story.controller.post('/api/committees/SN/action-plans', { title: 'Åtgärdsplan 2025', firstYear: 2025, lastYear: 2027 }))
        .status,
    ).toBe(409);
    expect((await story.controller.post('/api/committees/SN/action-plans', { title: 'X', firstYear: 2027, lastYear: 2025 })).status).toBe(
      400,
    );
  });

  it('adds measures with ranged, partial-year and qualitative effects, and refuses stale edits', async () => {
    const res = await story.controller.post(`/api/action-plans/${planId}/versions/${draftId}/measures`, {
      code: 'A1',
      title: 'Färre externa placeringar',
      areaCode: 'boende',
      targetGroupCode: 'barn-unga',
      statusCode: 'nytt-forslag',
      fullYearMin: 2_000_000,
      fullYearMax: 3_000_000,
      effects: [
        { year: 2025, kind: 'reduction', amountMin: 500_000, amountMax: 1_000_000, isPartialYear: true },
        { year: 2025, kind: 'implementation_cost', amountMin: 200_000 },
      ],
    });
    expect(res.status).toBe(201);
    const measure = res.body;
    expect(measure.effects).toHaveLength(2);
    expect(
      (
        await story.controller.post(`/api/action-plans/${planId}/versions/${draftId}/measures`, {
          code: 'A2',
          title: 'X',
          areaCode: 'okänd',
          statusCode: 'utreds',
        })
      ).status,
    ).toBe(400);

    const effect = await story.controller.request('PUT', `/api/action-plans/${planId}/measures/${measure.id}/effects`, {
      version: measure.version,
      year: 2026,
      kind: 'reduction',
      qualitative: 'market_dependent',
    });
    expect(effect.status).toBe(200);
    const stale = await story.controller.request('PUT', `/api/action-plans/${planId}/measures/${measure.id}/effects`, {
      version: measure.version,
      year: 2027,
      kind: 'reduction',
      amountMin: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const outside = await story.controller.request('PUT', `/api/action-plans/${planId}/measures/${measure.id}/effects`, {
      version: effect.body.version,
      year: 2030,
      kind: 'reduction',
      amountMin: 1,
    });
    expect(outside.status).toBe(400);
    const patched = await story.controller.patch(`/api/action-plans/${planId}/measures/${measure.id}`, {
      version: effect.body.version,
      owner: 'Enhetschef BoU',
    });
    expect(patched.status).toBe(200);
    // a partial update leaves every field it does not name as it was
    expect(patched.body).toMatchObject({
      owner: 'Enhetschef BoU',
      fullYearMin: measure.fullYearMin,
      description: measure.description,
      consequenceChild: measure.consequenceChild,
      activityIds: measure.activityIds,
    });
    expect(
      (await story.reader.patch(`/api/action-plans/${planId}/measures/${measure.id}`, { version: patched.body.version, owner: 'x' }))
        .status,
    ).toBe(403);
    expect(
      (await story.controller.patch(`/api/action-plans/${sonPlanId}/measures/${measure.id}`, { version: patched.body.version, owner: 'x' }))
        .status,
    ).toBe(404);

    const summary = (await story.reader.get(`/api/action-plans/${planId}/summary?by=target_group&range=low`)).body.summary;
    const total = summary.rows.at(-1);
    expect(total.cells[0]).toMatchObject({
      reduction: 500_000,
      implementationCost: 200_000,
      net: 300_000,
      partialYear: true,
      ranged: true,
    });
    expect(total.cells[1]).toMatchObject({ reduction: null, qualitative: 1 });
  });

  it('decides a version, which then is frozen in the database; a revision starts as a copy and is compared', async () => {
    const version = (await story.reader.get(`/api/action-plans/${planId}/versions/${draftId}`)).body.version;
    const decided = await story.controller.post(`/api/action-plans/${planId}/versions/${draftId}/decide`, {
      version: version.version,
      decidedOn: '2024-09-20',
      decisionRef: '§ 88',
    });
    expect(decided.status).toBe(200);
    const view = (await story.reader.get(`/api/action-plans/${planId}/versions/current`)).body;
    const measure = view.measures[0];
    const frozen = await story.controller.patch(`/api/action-plans/${planId}/measures/${measure.id}`, {
      version: measure.version,
      owner: 'x',
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('frozen');
    await expect(app.db.query('update measure set owner = $2 where id = $1', [measure.id, 'x'])).rejects.toThrow(/beslutad/);
    await expect(app.db.query('update measure_effect set amount_min = 0 where measure_id = $1', [measure.id])).rejects.toThrow(/beslutad/);
    await expect(app.db.query("update action_plan_version set title = 'x' where id = $1", [draftId])).rejects.toThrow(/beslutad/);

    expect((await story.controller.post(`/api/action-plans/${planId}/versions/${draftId}/revise`, {})).status).toBe(400);
    const revision = await story.controller.post(`/api/action-plans/${planId}/versions/${draftId}/revise`, {
      reason: 'Nya placeringskostnader',
    });
    expect(revision.status).toBe(201);
    expect(revision.body).toMatchObject({ number: 2, status: 'draft', revisesId: draftId });
    const copy = (await story.reader.get(`/api/action-plans/${planId}/versions/${revision.body.id}`)).body;
    expect(copy.measures[0].effects).toEqual(measure.effects);
    expect(copy.measures[0].earlier.effects).toEqual(measure.effects);
    const m = copy.measures[0];
    await story.controller.request('PUT', `/api/action-plans/${planId}/measures/${m.id}/effects`, {
      version: m.version,
      year: 2025,
      kind: 'reduction',
      amountMin: 1_500_000,
    });
    await story.controller.post(`/api/action-plans/${planId}/versions/${revision.body.id}/measures`, {
      code: 'A2',
      title: 'Ny åtgärd',
      areaCode: 'upphandling',
      statusCode: 'utreds',
      effects: [{ year: 2026, kind: 'reduction', amountMin: 100_000 }],
    });
    const compare = (await story.reader.get(`/api/action-plans/${planId}/compare?range=low`)).body;
    expect(compare.comparison.measures.map((x: { code: string; change: string }) => [x.code, x.change])).toEqual([
      ['A1', 'changed'],
      ['A2', 'added'],
    ]);
    expect(compare.comparison.totals[0]).toEqual({ year: 2025, before: 500_000, after: 1_500_000, difference: 1_000_000 });
  });

  it('records realised effects and status beside the frozen version', async () => {
    const outcome = await story.controller.request('PUT', `/api/action-plans/${planId}/outcomes`, {
      measureCode: 'A1',
      year: 2025,
      amount: 250_000,
      comment: 'Två placeringar avslutade',
      version: 0,
    });
    expect(outcome.status).toBe(200);
    expect(outcome.body.author).toMatch(/Controller/);
    expect(
      (
        await story.controller.request('PUT', `/api/action-plans/${planId}/outcomes`, {
          measureCode: 'A1',
          year: 2025,
          amount: 1,
          version: 0,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await story.controller.request('PUT', `/api/action-plans/${planId}/outcomes`, {
          measureCode: 'ZZ',
          year: 2025,
          amount: 1,
          version: 0,
        })
      ).status,
    ).toBe(400);
    const status = await story.controller.request('PUT', `/api/action-plans/${planId}/follow-up`, {
      measureCode: 'A1',
      statusCode: 'genomford',
      version: 0,
    });
    expect(status.status).toBe(200);
    const delivery = (await story.reader.get(`/api/action-plans/${planId}/delivery?range=low`)).body.delivery;
    expect(delivery).toMatchObject({ planned: 500_000, realised: 250_000, share: 0.5 });
    const record = (await story.reader.get('/api/committees/SN/action-plans/delivery')).body.record;
    expect(record.rows).toHaveLength(1);
  });

  it('writes audit entries for every command', async () => {
    const rows = await app.db.query<{ command: string }>(
      "select distinct command from audit_event where command like 'measure%' or command like 'action_plan%' order by 1",
    );
    expect(rows.map((r) => r.command)).toEqual(
      expect.arrayContaining([
        'action_plan.create',
        'action_plan_version.decide',
        'action_plan_version.revise',
        'measure.create',
        'measure.effect.set',
        'measure.outcome.save',
      ]),
    );
  });
});

// An extended vocabulary is every plan's (the demo plan's summary gets a row for the new area), so
// this test extends that of an app of its own.
describe('the vocabulary', () => {
  const app = useTestApp();
  const own = { admin: app.client('admin'), controller: app.client('controller'), reader: app.client('politiker') };

  it('lets an administrator extend the vocabulary, and nobody else', async () => {
    expect(
      (
        await own.controller.request('PUT', '/api/action-plans/vocabulary', {
          kind: 'area',
          code: 'digitalisering',
          label: 'Digitalisering',
          version: 0,
        })
      ).status,
    ).toBe(403);
    const saved = await own.admin.request('PUT', '/api/action-plans/vocabulary', {
      kind: 'area',
      code: 'digitalisering',
      label: 'Digitalisering',
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(
      (await own.admin.request('PUT', '/api/action-plans/vocabulary', { kind: 'status', code: 'x', label: 'X', version: 0 })).status,
    ).toBe(400);
    const vocab = (await own.reader.get('/api/action-plans/vocabulary')).body;
    expect(vocab.areas.map((a: { code: string }) => a.code)).toContain('digitalisering');
    expect(vocab.statuses.find((s: { code: string }) => s.code === 'utgar').meaning).toBe('dropped');
  });
});
