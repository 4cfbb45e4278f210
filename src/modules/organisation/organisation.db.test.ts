import { describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../../testing/api.ts';
import { findIn } from '../../testing/must.ts';

const t = useTestApp();
const admin = t.client('admin');
const controller = t.client('controller');
const reader = t.client('politiker');
const auditor = t.client('revisor');

async function activityByCode(client: Client, committee: string, code: string) {
  const { body } = await client.get(`/api/committees/${encodeURIComponent(committee)}`);
  const flat = (nodes: { code: string; children: unknown[] }[]): { id: number; code: string; name: string; version: number }[] =>
    nodes.flatMap((n) => [n as never, ...flat(n.children as never)]);
  return findIn(flat(body.activities), (a) => a.code === code, `activity ${committee}/${code}`);
}

describe('health and sign-in', () => {
  it('answers health without a session and names the database kind', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.json()).toEqual({ ok: true, database: t.db.kind });
  });

  it('answers a page request with a clear 404 when the web UI is not built', async () => {
    const res = await t.app.inject({ url: '/organisation' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/inte byggt/);
  });

  it('refuses the API without a session', async () => {
    const res = await t.app.inject({ url: '/api/organisation' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('rejects a wrong password with the same message as an unknown user', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'fel' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ingen', password: 'fel' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('sets an HTTP-only session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'politiker', password: 'styrbord' } });
    expect(res.headers['set-cookie']).toMatch(/HttpOnly/i);
    expect(res.json().role).toBe('reader');
  });
});

describe('dated organisation', () => {
  it('shows SON and ÄN in 2023 and the new committees in 2024', async () => {
    const in2023 = (await reader.get('/api/organisation?asOf=2023-06-01')).body;
    const in2024 = (await reader.get('/api/organisation?asOf=2024-06-01')).body;
    const codes = (org: { committees: { code: string }[] }) => org.committees.map((c) => c.code).sort();
    expect(codes(in2023)).toEqual(['AMN', 'SON', 'ÄN'].sort());
    expect(codes(in2024)).toEqual(['AMN', 'SN', 'VON'].sort());
    expect(in2023.administrations.map((a: { code: string }) => a.code)).toContain('SOF');
    expect(in2024.administrations.map((a: { code: string }) => a.code)).not.toContain('SOF');
  });

  it('nests varav rows under their parent and dates rows that start later', async () => {
    const sn2024 = (await reader.get('/api/committees/SN?asOf=2024-06-01')).body;
    const bou = sn2024.activities.find((a: { code: string }) => a.code === 'IFO-BOU');
    expect(bou.children.map((c: { code: string; isSubset: boolean }) => [c.code, c.isSubset])).toEqual([
      ['BOU-DYGN', true],
      ['BOU-HVB', true],
      ['BOU-NARA', true],
      ['BOU-SKYDD', true],
    ]);
    expect(sn2024.activities.map((a: { code: string }) => a.code)).not.toContain('GB-STOLP');
    const sn2026 = (await reader.get('/api/committees/SN?asOf=2026-06-01')).body;
    expect(sn2026.activities.map((a: { code: string }) => a.code)).toContain('GB-STOLP');
  });

  it('maps every SON activity onto its Socialnämnden successor', async () => {
    const mappings = (await reader.get('/api/activity-mappings')).body as { fromActivityId: number; toActivityId: number }[];
    const son = (await reader.get('/api/committees/SON')).body;
    const sonIds = son.activities.flatMap((a: { id: number; children: { id: number }[] }) => [a.id, ...a.children.map((c) => c.id)]);
    expect(sonIds.length).toBe(23);
    for (const id of sonIds) expect(mappings.some((m) => m.fromActivityId === id)).toBe(true);
  });

  it('rejects a malformed date with the field named', async () => {
    const res = await reader.get('/api/organisation?asOf=2023-02-30');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('asOf');
  });
});

