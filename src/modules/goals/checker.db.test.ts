import { expect, it } from 'vitest';
import { useTestApp } from '../../testing/api.ts';
import { goalsChecker } from './checker.ts';
import { queryOne } from '../../db/rows.ts';
import { itemAt } from '../../testing/must.ts';

const t = useTestApp();
const admin = t.client('admin');
const findingsFor2024 = () => goalsChecker(t.db, { committeeCode: 'SON', year: 2024 });

// The two tests change different indicators, so either may run first.
it('reports an indicator changed after the goal set was decided with the budget', async () => {
  const indicator = await queryOne<{ id: number; name: string; version: number }>(
    t.db,
    "select i.id, i.name, i.version from indicator i where i.kolada_kpi = 'N35001'",
  );
  const before = await findingsFor2024();
  expect(before.filter((f) => f.message.includes(indicator.name))).toEqual([]);
  const res = await admin.patch(`/api/indicators/${indicator.id}`, {
    name: `${indicator.name} (ny definition)`,
    version: indicator.version,
    revisionReason: 'Ny definition från Kolada',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const added = (await findingsFor2024()).filter((f) => !before.some((b) => b.message === f.message));
  expect(added.map((f) => f.kind)).toEqual(['revised_since_decision']);
  expect(itemAt(added, 0).message).toContain(`${indicator.name} (ny definition)`);
});

it('changes only the fields an update names (no silent reset to defaults)', async () => {
  const before = await queryOne<{ id: number; version: number; kolada_kpi: string; mandatory: boolean; unit: string }>(
    t.db,
    "select id, version, kolada_kpi, mandatory, unit from indicator where kolada_kpi is not null and kolada_kpi <> 'N35001' order by id limit 1",
  );
  const res = await admin.patch(`/api/indicators/${before.id}`, {
    footnote: 'Ny fotnot',
    version: before.version,
    revisionReason: 'Förtydligande',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const [after] = await t.db.query<{ kolada_kpi: string; mandatory: boolean; unit: string; footnote: string }>(
    'select kolada_kpi, mandatory, unit, footnote from indicator where id = $1',
    [before.id],
  );
  expect(after).toEqual({ kolada_kpi: before.kolada_kpi, mandatory: before.mandatory, unit: before.unit, footnote: 'Ny fotnot' });
});
