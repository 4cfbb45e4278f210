import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../server/app.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { CLIENT_HEADER } from '../core/http.ts';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  /** Signs `username` in (demo password) and returns a client carrying the session cookie. */
  as(username: string): Promise<Client>;
}

/** The real app on a demo database, with a helper that signs in and carries the session cookie. */
export async function createTestApp(options: Pick<AppOptions, 'clock'> = {}): Promise<TestApp> {
  const test = await createTestDatabase({ demo: true });
  const app = await buildApp({ db: test.db, ...options });
  const as = async (username: string): Promise<Client> => {
    const client = new Client(username);
    await client.signIn(app);
    return client;
  };
  return {
    ...test,
    app,
    as,
    drop: async () => {
      await app.close();
      await test.drop();
    },
  };
}

export interface UsedTestApp {
  /** The database and the app, once the file's beforeAll has run. */
  readonly db: TestApp['db'];
  readonly app: FastifyInstance;
  as(username: string): Promise<Client>;
  /** A client for `username`, usable in every test of the file: it is signed in by beforeAll. */
  client(username: string): Client;
}

/**
 * One demo database and app for the tests of a file: built in beforeAll, with every client that
 * `client()` named at the top of the file signed in, and dropped in afterAll. Tests that change
 * shared rows must not depend on one another's order (CONTRIBUTING.md): each makes what it needs.
 */
export function useTestApp(): UsedTestApp {
  let test: TestApp | undefined;
  const clients = new Map<string, Client>();
  const ready = (): TestApp => {
    if (!test) throw new Error('the test app is not built yet (useTestApp builds it in beforeAll)');
    return test;
  };

  // loading the demo takes a while on a busy machine
  beforeAll(async () => {
    test = await createTestApp();
    for (const client of clients.values()) await client.signIn(test.app);
  }, 120_000);
  afterAll(async () => {
    await test?.drop();
  });

  return {
    get db() {
      return ready().db;
    },
    get app() {
      return ready().app;
    },
    as: (username) => ready().as(username),
    client: (username) => {
      let client = clients.get(username);
      if (!client) {
        client = new Client(username);
        clients.set(username, client);
      }
      return client;
    },
  };
}

/** A signed-in user of the app under test, through app.inject (no network). */
export class Client {
  private session: { app: FastifyInstance; cookie: string } | undefined;

  constructor(readonly username: string) {}

  async signIn(app: FastifyInstance, password = 'styrbord'): Promise<void> {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: this.username, password } });
    if (login.statusCode !== 200) throw new Error(`inloggning misslyckades för ${this.username}: ${login.body}`);
    this.session = { app, cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
  }

  private get signedIn() {
    if (!this.session) throw new Error(`${this.username} is not signed in yet (useTestApp signs in in beforeAll)`);
    return this.session;
  }

  /** The session cookie, for requests a test builds itself (uploads, downloads). */
  get cookie(): string {
    return this.signedIn.cookie;
  }

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
    const { app, cookie } = this.signedIn;
    const res = await app.inject({
      method,
      url,
      headers: { cookie, [CLIENT_HEADER]: '1' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, payload: unknown) => this.request('POST', url, payload);
  patch = (url: string, payload: unknown) => this.request('PATCH', url, payload);
}
