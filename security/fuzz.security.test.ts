import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { createTestDatabase } from '../src/testing/database.ts';
import { must } from '../src/testing/must.ts';
import { CLIENT_HEADER, HttpClient } from '../src/testing/server.ts';
import { useSecuredServer, users } from './support.ts';

interface Route {
  method: string;
  url: string;
}

/** Every route of the real app, read from Fastify's own route tree (printRoutes) of an in-process build. */
async function appRoutes(): Promise<Route[]> {
  const test = await createTestDatabase({ demo: false });
  const app = await buildApp({ db: test.db });
  await app.ready();
  const tree = app.printRoutes({ commonPrefix: false });
  await app.close();
  await test.drop();
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (!m) continue;
    const depth = must(m[1], `the indent of ${line}`).length / 4;
    stack.length = depth;
    stack.push(must(m[2], `the path of ${line}`));
    for (const method of (m[3] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && s !== 'HEAD' && s !== 'OPTIONS')) {
      routes.push({ method, url: stack.join('') });
    }
  }
  return routes.filter((r) => r.url.startsWith('/api/') || r.url.startsWith('/publicerat/'));
}

const isWrite = (method: string) => method !== 'GET';

/**
 * Routes a fuzzed request may legitimately change data through, fuzzed for 5xx only: sign-in,
 * sign-out, passwords and TOTP act on the caller's own session and are audited even when refused,
 * and a saved Kolada response with no values in it is a valid (empty) import.
 */
const ownStateRoute = (r: Route) => r.url.startsWith('/api/auth/') || r.url === '/api/kolada/import';

/** Hostile path segments, already URL-encoded: not numbers, huge numbers, NUL, broken UTF-8, traversal. */
const hostileSegment = fc.oneof(
  fc.constantFrom(
    'abc',
    '0',
    '-1',
    '1e3',
    '0x10',
    '1.5',
    '99999999999',
    '9007199254740993',
    '%00',
    '1%00',
    '%ED%A0%80',
    '%F0%9F%92%A9',
    '%2e%2e',
    'null',
    'undefined',
    '%20',
    "'%20or%201=1",
    'SON%00',
    '%C3%A4',
  ),
  fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }).map(encodeURIComponent),
  fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))),
);
/** For reads, also ids and codes that exist, so the fuzzer gets past the first lookup. */
const readSegment = fc.oneof(
  hostileSegment,
  fc
    .constantFrom('1', '2', '3', '5', '10', 'SON', 'SN', 'ÄN', '0580', 'internbudget', 'xlsx', 'csv', 'json', 'pdf', 'html', 'current')
    .map(encodeURIComponent),
);

const queryValue = fc.oneof(
  fc.constantFrom(
    '',
    '2024',
    '13',
    '-1',
    '1e308',
    '99999999999999999999',
    '2024-02-30',
    'abc',
    '%00',
    '%ED%A0%80',
    'csv',
    'xlsx',
    'pdf',
    'true',
    '[]',
    '{}',
  ),
  fc.string({ maxLength: 30, unit: 'grapheme' }).map(encodeURIComponent),
);
const queryKey = fc.oneof(
  fc.constantFrom(
    'year',
    'month',
    'format',
    'asOf',
    'filename',
    'limit',
    'entity',
    'user',
    'from',
    'to',
    'range',
    'version',
    'table',
    'kpi',
    'municipality',
    'q',
    'title',
    'unit',
    'committee',
    '__proto__',
  ),
  fc.string({ minLength: 1, maxLength: 8 }).map(encodeURIComponent),
);
const queryString = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

const nasty = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '𝕊',
  '=HYPERLINK("http://x")',
  ' ',
  '',
  'ä'.repeat(5000),
  '<script>alert(1)</script>',
  "'; drop table activity; --",
);
const leaf = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(2 ** 53 + 1, -(2 ** 63), 1e308, 1e15, -0),
);
const fieldName = fc.oneof(
  fc.constantFrom(
    'id',
    'name',
    'version',
    'year',
    'month',
    'amount',
    'cost',
    'income',
    'committeeCode',
    'activityId',
    'parentId',
    'validFrom',
    'text',
    'status',
    'username',
    'password',
    'reason',
    'constructor',
    '__proto__',
  ),
  fc.string({ maxLength: 10 }),
);
const jsonBody = fc.oneof(
  fc
    .dictionary(fieldName, fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(fieldName, leaf, { maxKeys: 3 })), { maxKeys: 6 })
    .map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{not json',
    '',
    'null',
    '[]',
    '"x"',
    '{"__proto__":{"admin":true}}',
    '{"name":"\\u0000"}',
    '{"name":"\\ud800"}',
    '{"version":1e999}',
  ),
  fc.integer({ min: 33, max: 2000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 33, max: 200 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
);
const body = fc.oneof(
  { weight: 6, arbitrary: jsonBody.map((text) => ({ contentType: 'application/json', text })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }).map((text) => ({ contentType: 'text/csv', text })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 100 }).map((text) => ({ contentType: 'application/octet-stream', text })) },
  { weight: 1, arbitrary: fc.constant({ contentType: 'text/plain', text: 'x' }) },
);

