import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { installErrorHandler } from '../src/server/errors.ts';
import { requestId } from '../src/server/logging.ts';
import { findIn, itemAt } from '../src/testing/must.ts';
import type { HttpClient } from '../src/testing/server.ts';
import { TEST_PASSWORD, useSecuredServer, users } from './support.ts';

const ledgerCsv = 'Konto;Ansvar;Verksamhet;Period;Belopp\n4010;1;1;202411;999999\n';

/** A request as another site's page (or a script) would send it: only the headers given, plus the victim's cookie. */
function bare(baseUrl: string, client: HttpClient, path: string, init: RequestInit & { headers?: Record<string, string> }) {
  return fetch(`${baseUrl}${path}`, { ...init, headers: { cookie: client.cookie, ...init.headers }, redirect: 'manual' });
}

/** What any write would leave behind: the newest audit event and the ledger imports of SON. */
async function footprint(auditor: HttpClient, controller: HttpClient): Promise<string> {
  const audit = await auditor.json('GET', '/api/audit?limit=1');
  const imports = await controller.json('GET', '/api/committees/SON/ledger-imports');
  expect(audit.status).toBe(200);
  expect(imports.status).toBe(200);
  return JSON.stringify([audit.body, imports.body]);
}

/** A decided monthly report of SON, made through the API as the web UI does: what a forged request would publish. */
async function decidedDocument(admin: HttpClient): Promise<number> {
  const created = await admin.json('POST', '/api/committees/SON/documents', { type: 'manadsrapport', year: 2024, month: 9 });
  expect(created.status).toBe(201);
  const id = (created.body as { id: number }).id;
  const detail = (await admin.json('GET', `/api/documents/${id}`)).body as { findings: { key: string; acknowledgement: unknown }[] };
  for (const f of detail.findings.filter((x) => x.acknowledgement === null)) {
    expect(
      (await admin.json('POST', `/api/documents/${id}/acknowledgements`, { findingKey: f.key, reason: 'Känt och förklarat' })).status,
    ).toBe(200);
  }
  const { document } = (await admin.json('GET', `/api/documents/${id}`)).body as { document: { version: number } };
  const decided = await admin.json('POST', `/api/documents/${id}/decide`, {
    version: document.version,
    decidedOn: '2024-10-20',
    decisionRef: '§ 40',
  });
  expect(decided.status).toBe(200);
  return id;
}

function expectSecurityHeaders(headers: Headers): void {
  const csp = headers.get('content-security-policy') ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).not.toBe('');
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('same-origin');
  expect(headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
}

