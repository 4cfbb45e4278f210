import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { describeSchema } from './schema.ts';
import { migrate } from './migrate.ts';

const snapshotPath = fileURLToPath(new URL('./schema.snapshot.txt', import.meta.url));
let t: TestDatabase;

beforeAll(async () => {
  // as the owner: information_schema shows a role only the triggers of tables it may change
  t = await createTestDatabase({ asOwner: true });
});
afterAll(() => t.drop());

it('replaying every migration gives the committed schema snapshot', async () => {
  const schema = await describeSchema(t.db);
  if (process.env.STYRBORD_UPDATE_SNAPSHOT === '1' || !existsSync(snapshotPath)) writeFileSync(snapshotPath, schema);
  expect(schema).toBe(readFileSync(snapshotPath, 'utf8'));
});

it('applying migrations again changes nothing', async () => {
  expect(await migrate(t.db)).toEqual([]);
});
