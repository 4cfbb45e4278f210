import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { seedMunicipality } from '../testing/seed.ts';
import { insertAdministration } from '../modules/organisation/store.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import type { Queryable } from './connection.ts';
import { maybeOne, queryOne } from './rows.ts';
import { updateVersioned, upsertVersioned } from './versioned.ts';

let t: TestDatabase;

interface Setting {
  municipalityCode: string;
  fourEyes: boolean;
  version: number;
}
const readSetting = (code: string) => (db: Queryable) =>
  maybeOne<Setting>(
    db,
    'select municipality_code as "municipalityCode", four_eyes as "fourEyes", version from municipality_setting where municipality_code = $1',
    [code],
  );
const saveSetting = (db: Queryable, code: string, fourEyes: boolean, expectedVersion: number | null) =>
  upsertVersioned(db, {
    table: 'municipality_setting',
    key: { municipality_code: code },
    values: { four_eyes: fourEyes },
    expectedVersion,
    what: msg('thing.settings'),
    read: readSetting(code),
  });

/** A municipality of the test's own, so its settings start unwritten whatever ran before. */
let municipalities = 0;
const ownMunicipality = async () => (await seedMunicipality(t.db, { code: String(9900 + ++municipalities) })).code;

interface Administration {
  code: string;
  name: string;
  version: number;
}
const administrationRow = {
  table: 'administration',
  what: msg('thing.administration'),
  read: (db: Queryable, id: number) =>
    queryOne<Administration>(db, 'select code, name, version from administration where id = $1', [id], msg('thing.administration')),
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a rejection');
};

describe('queryOne and maybeOne', () => {
  it('maybeOne gives null for no row, queryOne a 404 naming what, or an invariant error', async () => {
    expect(await maybeOne(t.db, 'select 1 as n where false')).toBeNull();
    expect(await queryOne<{ n: number }>(t.db, 'select 1 as n')).toEqual({ n: 1 });
    const missing = await rejection(queryOne(t.db, 'select 1 where false', [], msg('thing.committee')));
    expect([missing.status, missing.message]).toEqual([404, 'Nämnden finns inte.']);
    expect((await rejection(queryOne(t.db, 'select 1 where false'))).message).toMatch(/^Invariant: /);
  });
});

describe('upsertVersioned', () => {
  it('inserts at version 0, updates at the version read, and reads both sides with the same getter', async () => {
    const code = await ownMunicipality();
    const created = await saveSetting(t.db, code, true, 0);
    expect(created).toEqual({ before: null, after: { municipalityCode: code, fourEyes: true, version: 1 }, written: true });
    const updated = await saveSetting(t.db, code, false, 1);
    expect(updated).toEqual({ before: created.after, after: { municipalityCode: code, fourEyes: false, version: 2 }, written: true });
  });

  it('refuses a stale version with the 409 and message of today, and writes nothing', async () => {
    const code = await ownMunicipality();
    await saveSetting(t.db, code, true, 0);
    for (const stale of [0, 2]) {
      const err = await rejection(saveSetting(t.db, code, false, stale));
      expect([err.status, err.message]).toEqual([
        409,
        'Någon annan har ändrat inställningarna sedan du öppnade den. Ladda om sidan och gör ändringen igen.',
      ]);
    }
    expect(await readSetting(code)(t.db)).toEqual({ municipalityCode: code, fourEyes: true, version: 1 });
  });

  it('without an expected version (imports) overwrites whatever is there', async () => {
    const code = await ownMunicipality();
    await saveSetting(t.db, code, true, 0);
    expect((await saveSetting(t.db, code, false, null)).after.version).toBe(2);
  });
});

describe('updateVersioned', () => {
  it('updates at the version read, reading before and after with the same getter; refuses stale and unknown rows', async () => {
    const { id } = await insertAdministration(t.db, {
      municipalityCode: await ownMunicipality(),
      code: 'ADM',
      name: 'Gammalt namn',
      validFrom: '2024-01-01',
    });
    const { before, after } = await updateVersioned(t.db, administrationRow, id, 1, { name: 'Nytt namn' });
    expect(before).toEqual({ code: 'ADM', name: 'Gammalt namn', version: 1 });
    expect(after).toEqual({ code: 'ADM', name: 'Nytt namn', version: 2 });
    expect((await rejection(updateVersioned(t.db, administrationRow, id, 1, { name: 'X' }))).status).toBe(409);
    expect((await rejection(updateVersioned(t.db, administrationRow, 2_000_000_000, 1, { name: 'X' }))).message).toBe(
      'Förvaltningen finns inte.',
    );
  });
});