describe('CSRF, headers and hostile input over HTTP', () => {
  const ctx = useSecuredServer();

  it('refuses a cross-origin text/plain POST to the ledger import and to publishing, and changes nothing', async () => {
    const controller = await ctx.signIn(users.controller);
    const admin = await ctx.signIn(users.admin);
    const auditor = await ctx.signIn(users.auditor);
    const documentId = await decidedDocument(admin);
    const before = await footprint(auditor, controller);
    const url = ctx.server.url;
    const importPath = '/api/committees/SON/ledger-imports?year=2024&filename=huvudbok.csv';

    const crossOrigin = await bare(url, controller, importPath, {
      method: 'POST',
      body: ledgerCsv,
      headers: { 'content-type': 'text/plain', origin: 'https://angripare.example' },
    });
    expect(crossOrigin.status).toBe(403);
    const crossSite = await bare(url, controller, importPath, {
      method: 'POST',
      body: ledgerCsv,
      headers: { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await bare(url, controller, importPath, {
      method: 'POST',
      body: ledgerCsv,
      headers: { 'content-type': 'text/csv', 'sec-fetch-site': 'same-site' },
    });
    expect(sameSite.status).toBe(403);
    const noHeader = await bare(url, controller, importPath, {
      method: 'POST',
      body: ledgerCsv,
      headers: { 'content-type': 'text/plain' },
    });
    expect(noHeader.status).toBe(415);
    const publish = await bare(url, admin, `/api/documents/${documentId}/publish`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'text/plain', origin: 'null' },
    });
    expect(publish.status).toBe(403);
    const publishNoHeader = await bare(url, admin, `/api/documents/${documentId}/publish`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(publishNoHeader.status).toBe(415);
    // a form post and a cross-origin JSON-looking body fare no better
    const form = await bare(url, admin, '/api/auth/logout', {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://angripare.example' },
    });
    expect(form.status).toBe(403);

    expect(await footprint(auditor, controller)).toBe(before);
    expect((await admin.json('GET', `/api/documents/${documentId}`)).body).toMatchObject({ publication: null });
    expect((await admin.json('GET', '/api/auth/me')).status).toBe(200);
  });

  it('accepts the same write from the same origin, with JSON or the client header, with or without Origin', async () => {
    const admin = await ctx.signIn(users.admin);
    const committee = await admin.json('GET', '/api/committees/SON');
    expect(committee.status).toBe(200);
    const { activities } = committee.body as { activities: { id: number; name: string; version: number }[] };
    const activity = itemAt(activities, 0, 'an activity of SON');
    const renamed = await admin.json('PATCH', `/api/activities/${activity.id}`, {
      name: `${activity.name} (ny)`,
      version: activity.version,
    });
    expect(renamed.status).toBe(200);
    const asScript = await bare(ctx.server.url, admin, `/api/activities/${activity.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ name: activity.name, version: activity.version + 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(asScript.status).toBe(200);
    const sameOrigin = await bare(ctx.server.url, admin, '/api/auth/logout', {
      method: 'POST',
      headers: { 'x-styrbord-client': '1', origin: ctx.server.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.status).toBeLessThan(300);
  });

  it('sends the security headers on HTML, API JSON and a download, and no-store on the API', async () => {
    const reader = await ctx.signIn(users.reader);
    const page = await reader.fetch('/organisation');
    expectSecurityHeaders(page.headers);
    expect(page.headers.get('strict-transport-security')).toBeNull();

    const json = await reader.fetch('/api/organisation');
    expect(json.status).toBe(200);
    expectSecurityHeaders(json.headers);
    expect(json.headers.get('cache-control')).toBe('no-store');

    const download = await reader.fetch('/api/committees/SON/economy/export/budget?year=2024&format=csv');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    expectSecurityHeaders(download.headers);
    expect(download.headers.get('cache-control')).toBe('no-store');

    // a committee document's page: its own CSS inline, no script of any kind, never framed
    const documentPage = await reader.fetch('/publicerat/SON/finns-inte');
    expect(documentPage.headers.get('content-type')).toMatch(/^text\/html/);
    const documentCsp = documentPage.headers.get('content-security-policy') ?? '';
    expect(documentCsp).toContain("default-src 'none'");
    expect(documentCsp).not.toContain('script-src');
    expect(documentCsp).toContain("frame-ancestors 'none'");
    expect(documentPage.headers.get('x-content-type-options')).toBe('nosniff');

    // without a trusted proxy, a forwarded protocol is not believed
    const spoofed = await reader.fetch('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });

  it('logs every download with the user, route and format', async () => {
    const reader = await ctx.signIn(users.reader);
    const res = await reader.fetch('/api/committees/SON/economy/export/budget?year=2024&format=xlsx');
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    await res.arrayBuffer();
    await expect
      .poll(
        () =>
          ctx.server
            .output()
            .split('\n')
            .find((l) => l.includes(`"${id}"`) && l.includes('"download"')),
        { timeout: 5_000 },
      )
      .toBeTruthy();
    const line = JSON.parse(
      findIn(
        ctx.server.output().split('\n'),
        (l) => l.includes(`"${id}"`) && l.includes('"download"'),
        `the download's log line of request ${id}`,
      ),
    );
    expect(line.download).toMatchObject({
      user: expect.stringContaining('politiker'),
      route: '/api/committees/:code/economy/export/budget',
      format: 'xlsx',
    });
    expect(typeof line.download.userId).toBe('number');
  });

  it('keeps a sane incoming request id and replaces a hostile one', async () => {
    const anonymous = ctx.anonymous();
    expect((await anonymous.fetch('/api/health', { headers: { 'x-request-id': 'proxy-1234.abc' } })).headers.get('x-request-id')).toBe(
      'proxy-1234.abc',
    );
    const forged = await anonymous.fetch('/api/health', { headers: { 'x-request-id': `x${'y'.repeat(100)}` } });
    expect(forged.headers.get('x-request-id')).not.toContain('yyyy');
  });

  it('answers NUL, lone surrogates, deep nesting, bad ids and huge amounts with 400/404, never 500', async () => {
    const anonymous = ctx.anonymous();
    const raw = (body: string) =>
      anonymous.fetch('/api/auth/login', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect((await raw(JSON.stringify({ username: 'admin\u0000', password: TEST_PASSWORD }))).status).toBe(400);
    expect((await raw(JSON.stringify({ username: 'admin', password: `${TEST_PASSWORD}\u0000` }))).status).toBe(400);
    expect((await raw('{"username":"\\ud800admin","password":"x"}')).status).toBe(400);
    expect((await raw(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)).status).toBe(400);
    expect((await raw(`{"username":${'{"a":'.repeat(40)}1${'}'.repeat(40)},"password":"x"}`)).status).toBe(400);
    // invalid UTF-8 (an encoded surrogate) is refused, not repaired into U+FFFD
    const invalidUtf8 = Buffer.concat([Buffer.from('{"username":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","password":"x"}')]);
    expect(
      (await anonymous.fetch('/api/auth/login', { method: 'POST', body: invalidUtf8, headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBe(400);

    const admin = await ctx.signIn(users.admin);
    for (const path of [
      '/api/documents/abc',
      '/api/activities/abc',
      '/api/action-plans/1e3',
      '/api/indicators/-1',
      '/api/budget-versions/0x10/lines',
    ]) {
      expect([400, 404]).toContain((await admin.json('GET', path)).status);
    }
    expect((await admin.json('GET', '/api/documents/99999999999')).status).toBe(404);
    expect((await admin.json('PATCH', '/api/activities/abc', { name: 'x', version: 1 })).status).toBe(400);
    expect((await admin.json('GET', '/api/committees/SO%00N')).status).toBe(400);
    expect((await admin.json('GET', '/api/organisation?asOf=2024-01-01%00')).status).toBe(400);
    expect((await admin.json('PATCH', '/api/committees/SON', { name: 'Social\u0000nämnden', version: 1 })).status).toBe(400);
    const versions = (await admin.json('GET', '/api/committees/SON/economy/versions')).body as { id: number }[];
    const huge = await admin.json('PUT', `/api/budget-versions/${itemAt(versions, 0, 'a budget version of SON').id}/lines`, {
      activityId: 1,
      year: 2024,
      cost: 2 ** 53 + 2,
      income: 0,
    });
    expect(huge.status).toBe(400);
    expect(ctx.server.alive()).toBe(true);
  });
});

describe('behind a TLS proxy (STYRBORD_TRUST_PROXY=1)', () => {
  const ctx = useSecuredServer({ env: { STYRBORD_TRUST_PROXY: '1' } });
  const viaProxy = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'styrbord.kommun.example' };

  it('sends HSTS, sets a Secure session cookie and checks Origin against the public origin', async () => {
    const anonymous = ctx.anonymous();
    const health = await anonymous.fetch('/api/health', { headers: viaProxy });
    expect(health.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect((await anonymous.fetch('/api/health')).headers.get('strict-transport-security')).toBeNull();

    const login = await fetch(`${ctx.server.url}/api/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: users.reader, password: TEST_PASSWORD }),
      headers: { ...viaProxy, 'content-type': 'application/json', origin: 'https://styrbord.kommun.example' },
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('styrbord_session='));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);

    const wrongOrigin = await fetch(`${ctx.server.url}/api/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: users.reader, password: TEST_PASSWORD }),
      headers: { ...viaProxy, 'content-type': 'application/json', origin: 'http://styrbord.kommun.example' },
    });
    expect(wrongOrigin.status).toBe(403);
  });
});

describe('an unexpected error', () => {
  it('is logged with its stack under the request id, and the caller sees only the fixed message and that id', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream }, genReqId: requestId });
    app.decorateRequest('actor', null);
    installErrorHandler(app);
    app.get('/boom', async () => {
      throw new Error('hemlig detalj ur databasen');
    });
    const res = await app.inject({ url: '/boom' });
    await app.close();
    expect(res.statusCode).toBe(500);
    const body = res.json() as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toContain('Ett internt fel inträffade. Felet är loggat.');
    expect(body.error.message).toContain(body.error.requestId);
    expect(res.body).not.toContain('hemlig');
    expect(res.body).not.toMatch(/at .*\.ts/);
    const logged = lines
      .map((l) => JSON.parse(l) as { level: number; reqId: string; err?: { stack?: string } })
      .find((l) => l.level === 50);
    expect(logged?.reqId).toBe(body.error.requestId);
    expect(logged?.err?.stack).toContain('hemlig detalj ur databasen');
    expect(logged?.err?.stack).toMatch(/at /);
  });
});
