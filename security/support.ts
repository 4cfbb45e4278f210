import { afterAll, beforeAll } from 'vitest';
import { connect, type Queryable } from '../src/db/connection.ts';
import { queryOne } from '../src/db/rows.ts';
import { setPassword } from '../src/modules/auth/commands/sign-in.ts';
import { checkPassword, demoAccountsListed } from '../src/modules/auth/store.ts';
import { HttpClient, runCli, SERVER_START_TIMEOUT, startServer, type RunningServer, type ServerOptions } from '../src/testing/server.ts';

/** Not a demo password, and long enough for the password policy. */
export const TEST_PASSWORD = 'Säkerhetstest-lösenord-2026';

/** The demo's accounts by role. */
export const users = { admin: 'admin', controller: 'controller', reader: 'politiker', auditor: 'revisor' } as const;

/**
 * The demo loaded with `styrbord demo load`, then every demo account given TEST_PASSWORD, as an
 * administrator would before going live; the server then starts on that database.
 */
export async function prepareSecuredDemo(
  database: RunningServer['database'],
  cli: (...args: string[]) => Promise<{ code: number | null; stderr: string; stdout: string }>,
): Promise<void> {
  const loaded = await cli('demo', 'load');
  if (loaded.code !== 0) throw new Error(`demo load misslyckades: ${loaded.stderr}${loaded.stdout}`);
  const db = await connect(database.kind === 'pglite' ? { dataDir: database.dataDir } : { databaseUrl: database.url });
  try {
    for (const account of await demoAccountsListed(db)) {
      const user = await checkPassword(db, account.username, account.password);
      if (!user) throw new Error(`demokontot ${account.username} har inte sitt demolösenord`);
      await setPassword(db, user.id, TEST_PASSWORD, null);
    }
  } finally {
    await db.close();
  }
}

/**
 * A server on the secured demo for the file's tests; `signIn(role)` gives a client with a session.
 * startServer bounds each step itself and throws with the server's output; the hook's own timeout
 * is longer, so on a busy machine that error is what fails the file, not a bare "Hook timed out"
 * with every test skipped and the half-started server left running.
 */
export function useSecuredServer(options: ServerOptions = {}) {
  let starting: Promise<RunningServer> | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    starting = startServer({ prepare: prepareSecuredDemo, ...options });
    server = await starting;
  }, SERVER_START_TIMEOUT);
  afterAll(async () => {
    // a start the hook gave up on is still stopped once it is done, not left running
    await (server ?? (await starting?.catch(() => undefined)))?.stop();
  }, SERVER_START_TIMEOUT);
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

/**
 * Direct SQL by someone who went around the application, triggers switched off: the owner
 * (superuser) on PostgreSQL, anyone who can open the folder on PGlite (the server must be stopped).
 */
export async function asIntruder<T>(database: RunningServer['database'], fn: (db: Queryable) => Promise<T>): Promise<T> {
  const db = await connect(database.kind === 'pglite' ? { dataDir: database.dataDir } : { databaseUrl: database.ownerUrl ?? database.url });
  try {
    return await db.transaction(async (tx) => {
      await tx.query('set local session_replication_role = replica');
      return fn(tx);
    });
  } finally {
    await db.close();
  }
}

/** Decides SON's internal budget 2024 with `styrbord document decide` (no server running); returns the document's id. */
export async function decideInternalBudget(database: RunningServer['database']): Promise<number> {
  const decided = await runCli(database, [
    'document',
    'decide',
    'internbudget',
    '--committee',
    'SON',
    '--year',
    '2024',
    '--date',
    '2024-01-25',
    '--ref',
    '§ 12',
    '--acknowledge',
    'Avvikelserna finns i referensdokumentet',
  ]);
  if (decided.code !== 0) throw new Error(`document decide misslyckades: ${decided.stderr}${decided.stdout}`);
  const db = await connect(database.kind === 'pglite' ? { dataDir: database.dataDir } : { databaseUrl: database.url });
  try {
    return (await queryOne<{ id: number }>(db, `select document_id as id from document_version order by id desc limit 1`)).id;
  } finally {
    await db.close();
  }
}
