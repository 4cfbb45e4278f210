import { afterAll, beforeAll } from 'vitest';
import { connect } from '../src/db/connection.ts';
import { hashPassword } from '../src/modules/auth/sessions.ts';
import { HttpClient, startServer, type RunningServer, type ServerOptions } from '../src/testing/server.ts';

/** Not a demo password, and long enough for the password policy. */
export const TEST_PASSWORD = 'Säkerhetstest-lösenord-2026';

/** The demo's accounts by role. */
export const users = { admin: 'admin', controller: 'controller', reader: 'politiker', auditor: 'revisor' } as const;

/**
 * The demo loaded with `styrbord demo load`, then every demo account given TEST_PASSWORD, as an
 * administrator would before going live; the server then starts on that database.
 */
export async function prepareSecuredDemo(database: RunningServer['database'], cli: (...args: string[]) => Promise<{ code: number | null; stderr: string; stdout: string }>): Promise<void> {
  const loaded = await cli('demo', 'load');
  if (loaded.code !== 0) throw new Error(`demo load misslyckades: ${loaded.stderr}${loaded.stdout}`);
  const db = await connect(database.kind === 'pglite' ? { dataDir: database.dataDir } : { databaseUrl: database.url });
  try {
    await db.query('update app_user set password_hash = $1 where password_hash is not null', [await hashPassword(TEST_PASSWORD)]);
  } finally {
    await db.close();
  }
}

/** A server on the secured demo for the file's tests; `signIn(role)` gives a client with a session. */
export function useSecuredServer(options: ServerOptions = {}) {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ prepare: prepareSecuredDemo, ...options });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const get = (): RunningServer => {
    if (!server) throw new Error('the server is not started yet (beforeAll)');
    return server;
  };
  return {
    get server() {
      return get();
    },
    anonymous: () => new HttpClient(get().url),
    signIn: (username: string, password = TEST_PASSWORD) => HttpClient.signIn(get().url, username, password),
  };
}
