import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/api.ts';
import { activityIds } from '../testing/seed.ts';

/**
 * Commands answer with the shape their GET answers, and an audit event's two sides have the same
 * keys: before, an event's before was a snake_case row and its after camelCase, so the audit page
 * showed every field as changed.
 */
const t = useTestApp();
const admin = t.client('admin');
const controller = t.client('controller');
const put = (client: typeof admin, url: string, body: unknown) => client.request('PUT', url, body);

const lastEventId = async () => (await t.db.query<{ id: number }>('select coalesce(max(id), 0)::int as id from audit_event'))[0]?.id ?? 0;
const eventsSince = (id: number) =>
  t.db.query<{ command: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
    'select command, before, after from audit_event where id > $1 order by id',
    [id],
  );

describe('commands answer as their GET does', () => {
  it('PUT frames answers the frame as GET frames lists it', async () => {
    const frames = (await admin.get('/api/committees/SON/economy/frames')).body as { year: number; version: number }[];
    const year = 2031;
    const current = frames.find((f) => f.year === year);
    const answer = await put(admin, '/api/committees/SON/economy/frames', {
      year,
      amount: 123_000_000,
      sourceNote: 'Prov',
      version: current?.version ?? 0,
    });
    expect(answer.status).toBe(200);
    const after = ((await admin.get('/api/committees/SON/economy/frames')).body as { year: number }[]).find((f) => f.year === year);
    expect(answer.body).toEqual(after);
  });

  it('PUT settings answers the settings as GET settings does', async () => {
    const current = (await admin.get('/api/committees/SON/economy/settings')).body as { version: number };
    const answer = await put(admin, '/api/committees/SON/economy/settings', {
      actionPlanThresholdBp: 150,
      earlyWarningMarginBp: 60,
      version: current.version,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual((await admin.get('/api/committees/SON/economy/settings')).body);
  });

  it('PUT a goal area answers it as GET goal areas lists it', async () => {
    const answer = await put(admin, '/api/goal-areas', { code: 'PROV', name: 'Provområde', description: 'För testet', version: 0 });
    expect(answer.status).toBe(200);
    const listed = ((await admin.get('/api/goal-areas')).body as { code: string }[]).find((a) => a.code === 'PROV');
    expect(answer.body).toEqual(listed);
  });
});

describe('audit events', () => {
  it('have the same keys before and after, whichever command wrote them', async () => {
    const since = await lastEventId();
    const activity = await activityIds(t.db, 'SON');
    const frames = (await admin.get('/api/committees/SON/economy/frames')).body as { year: number; version: number }[];
    const frameVersion = frames.find((f) => f.year === 2032)?.version ?? 0;
    // each thing written twice, so that the second event has a before
    for (const [i, amount] of [1_000_000, 2_000_000].entries()) {
      expect(
        (await put(admin, '/api/committees/SON/economy/frames', { year: 2032, amount, sourceNote: null, version: frameVersion + i }))
          .status,
      ).toBe(200);
    }
    const settings = (await admin.get('/api/committees/SON/economy/settings')).body as { version: number };
    for (const [i, bp] of [110, 120].entries()) {
      expect(
        (
          await put(admin, '/api/committees/SON/economy/settings', {
            actionPlanThresholdBp: bp,
            earlyWarningMarginBp: 50,
            version: settings.version + i,
          })
        ).status,
      ).toBe(200);
    }
    const forecast = { activityId: activity('IFO-BOU'), year: 2031, month: 4, comment: '' };
    expect((await put(controller, '/api/committees/SON/economy/forecasts', { ...forecast, amount: 5_000_000, version: 0 })).status).toBe(
      200,
    );
    expect((await put(controller, '/api/committees/SON/economy/forecasts', { ...forecast, amount: 6_000_000, version: 1 })).status).toBe(
      200,
    );
    const profile = { activityId: activity('IFO-BOU'), year: 2031, method: 'custom' };
    expect(
      (await put(controller, '/api/period-profiles', { ...profile, weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2], version: 0 })).status,
    ).toBe(200);
    expect(
      (await put(controller, '/api/period-profiles', { ...profile, weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], version: 1 })).status,
    ).toBe(200);
    const draft = await controller.post('/api/committees/SON/economy/versions', { budgetYear: 2031, title: 'Prov 2031' });
    expect(draft.status).toBe(201);
    for (const cost of [100, 200]) {
      expect(
        (
          await put(controller, `/api/budget-versions/${draft.body.id}/lines`, {
            activityId: activity('IFO-BOU'),
            year: 2031,
            cost,
            income: 0,
          })
        ).status,
      ).toBe(200);
    }
    expect((await put(admin, '/api/goal-areas', { code: 'PROV2', name: 'Ett', description: '', version: 0 })).status).toBe(200);
    expect((await put(admin, '/api/goal-areas', { code: 'PROV2', name: 'Två', description: '', version: 1 })).status).toBe(200);
    const forv = (await controller.get(`/api/activities/${activity('FORV')}`)).body as { name: string; version: number };
    expect(
      (await controller.patch(`/api/activities/${activity('FORV')}`, { version: forv.version, name: `${forv.name} och stöd` })).status,
    ).toBe(200);

    const events = (await eventsSince(since)).filter((e) => e.before !== null && e.after !== null);
    expect(events.map((e) => e.command)).toEqual(
      expect.arrayContaining([
        'budget_frame.set',
        'economy_setting.save',
        'forecast.save',
        'period_profile.set',
        'budget_line.set',
        'goal_area.save',
        'activity.update',
      ]),
    );
    for (const e of events) {
      expect({ command: e.command, keys: Object.keys(e.after ?? {}).sort() }).toEqual({
        command: e.command,
        keys: Object.keys(e.before ?? {}).sort(),
      });
    }
  });
});
