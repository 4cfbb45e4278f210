import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../server/app.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { CLIENT_HEADER } from '../core/http.ts';

/** The real app on a demo database, with a helper that signs in and carries the session cookie. */
export async function createTestApp(options: Pick<AppOptions, 'clock'> = {}): Promise<TestDatabase & { app: FastifyInstance; as(username: string): Promise<Client> }> {
  const test = await createTestDatabase({ demo: true });
  const app = await buildApp({ db: test.db, ...options });
  const as = async (username: string): Promise<Client> => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'styrbord' } });
    if (login.statusCode !== 200) throw new Error(`inloggning misslyckades för ${username}: ${login.body}`);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return new Client(app, cookie);
  };
  return { ...test, app, as, drop: async () => { await app.close(); await test.drop(); } };
}

export class Client {
  constructor(private app: FastifyInstance, readonly cookie: string) {}
  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
    const res = await this.app.inject({ method, url, headers: { cookie: this.cookie, [CLIENT_HEADER]: '1' }, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, payload: unknown) => this.request('POST', url, payload);
  patch = (url: string, payload: unknown) => this.request('PATCH', url, payload);
}
