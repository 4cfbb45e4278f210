import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../testing/api.ts';
import { goalsChecker } from './checker.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

it('reports an indicator changed after the goal set was decided with the budget', async () => {
  expect(await goalsChecker(t.db, { committeeCode: 'SON', year: 2024 })).toEqual([]);
  const admin = await t.as('admin');
  const [indicator] = await t.db.query<{ id: number; name: string; version: number }>(
    "select i.id, i.name, i.version from indicator i where i.kolada_kpi = 'N35001'");
  const res = await admin.patch(`/api/indicators/${indicator!.id}`, { name: `${indicator!.name} (ny definition)`, version: indicator!.version, revisionReason: 'Ny definition från Kolada' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const findings = await goalsChecker(t.db, { committeeCode: 'SON', year: 2024 });
  expect(findings.map((f) => f.kind)).toEqual(['revised_since_decision']);
});

it('changes only the fields an update names (no silent reset to defaults)', async () => {
  const admin = await t.as('admin');
  const [before] = await t.db.query<{ id: number; version: number; kolada_kpi: string; mandatory: boolean; unit: string }>(
    "select id, version, kolada_kpi, mandatory, unit from indicator where kolada_kpi = 'N35001'");
  const res = await admin.patch(`/api/indicators/${before!.id}`, { footnote: 'Ny fotnot', version: before!.version, revisionReason: 'Förtydligande' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const [after] = await t.db.query<{ kolada_kpi: string; mandatory: boolean; unit: string; footnote: string }>('select kolada_kpi, mandatory, unit, footnote from indicator where id = $1', [before!.id]);
  expect(after).toEqual({ kolada_kpi: 'N35001', mandatory: before!.mandatory, unit: before!.unit, footnote: 'Ny fotnot' });
});
