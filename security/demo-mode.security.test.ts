import { afterEach, describe, expect, it } from 'vitest';
import { testTarget } from '../src/testing/database.ts';
import { startServer, type RunningServer } from '../src/testing/server.ts';
import { prepareSecuredDemo } from './support.ts';

const production = { STYRBORD_ENV: 'production' };
const onPostgres = testTarget() === 'postgresql';

/** Starting must fail: the server exits before it answers; the error carries its exit code and output. */
async function refusedStart(options: Parameters<typeof startServer>[0]): Promise<string> {
  const started = await startServer(options).then(
    async (server) => {
      await server.stop();
      return null;
    },
    (err: unknown) => (err as Error).message,
  );
  expect(started, 'the server started although it should have refused').not.toBeNull();
  return started!;
}

const demoLoad = async (_db: RunningServer['database'], cli: (...args: string[]) => Promise<{ code: number | null; stderr: string }>) => {
  const loaded = await cli('demo', 'load');
  expect(loaded.code).toBe(0);
};

describe('demo credentials only in demo mode', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('refuses to start with STYRBORD_ENV=production while a demo password is left, naming the accounts', async () => {
    const message = await refusedStart({ env: production, prepare: demoLoad });
    expect(message).toMatch(/Styrbord startar inte .*admin, controller, politiker, revisor har fortfarande demolösenordet/);
    expect(message).toMatch(/styrbord user passwd/);
    expect(message).toMatch(/slutkod 1\b/);
  });

  it('starts in production once the demo passwords are changed, and hides the demo accounts (404)', async () => {
    server = await startServer({ env: production, prepare: prepareSecuredDemo });
    const res = await fetch(`${server.url}/api/demo-accounts`);
    expect(res.status).toBe(404);
  });

  it.runIf(onPostgres)('with DATABASE_URL: loads no demo into an empty database, and refuses to start once demo passwords are there', async () => {
    server = await startServer();
    expect((await fetch(`${server.url}/api/demo-accounts`)).status).toBe(404);
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url, 'x-styrbord-client': '1' }, body: JSON.stringify({ username: 'admin', password: 'styrbord' }) });
    expect(login.status).toBe(401);
    const database = server.database;
    await server.stop();
    server = undefined;
    const message = await refusedStart({ prepare: demoLoad });
    expect(message).toMatch(/Styrbord startar inte med DATABASE_URL/);
    expect(message).toMatch(/slutkod 1\b/);
    expect(database.kind).toBe('postgresql');
  });

  it.runIf(!onPostgres)('in demo mode (an empty PGlite folder) loads the demo and lists its accounts (200)', async () => {
    server = await startServer();
    const res = await fetch(`${server.url}/api/demo-accounts`);
    expect(res.status).toBe(200);
    const accounts = (await res.json()) as { username: string; password: string }[];
    expect(accounts.map((a) => a.username)).toEqual(['admin', 'controller', 'politiker', 'revisor']);
    expect(accounts.every((a) => a.password === 'styrbord')).toBe(true);
  });

  it.runIf(!onPostgres)('in demo mode lists only the accounts that still have the demo password', async () => {
    server = await startServer({ prepare: prepareSecuredDemo });
    expect((await fetch(`${server.url}/api/demo-accounts`)).status).toBe(404);
  });
});