describe('editing through commands', () => {
  it('renames an activity, bumps its version and writes an audit event', async () => {
    const act = await activityByCode(controller, 'SN', 'SOCPSYK');
    const res = await controller.patch(`/api/activities/${act.id}`, { name: 'Socialpsykiatri och boendestöd', version: act.version });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(act.version + 1);
    const audit = (await auditor.get(`/api/audit?entityType=activity&entityId=${act.id}`)).body;
    expect(audit[0]).toMatchObject({ command: 'activity.update', actorName: 'Demo Controller (controller)' });
    expect(audit[0].before.name).toBe('Socialpsykiatri');
    expect(audit[0].after.name).toBe('Socialpsykiatri och boendestöd');
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const act = await activityByCode(admin, 'SN', 'LSS');
    const first = await admin.patch(`/api/activities/${act.id}`, { name: 'LSS-insatser', version: act.version });
    expect(first.status).toBe(200);
    const stale = await admin.patch(`/api/activities/${act.id}`, { name: 'Något annat', version: act.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.error.message).toMatch(/Någon annan har ändrat .* Ladda om/);
    expect((await activityByCode(admin, 'SN', 'LSS')).name).toBe('LSS-insatser');
  });

  it('lets a controller write only for granted committees', async () => {
    const elder = await activityByCode(controller, 'VON', 'AO-HT');
    const res = await controller.patch(`/api/activities/${elder.id}`, { name: 'Hemtjänst X', version: elder.version });
    expect(res.status).toBe(403);
  });

  it('never lets a reader or auditor write', async () => {
    const act = await activityByCode(reader, 'SN', 'FORV');
    for (const client of [reader, auditor]) {
      const res = await client.patch(`/api/activities/${act.id}`, { name: 'X', version: act.version });
      expect(res.status).toBe(403);
    }
  });

  it('names the bad fields in Swedish and writes nothing', async () => {
    const before = (await auditor.get('/api/audit?limit=1000')).body.length;
    const res = await admin.post('/api/activities', { committeeCode: 'SN', code: 'ny kod!', name: '', validFrom: '2024-13-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'name', 'validFrom']);
    expect((await auditor.get('/api/audit?limit=1000')).body.length).toBe(before);
  });

  it('creates a varav row inside the committee validity only', async () => {
    const parent = await activityByCode(admin, 'SN', 'IFO-VUX');
    const outside = await admin.post('/api/activities', {
      committeeCode: 'SN',
      parentId: parent.id,
      code: 'VUX-NY',
      name: 'varav test',
      isSubset: true,
      validFrom: '2023-12-31',
    });
    expect(outside.status).toBe(400);
    const ok = await admin.post('/api/activities', {
      committeeCode: 'SN',
      parentId: parent.id,
      code: 'VUX-NY',
      name: 'varav test',
      isSubset: true,
      validFrom: '2025-01-01',
    });
    expect(ok.status).toBe(201);
    const dup = await admin.post('/api/activities', { committeeCode: 'SN', code: 'VUX-NY', name: 'igen', validFrom: '2025-01-01' });
    expect(dup.status).toBe(409);
  });

  it('refuses to make an activity its own ancestor', async () => {
    const parent = await activityByCode(admin, 'SN', 'IFO-BOU');
    const child = await activityByCode(admin, 'SN', 'BOU-DYGN');
    const res = await admin.patch(`/api/activities/${parent.id}`, { parentId: child.id, version: parent.version });
    expect(res.status).toBe(400);
  });

  it('answers unknown ids with 404 and hostile input with 400, never 500', async () => {
    expect((await admin.patch('/api/activities/999999', { name: 'x', version: 1 })).status).toBe(404);
    expect((await admin.patch('/api/activities/abc', { name: 'x', version: 1 })).status).toBe(400);
    expect((await admin.patch('/api/activities/1', { name: 'x'.repeat(5000), version: 1 })).status).toBe(400);
    const raw = await t.app.inject({
      method: 'PATCH',
      url: '/api/activities/1',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(raw.statusCode).toBe(400);
    expect(raw.body).not.toMatch(/at .*\.ts/);
  });
});

describe('audit log', () => {
  it('is closed to readers and open to auditors', async () => {
    expect((await reader.get('/api/audit')).status).toBe(403);
    expect((await auditor.get('/api/audit')).status).toBe(200);
  });

  it('cannot be altered, even directly in the database', async () => {
    // on PostgreSQL the runtime role may not even try; on PGlite the trigger refuses
    await expect(t.db.query('update audit_event set actor_name = $1', ['x'])).rejects.toThrow(/skrivskyddad|permission denied/);
    await expect(t.db.query('delete from audit_event')).rejects.toThrow(/skrivskyddad|permission denied/);
  });
});
