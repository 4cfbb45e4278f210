import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connection.ts';
import { hashPassword } from '../src/modules/auth/store.ts';
import { testTarget } from '../src/testing/database.ts';
import { must } from '../src/testing/must.ts';
import { freshDatabase, runCli, startServer, type RunningServer, type ServerOptions } from '../src/testing/server.ts';
import { TEST_PASSWORD } from './support.ts';

const production = { STYRBORD_ENV: 'production' };
const onPostgres = testTarget() === 'postgresql';

/** Starting must fail: the server exits before it answers; the error carries its exit code and output. */
async function refusedStart(options: ServerOptions): Promise<string> {
  const started = await startServer(options).then(
    async (server) => {
      await server.stop();
      return null;
    },
    (err: unknown) => (err as Error).message,
  );
  expect(started, 'the server started although it should have refused').not.toBeNull();
  return must(started, 'the refused start’s error message');
}

/** What an administrator does before going live: every account the demo created gets a real password. */
async function replaceDemoPasswords(database: RunningServer['database']): Promise<void> {
  const db = await connect(database.kind === 'pglite' ? { dataDir: database.dataDir } : { databaseUrl: database.url });
  try {
    await db.query('update app_user set password_hash = $1 where password_hash is not null', [await hashPassword(TEST_PASSWORD)]);
  } finally {
    await db.close();
  }
}

// Steps on one database, in order: a start is refused while the demo passwords are left, then they are changed.
describe('demo credentials only in demo mode', { shuffle: false }, () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  // one database with the demo loaded by the explicit `styrbord demo load`, used in turn below
  let demo: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    demo = await freshDatabase();
    const loaded = await runCli(demo.database, ['demo', 'load']);
    expect(loaded.code, loaded.stderr).toBe(0);
  });
  afterAll(async () => demo?.remove());

  it('refuses to start with STYRBORD_ENV=production while a demo password is left, naming the accounts', async () => {
    const message = await refusedStart({ reuse: demo.database, env: production });
    expect(message).toMatch(/Styrbord startar inte .*admin, controller, politiker, revisor har fortfarande demolösenordet/);
    expect(message).toMatch(/styrbord user passwd/);
    expect(message).toMatch(/slutkod 1\b/);
  });

  it.runIf(onPostgres)('with DATABASE_URL (not production) also refuses to start while a demo password is left', async () => {
    const message = await refusedStart({ reuse: demo.database });
    expect(message).toMatch(/Styrbord startar inte med DATABASE_URL/);
    expect(message).toMatch(/slutkod 1\b/);
  });

  it('starts once the demo passwords are changed; outside demo mode /api/demo-accounts is 404', async () => {
    await replaceDemoPasswords(demo.database);
    server = await startServer({ reuse: demo.database, env: production });
    expect((await fetch(`${server.url}/api/demo-accounts`)).status).toBe(404);
    await server.stop();
    // without production: demo mode on PGlite, but no account has the demo password any more
    server = await startServer({ reuse: demo.database });
    expect((await fetch(`${server.url}/api/demo-accounts`)).status).toBe(404);
  });

  it.runIf(onPostgres)('with DATABASE_URL: loads no demo into an empty database', async () => {
    server = await startServer();
    expect((await fetch(`${server.url}/api/demo-accounts`)).status).toBe(404);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, 'x-styrbord-client': '1' },
      body: JSON.stringify({ username: 'admin', password: 'styrbord' }),
    });
    expect(login.status).toBe(401);
  });

  it.runIf(!onPostgres)('in demo mode (an empty PGlite folder) loads the demo and lists its accounts (200)', async () => {
    server = await startServer();
    const res = await fetch(`${server.url}/api/demo-accounts`);
    expect(res.status).toBe(200);
    const accounts = (await res.json()) as { username: string; password: string }[];
    expect(accounts.map((a) => a.username)).toEqual(['admin', 'controller', 'politiker', 'revisor']);
    expect(accounts.every((a) => a.password === 'styrbord')).toBe(true);
  });
});
