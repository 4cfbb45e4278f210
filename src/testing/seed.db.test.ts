import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, checkPassword } from '../modules/auth/store.ts';
import { getActivity, getCommitteeByCode, listActivities } from '../modules/organisation/store.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { seedCommittee, seedMunicipality, seedUser } from './seed.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedMunicipality(t.db);
});
afterAll(() => t.drop());

describe('seed factories', () => {
  it('make a committee with its administration and activity tree, through the product’s command', async () => {
    const seeded = await seedCommittee(t.db, {
      municipalityCode: '9999',
      code: 'PRV',
      activities: [{ code: 'A' }, { code: 'A1', parent: 'A' }],
    });
    expect(await getCommitteeByCode(t.db, 'PRV')).toEqual(seeded.committee);
    expect(seeded.committee.administrationId).toBe(seeded.administration.id);
    expect((await listActivities(t.db, seeded.committee.id, '2024-06-30')).map((a) => a.code)).toEqual(['A', 'A1']);
    expect((await getActivity(t.db, seeded.activityId('A1'))).parentId).toBe(seeded.activityId('A'));
    const [audited] = await t.db.query<{ n: number }>("select count(*)::int as n from audit_event where command = 'activity.create'");
    expect(audited?.n).toBe(2);
  });

  it('make a user who signs in with the seed password and may write in the committees granted', async () => {
    const { committee } = await seedCommittee(t.db, { municipalityCode: '9999', code: 'GRT' });
    const user = await seedUser(t.db, { username: 'kontrollant', role: 'controller', committees: ['GRT'] });
    const signedIn = await checkPassword(t.db, 'kontrollant', user.password);
    expect(signedIn?.id).toBe(user.id);
    expect(await actorFor(t.db, user.id)).toMatchObject({ role: 'controller', committeeIds: [committee.id] });
  });
});
