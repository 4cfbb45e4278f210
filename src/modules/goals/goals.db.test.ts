import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/api.ts';
import type { GoalTree, IndicatorNode } from './model.ts';
import { CLIENT_HEADER } from '../../core/http.ts';
import { queryOne } from '../../db/rows.ts';
import { findIn, itemAt, must } from '../../testing/must.ts';

const t = useTestApp();
const controller = t.client('controller');
const reader = t.client('politiker');
const admin = t.client('admin');

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../kolada/fixtures/v3/${name}`, import.meta.url), 'utf8'));
const indicators = (tree: GoalTree): IndicatorNode[] =>
  tree.areas.flatMap((a) => [...a.councilGoals.flatMap((c) => c.committeeGoals), ...a.committeeGoals]).flatMap((g) => g.indicators);
const tree = async (query = 'year=2024') => (await reader.get(`/api/committees/SON/goals?${query}`)).body as GoalTree;
const byCode = async (code: string, query?: string) => findIn(indicators(await tree(query)), (i) => i.code === code, `indicator ${code}`);

describe('the goal tree of SON 2024', () => {
  it('holds the five goal areas, the council goals and every indicator of the internal budget', async () => {
    const body = await tree();
    expect(body.areas.map((a) => a.name)).toEqual(['Samhälle', 'Medborgare', 'Ekonomi', 'Verksamhet', 'Medarbetare']);
    expect(body.areas.flatMap((a) => a.councilGoals)).toHaveLength(10);
    expect(indicators(body)).toHaveLength(20);
    expect(indicators(body).filter((i) => i.mandatory)).toHaveLength(8);
    expect(body.decidedSet).toMatchObject({ year: 2024, decidedOn: '2023-12-14' });
  });

  it('shows Linköping 2022 for N35001 against the R9 average with a green attainment signal, and the signals apart', async () => {
    const i = await byCode('KOST-MISSBRUK');
    expect(i.koladaKpi).toBe('N35001');
    expect(i.values.find((v) => v.year === 2022)).toMatchObject({ value: 761, origin: 'kolada' });
    const r9 = findIn(must(i.benchmark, 'a benchmark').series, (s) => s.year === 2022);
    expect(Math.round(must(r9.average, 'the R9 average'))).toBe(1063);
    expect(r9).toMatchObject({ own: 761, membersWithValue: 9, memberCount: 9 });
    const signal = itemAt(i.signals, 0);
    expect(signal.attainment).toMatchObject({ status: 'met', measured: { year: 2022 }, value: 761 });
    expect(Math.round(must(signal.attainment.reference, 'an attainment reference'))).toBe(1063);
    expect(signal.position).toMatchObject({ rank: 1, of: 9, band: 'best' });
    expect(must(signal.position, 'a position').label).toMatch(/inte måluppfyllelse/);
    expect(i.suggestedColour).toBe('green');
    expect(itemAt((await byCode('KOST-OPPNA')).signals, 0).attainment.status).toBe('not_met');
  });

  it('keeps the printed figures: a cut-off in augusti 2023, gender splits and a missing value', async () => {
    expect((await byCode('HYRESAVTAL')).values.map((v) => [v.year, v.month, v.value])).toEqual([
      [2022, null, 44],
      [2023, 8, 53],
    ]);
    const sick = await byCode('SJUKFRANVARO');
    expect(sick.signals.map((s) => [s.gender, s.target && 'direction' in s.target ? s.target.direction : null])).toEqual([
      ['T', 'decrease'],
      ['K', 'decrease'],
      ['M', 'maintain'],
    ]);
    expect((await byCode('CHEFSINDEX')).values.find((v) => v.year === 2022)).toMatchObject({ value: null, note: 'i.u.' });
  });
});

describe('Kolada import through the API', () => {
  it('computes the group average from the members and leaves a null member out instead of counting 0', async () => {
    // 2022 alone gives no trend; only this test loads 2021
    expect(itemAt((await byCode('KOST-MISSBRUK')).signals, 0).trend.direction).toBe('unknown');
    const res = await controller.post(
      '/api/kolada/import?filename=data-n35001-r9-2021-null.json',
      fixture('data-n35001-r9-2021-null.json'),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ values: 9, missingValues: 1 });
    const series = (await reader.get('/api/benchmark-groups/R9/series?kpi=N35001')).body.series as {
      year: number;
      average: number;
      membersWithValue: number;
      missing: string[];
      values: { code: string; value: number | null }[];
    }[];
    const y2021 = findIn(series, (s) => s.year === 2021);
    expect(y2021).toMatchObject({ membersWithValue: 8, missing: ['2180'] });
    const present = y2021.values.flatMap((v) => (v.value === null ? [] : [v.value]));
    expect(y2021.average).toBeCloseTo(present.reduce((a, b) => a + b) / 8, 9);
    const row = await queryOne<{ value: number | null }>(
      t.db,
      "select value from kolada_value where kpi = 'N35001' and municipality = '2180' and period = 2021",
    );
    expect(row.value).toBeNull();
    // with 2021 in the cache the indicator gets a trend, judged against the wanted direction (lower)
    const i = await byCode('KOST-MISSBRUK');
    expect(itemAt(i.signals, 0).trend).toMatchObject({ direction: 'up', judgement: 'worse', previous: { year: 2021 } });
  });

  it('reports a malformed file with file, place and reason, and refuses readers', async () => {
    const bad = await controller.post('/api/kolada/import?filename=trasig.json', {
      values: [{ kpi: 'N35001', municipality: '0580', period: 2022, values: [{ gender: 'X', value: 1 }] }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.rows[0]).toMatchObject({ file: 'trasig.json', column: 'values[0].values[0].gender' });
    expect((await reader.post('/api/kolada/import?filename=x.json', fixture('kpi-son.json'))).status).toBe(403);
    expect((await reader.get('/api/kolada/kpis?search=missbruk')).body.kpis[0].id).toBe('N35001');
  });

  it('refuses manual values for an indicator bound to Kolada', async () => {
    const i = await byCode('KOST-MISSBRUK');
    const res = await controller.request('PUT', `/api/indicators/${i.id}/values`, { year: 2023, value: 800, version: 0 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Kolada/);
  });
});

describe('the decided goal set', () => {
  it('freezes definitions and targets: a change needs a reason and is logged as a revision', async () => {
    const i = await byCode('PERSONALAVG');
    const detail = (await reader.get(`/api/indicators/${i.id}?year=2024`)).body;
    expect(detail.frozen).toBe(true);
    const change = { committeeGoalId: i.committeeGoalId, name: 'Personalavgångar externt, %', unit: '%', decimals: 1, version: i.version };
    const refused = await controller.patch(`/api/indicators/${i.id}`, change);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('frozen');
    const revised = await controller.patch(`/api/indicators/${i.id}`, { ...change, revisionReason: 'Enhet i namnet enligt HR' });
    expect(revised.status).toBe(200);
    const after = await byCode('PERSONALAVG');
    expect(after.revisedSinceDecision).toBe(true);
    expect(after.decided).toMatchObject({ name: 'Personalavgångar externt' });
    const revisions = (await reader.get('/api/committees/SON/goal-revisions')).body;
    expect(revisions[0]).toMatchObject({ entityType: 'indicator', entityId: String(i.id), reason: 'Enhet i namnet enligt HR' });

    const target = { year: 2024, kind: 'direction', direction: 'increase', version: 1 };
    expect((await controller.request('PUT', `/api/indicators/${i.id}/targets`, target)).status).toBe(409);
    expect((await controller.request('PUT', `/api/indicators/${i.id}/targets`, { ...target, year: 2026, version: 0 })).status).toBe(200);
    // the database refuses a direct change too
    await expect(t.db.query(`update indicator set name = 'x' where id = $1`, [i.id])).rejects.toThrow(/beslutad målsättning/);
  });

  it('is frozen by the decision of the internal budget', async () => {
    const goal = await controller.post('/api/committees/SN/goals', {
      code: 'SN-EKO',
      title: 'Hållbar ekonomi',
      goalAreaCode: 'EKONOMI',
      councilGoalCode: 'KF-EKO-1',
      fromYear: 2025,
    });
    expect(goal.status).toBe(201);
    const ind = await controller.post('/api/committees/SN/indicators', {
      code: 'SN-MISSBRUK',
      committeeGoalId: goal.body.id,
      name: 'Kostnad missbruksvård',
      source: 'kolada',
      koladaKpi: 'N35001',
      benchmarkGroupCode: 'R9',
      unit: 'kr/inv',
    });
    expect(ind.status).toBe(201);
    expect(
      (
        await controller.request('PUT', `/api/indicators/${ind.body.id}/targets`, {
          year: 2025,
          kind: 'benchmark',
          benchmarkGroupCode: 'R9',
          comparator: 'at_most',
          statistic: 'average',
          version: 0,
        })
      ).status,
    ).toBe(200);
    const activity = await queryOne<{ id: number }>(
      t.db,
      "select a.id from activity a join committee c on c.id = a.committee_id where c.code = 'SN' and a.code = 'FORV'",
    );
    const draft = await controller.post('/api/committees/SN/economy/versions', { budgetYear: 2025, title: 'Internbudget 2025' });
    await controller.request('PUT', `/api/budget-versions/${draft.body.id}/lines`, {
      activityId: activity.id,
      year: 2025,
      cost: 1_000_000,
      income: 0,
    });
    expect(
      (
        await controller.post(`/api/budget-versions/${draft.body.id}/decide`, {
          version: draft.body.version,
          decidedOn: '2024-12-12',
          decisionRef: '§ 1',
        })
      ).status,
    ).toBe(200);
    const sets = (await reader.get('/api/committees/SN/goal-sets')).body;
    expect(sets[0]).toMatchObject({ year: 2025, budgetVersionId: draft.body.id, decidedOn: '2024-12-12' });
    const snapshot = (await reader.get(`/api/goal-sets/${sets[0].id}`)).body;
    expect(snapshot.snapshot.goals[0].indicators[0].indicator.name).toBe('Kostnad missbruksvård');
    const refused = await controller.patch(`/api/indicators/${ind.body.id}`, {
      committeeGoalId: goal.body.id,
      name: 'Annat namn',
      source: 'kolada',
      koladaKpi: 'N35001',
      version: ind.body.version,
    });
    expect(refused.status).toBe(409);
    // an indicator added after the decision is not in the decided set the report follows up
    await controller.post('/api/committees/SN/indicators', { code: 'SN-NY', committeeGoalId: goal.body.id, name: 'Ny indikator' });
    const snTree = (await reader.get('/api/committees/SN/goals?year=2025')).body as GoalTree;
    expect(indicators(snTree).map((i) => i.code)).toEqual(['SN-MISSBRUK']);
  });
});

describe('values, assessments and assignments', () => {
  /** HME and the version of its entered 2024 value (0: none yet): the first of the two tests that need the value enters it. */
  const hme2024 = async () => {
    const i = await byCode('HME');
    return { i, version: i.values.find((v) => v.year === 2024 && v.origin === 'manual')?.version ?? 0 };
  };

  it('enters a value, and the suggestion follows the rules', async () => {
    const { i, version } = await hme2024();
    const put = await controller.request('PUT', `/api/indicators/${i.id}/values`, { year: 2024, value: 73, preliminary: true, version });
    expect(put.status).toBe(200);
    expect((await controller.request('PUT', `/api/indicators/${i.id}/values`, { year: 2024, value: 74, version })).status).toBe(409);
    const after = await byCode('HME');
    expect(itemAt(after.signals, 0).attainment).toMatchObject({ status: 'met', value: 73, reference: 70 });
    expect(after.suggestedColour).toBe('green');
    expect(
      (await controller.request('PUT', `/api/indicators/${i.id}/values`, { year: 2024, gender: 'K', value: 1, version: 0 })).status,
    ).toBe(400);
  });

  it('asks for an analysis when the set colour differs from the suggestion, and keeps the history', async () => {
    const { i, version } = await hme2024();
    if (version === 0)
      expect(
        (await controller.request('PUT', `/api/indicators/${i.id}/values`, { year: 2024, value: 73, preliminary: true, version })).status,
      ).toBe(200);
    const suggestion = (await reader.get(`/api/assessments/suggestion?subjectType=indicator&subjectId=${i.id}&year=2024`)).body;
    expect(suggestion.suggestedColour).toBe('green');
    const differ = await controller.post('/api/assessments', { subjectType: 'indicator', subjectId: i.id, year: 2024, colour: 'yellow' });
    expect(differ.status).toBe(400);
    expect(differ.body.error.fields[0].field).toBe('analysis');
    expect(
      (await controller.post('/api/assessments', { subjectType: 'indicator', subjectId: i.id, year: 2024, colour: 'green' })).status,
    ).toBe(201);
    expect(
      (
        await controller.post('/api/assessments', {
          subjectType: 'indicator',
          subjectId: i.id,
          year: 2024,
          colour: 'yellow',
          analysis: 'Värdet är preliminärt.',
        })
      ).status,
    ).toBe(201);
    const history = (await reader.get(`/api/assessments?subjectType=indicator&subjectId=${i.id}`)).body;
    expect(history.map((h: { colour: string }) => h.colour)).toEqual(['yellow', 'green']);
    expect((await byCode('HME')).assessment).toMatchObject({ colour: 'yellow', suggestedColour: 'green' });
    expect((await reader.post('/api/assessments', { subjectType: 'indicator', subjectId: i.id, year: 2024, colour: 'green' })).status).toBe(
      403,
    );
    await expect(t.db.query('delete from assessment')).rejects.toThrow(/Bedömningar/);
  });

  it('lists the strategic assignments SON has in 2024 and records a follow-up', async () => {
    const list = (await reader.get('/api/committees/SON/assignments?year=2024')).body as {
      id: number;
      number: number | null;
      scope: string;
      recipients: { name: string }[];
      current: unknown;
    }[];
    expect(list.filter((a) => a.scope === 'all')).toHaveLength(12);
    expect(list.filter((a) => a.scope === 'named').map((a) => a.number)).toEqual([18, 23, 29, 30, 31, 32, 33, 34]);
    expect(list.filter((a) => a.scope === 'own')).toHaveLength(1);
    expect(findIn(list, (a) => a.number === 18).recipients.map((r) => r.name)).toContain('Bildningsnämnden');
    const a30 = findIn(list, (a) => a.number === 30);
    const fu = await controller.request('PUT', `/api/assignments/${a30.id}/follow-ups`, {
      committeeCode: 'SON',
      year: 2024,
      month: 8,
      status: 'ongoing',
      text: 'Handläggningstiden följs varje månad.',
      version: 0,
    });
    expect(fu.status).toBe(200);
    const again = (await reader.get('/api/committees/SON/assignments?year=2024&month=8')).body as typeof list;
    expect(findIn(again, (a) => a.id === a30.id).current).toMatchObject({ status: 'ongoing', month: 8 });
    expect(
      (await controller.post('/api/assignments', { issuer: 'council', scope: 'all', title: 'X', termFrom: 2024, termTo: 2024, version: 0 }))
        .status,
    ).toBe(403);
    expect(
      (
        await admin.post('/api/assignments', {
          issuer: 'council',
          number: 50,
          scope: 'named',
          recipients: ['SN'],
          title: 'Nytt uppdrag',
          termFrom: 2025,
          termTo: 2026,
          version: 0,
        })
      ).status,
    ).toBe(201);
  });
});

describe('import and export of values and targets', () => {
  it('exports json and reads it back unchanged', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/committees/SON/indicator-data/export?format=json',
      headers: { cookie: controller.cookie },
    });
    expect(res.statusCode).toBe(200);
    const data = JSON.parse(res.body) as { Värden: Record<string, unknown>[]; Mål: Record<string, unknown>[] };
    expect(data.Värden.find((r) => r.Indikator === 'HYRESAVTAL' && r.Månad === 8)).toMatchObject({ År: 2023, Värde: 53 });
    const back = await t.app.inject({
      method: 'POST',
      url: '/api/committees/SON/indicator-data/import?filename=data.json',
      headers: { cookie: controller.cookie, 'content-type': 'application/json' },
      payload: res.body,
    });
    expect(back.statusCode).toBe(200);
    expect(JSON.parse(back.body)).toMatchObject({ targets: 0, unchangedTargets: data.Mål.length });
  });

  it('imports a csv of values and reports every bad row by file, row and column', async () => {
    const good = 'Nämnd;Indikator;År;Månad;Kön;Värde;Preliminärt\nSON;JAMIX;2024;augusti;T;115;ja\nSON;HELTID;2024;;K;98,9;nej\n';
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/committees/SON/indicator-data/import?filename=varden.csv',
      headers: { cookie: controller.cookie, 'content-type': 'text/csv', [CLIENT_HEADER]: '1' },
      payload: good,
    });
    expect(ok.statusCode).toBe(200);
    expect((await byCode('JAMIX')).values.find((v) => v.year === 2024)).toMatchObject({ month: 8, value: 115, preliminary: true });
    const bad =
      'Nämnd;Indikator;År;Kön;Värde\nSON;OKÄND;2024;T;1\nSON;JAMIX;20x4;T;1\nSON;JAMIX;2024;K;1\nSON;KOST-MISSBRUK;2024;T;1\nSON;AVI;2024;T;mycket\n';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/committees/SON/indicator-data/import?filename=fel.csv',
      headers: { cookie: controller.cookie, 'content-type': 'text/csv', [CLIENT_HEADER]: '1' },
      payload: bad,
    });
    expect(res.statusCode).toBe(400);
    const rows = JSON.parse(res.body).error.rows as { file: string; row: number; column: string }[];
    expect(rows.map((r) => [r.row, r.column])).toEqual([
      [2, 'Indikator'],
      [3, 'År'],
      [4, 'Kön'],
      [5, 'Indikator'],
      [6, 'Värde'],
    ]);
    expect(itemAt(rows, 0).file).toBe('fel.csv');
  });

  it('refuses to change a decided target by file', async () => {
    const csv = 'Nämnd;Indikator;År;Kön;Måltyp;Riktning\nSON;JAMIX;2024;T;riktning;Minska\nSON;JAMIX;2027;T;riktning;Öka\n';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/committees/SON/indicator-data/import?filename=mal.csv',
      headers: { cookie: controller.cookie, 'content-type': 'text/csv', [CLIENT_HEADER]: '1' },
      payload: csv,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).error.rows).toEqual([expect.objectContaining({ row: 2, column: 'År' })]);
  });

  it('exports the goal table', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/committees/SON/goals/export?year=2024&format=csv',
      headers: { cookie: reader.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body.split('\n')[0]).toMatch(/^Målområde,KF-mål,Nämndmål,Indikator,Kön/);
  });
});
