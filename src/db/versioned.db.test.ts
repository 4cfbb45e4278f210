import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
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
const readSetting = (db: Queryable) =>
  maybeOne<Setting>(
    db,
    'select municipality_code as "municipalityCode", four_eyes as "fourEyes", version from municipality_setting where municipality_code = $1',
    ['9999'],
  );
const saveSetting = (db: Queryable, fourEyes: boolean, expectedVersion: number | null) =>
  upsertVersioned(db, {
    table: 'municipality_setting',
    key: { municipality_code: '9999' },
    values: { four_eyes: fourEyes },
    expectedVersion,
    what: msg('thing.settings'),
    read: readSetting,
  });

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
  await t.db.query("insert into municipality (code, name) values ('9999', 'Provkommun')");
});
afterAll(() => t.drop());
beforeEach(async () => {
  await t.db.query("delete from municipality_setting where municipality_code = '9999'");
});

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
    const created = await saveSetting(t.db, true, 0);
    expect(created).toEqual({ before: null, after: { municipalityCode: '9999', fourEyes: true, version: 1 }, written: true });
    const updated = await saveSetting(t.db, false, 1);
    expect(updated).toEqual({ before: created.after, after: { municipalityCode: '9999', fourEyes: false, version: 2 }, written: true });
  });

  it('refuses a stale version with the 409 and message of today, and writes nothing', async () => {
    await saveSetting(t.db, true, 0);
    for (const stale of [0, 2]) {
      const err = await rejection(saveSetting(t.db, false, stale));
      expect([err.status, err.message]).toEqual([
        409,
        'Någon annan har ändrat inställningarna sedan du öppnade den. Ladda om sidan och gör ändringen igen.',
      ]);
    }
    expect(await readSetting(t.db)).toEqual({ municipalityCode: '9999', fourEyes: true, version: 1 });
  });

  it('without an expected version (imports) overwrites whatever is there', async () => {
    await saveSetting(t.db, true, 0);
    expect((await saveSetting(t.db, false, null)).after.version).toBe(2);
  });
});

describe('updateVersioned', () => {
  it('updates at the version read, reading before and after with the same getter; refuses stale and unknown rows', async () => {
    const { id } = await queryOne<{ id: number }>(
      t.db,
      "insert into administration (municipality_code, code, name, valid_from) values ('9999', 'ADM', 'Gammalt namn', '2024-01-01') returning id",
    );
    const { before, after } = await updateVersioned(t.db, administrationRow, id, 1, { name: 'Nytt namn' });
    expect(before).toEqual({ code: 'ADM', name: 'Gammalt namn', version: 1 });
    expect(after).toEqual({ code: 'ADM', name: 'Nytt namn', version: 2 });
    expect((await rejection(updateVersioned(t.db, administrationRow, id, 1, { name: 'X' }))).status).toBe(409);
    expect((await rejection(updateVersioned(t.db, administrationRow, 2_000_000_000, 1, { name: 'X' }))).message).toBe(
      'Förvaltningen finns inte.',
    );
  });
});