/** `writer`: the caller may write, so its writes never name a row that exists and none can succeed. */
function requestFor(route: Route, writer = true) {
  const params = route.url.match(/:[A-Za-z]+|\*/g) ?? [];
  const segment = isWrite(route.method) && writer ? hostileSegment : readSegment;
  return fc
    .record({
      values: fc.tuple(...params.map(() => segment)),
      query: queryString,
      body: isWrite(route.method) ? fc.option(body, { nil: undefined, freq: 8 }) : fc.constant(undefined),
    })
    .map(({ values, query, body: b }) => {
      let i = 0;
      const path = route.url.replace(/:[A-Za-z]+|\*/g, () => values[i++] as string);
      return { method: route.method, path: `${path}${query}`, body: b };
    });
}

type Fuzzed = { method: string; path: string; body: { contentType: string; text: string } | undefined };

async function send(client: HttpClient, r: Fuzzed): Promise<{ status: number; text: string }> {
  const res = await client.fetch(r.path, {
    method: r.method,
    ...(r.body ? { body: r.body.text, headers: { 'content-type': r.body.contentType, [CLIENT_HEADER]: '1' } } : {}),
  });
  return { status: res.status, text: (await res.text()).slice(0, 300) };
}

const RUNS_PER_ROUTE = 20;

/** The failing request and answer out of fast-check's report (its counterexample, after shrinking). */
const firstLine = (err: unknown): string => {
  const message = err instanceof Error ? err.message : String(err);
  return /Got error: (.*)/.exec(message)?.[1] ?? message.slice(0, 500);
};

// In order: the sign-in routes are fuzzed last, as their throttle may lock this address out of signing in.
describe('the route fuzzer (fast-check): every route, generated params, queries and bodies', { shuffle: false }, () => {
  const ctx = useSecuredServer();
  let routes: Route[] = [];
  beforeAll(async () => {
    routes = await appRoutes();
  }, 60_000);

  /** What any write leaves behind: every write is audited, so the newest audit event moves. */
  async function footprint(auditor: HttpClient): Promise<string> {
    const reads = [
      '/api/audit?limit=5',
      '/api/organisation',
      '/api/committees/SON',
      '/api/committees/SON/ledger-imports',
      '/api/committees/SON/economy/versions',
    ];
    const bodies = await Promise.all(
      reads.map(async (p) => {
        const res = await auditor.json('GET', p);
        expect(res.status, p).toBe(200);
        return JSON.stringify(res.body);
      }),
    );
    return bodies.join('\n');
  }

  it('finds no 5xx and changes no data as admin, controller, reader, auditor and anonymous', async () => {
    expect(routes.length).toBeGreaterThan(100);
    const auditor = await ctx.signIn(users.auditor);
    // readers, auditors and anonymous callers may not write at all: they get real ids too, to reach the permission checks
    const clients = [
      { client: await ctx.signIn(users.admin), writer: true },
      { client: await ctx.signIn(users.controller), writer: true },
      { client: await ctx.signIn(users.reader), writer: false },
      { client: await ctx.signIn(users.auditor), writer: false },
      { client: ctx.anonymous(), writer: false },
    ];
    const before = await footprint(auditor);
    const failures: string[] = [];
    const succeededWrites: string[] = [];
    const dataRoutes = routes.filter((r) => !ownStateRoute(r));
    for (const route of dataRoutes) {
      for (const { client, writer } of clients) {
        try {
          await fc.assert(
            fc.asyncProperty(requestFor(route, writer), async (r) => {
              const res = await send(client, r);
              if (res.status < 300 && isWrite(r.method)) succeededWrites.push(`${r.method} ${r.path} → ${res.status}`);
              if (res.status >= 500)
                throw new Error(
                  `${r.method} ${r.path} ${r.body ? `[${r.body.contentType}] ${r.body.text.slice(0, 80)}` : ''} → ${res.status} ${res.text}`,
                );
            }),
            { numRuns: RUNS_PER_ROUTE, seed: 9, endOnFailure: true },
          );
        } catch (err) {
          failures.push(`${route.method} ${route.url}: ${firstLine(err)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(succeededWrites).toEqual([]);
    expect(await footprint(auditor)).toBe(before);
    expect(ctx.server.alive()).toBe(true);
  });

  it('finds no 5xx on the sign-in routes and the Kolada import either', async () => {
    // sign-in last: its throttle may lock this client address out of further sign-ins
    const authRoutes = routes
      .filter(ownStateRoute)
      .sort((a, b) => Number(a.url === '/api/auth/login') - Number(b.url === '/api/auth/login'));
    expect(authRoutes.length).toBeGreaterThan(2);
    const failures: string[] = [];
    for (const route of authRoutes) {
      // a fresh reader each round: a fuzzed sign-out or session revocation may end it
      const client =
        route.url === '/api/auth/login'
          ? ctx.anonymous()
          : await ctx.signIn(route.url.startsWith('/api/auth/') ? users.reader : users.controller);
      try {
        await fc.assert(
          fc.asyncProperty(requestFor(route), async (r) => {
            const res = await send(client, r);
            if (res.status >= 500) throw new Error(`${r.method} ${r.path} → ${res.status} ${res.text}`);
          }),
          { numRuns: RUNS_PER_ROUTE, seed: 11, endOnFailure: true },
        );
      } catch (err) {
        failures.push(`${route.method} ${route.url}: ${firstLine(err)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(ctx.server.alive()).toBe(true);
  });
});
