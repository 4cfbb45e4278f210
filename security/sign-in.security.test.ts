import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { randomBytes } from 'node:crypto';
import { connect } from '../src/db/connection.ts';
import { findIn } from '../src/testing/must.ts';
import { seedUser } from '../src/testing/seed.ts';
import { HttpClient } from '../src/testing/server.ts';
import { prepareSecuredDemo, TEST_PASSWORD, useSecuredServer, users } from './support.ts';

interface AuditRow {
  command: string;
  entityId: string | null;
  actorName: string;
  after: Record<string, unknown> | null;
}

/** A second admin, so one admin can require TOTP while the other has none yet. */
const SECOND_ADMIN = 'admin2';

/** A TOTP code for a later 30-second step, so it is not the step the previous code used. */
const codeFor = (secret: string, stepsAhead: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

// The accounts' story in steps, in order: the sessions test signs in with the password changed before it,
// and TOTP is required for admins last.
describe('sign-in', { shuffle: false }, () => {
  const ctx = useSecuredServer({
    // TOTP secrets are then sealed at rest (AES-256-GCM), so the sign-ins below open them every time
    env: { STYRBORD_SECRET_KEY: randomBytes(32).toString('hex') },
    prepare: async (database, cli) => {
      await prepareSecuredDemo(database, cli);
      const db = await connect(database.kind === 'pglite' ? { dataDir: database.dataDir } : { databaseUrl: database.url });
      try {
        await seedUser(db, { username: SECOND_ADMIN, role: 'admin', displayName: 'Andra administratören', password: TEST_PASSWORD });
      } finally {
        await db.close();
      }
    },
  });

  const auditOf = async (username: string): Promise<AuditRow[]> => {
    const auditor = await ctx.signIn(users.auditor);
    const res = await auditor.json('GET', `/api/audit?entityType=app_user&entityId=${username}&limit=1000`);
    expect(res.status).toBe(200);
    return res.body as AuditRow[];
  };

  it('answers 30 wrong passwords with 429 and Retry-After, refuses the right one during the lockout, and audits it all', async () => {
    const attacker = ctx.anonymous();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 30; i++) {
      const res = await attacker.json('POST', '/api/auth/login', { username: users.controller, password: `gissning-${i}` });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(-20).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(60);

    const right = await attacker.json('POST', '/api/auth/login', { username: users.controller, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(60);
    expect((right.body as { error: { message: string } }).error.message).toMatch(/Försök igen om \d+ minuter/);
    expect(right.headers.getSetCookie()).toEqual([]);

    // the lockout is the account's on this address; another account on the same address still signs in
    await expect(ctx.signIn(users.reader)).resolves.toBeInstanceOf(HttpClient);

    const events = await auditOf(users.controller);
    // five are checked at once; a very slow machine may let a delay pass and check a few more, never past the lockout
    const failed = events.filter((e) => e.command === 'auth.login_failed').length;
    expect(failed).toBeGreaterThanOrEqual(5);
    expect(failed).toBeLessThanOrEqual(10);
    expect(events.filter((e) => e.command === 'auth.lockout')).toHaveLength(1);
    expect(events.find((e) => e.command === 'auth.lockout')?.after).toMatchObject({ address: expect.any(String) });
    expect(JSON.stringify(events)).not.toContain('gissning');
  });

  it('counts parallel guesses one by one: of 20 at once, at most 10 (the lockout bound) get their password checked', async () => {
    const attacker = ctx.anonymous();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attacker.json('POST', '/api/auth/login', { username: 'finns-inte', password: `parallell-${i}` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    // the delay after the fifth is time-based; the lockout at the tenth is not
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('refuses new passwords against the policy: common, the username, too short', async () => {
    const auditor = await ctx.signIn(users.auditor);
    for (const [newPassword, message] of [
      ['styrbord1234', /för vanligt/],
      [`${users.auditor}-hemligt-77`, /användarnamnet/],
      ['kort-9', /minst 12 tecken/],
    ] as const) {
      const res = await auditor.json('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
      expect(res.status, newPassword).toBe(400);
      expect((res.body as { error: { message: string } }).error.message).toMatch(message);
    }
    expect((await auditor.json('GET', '/api/auth/me')).status).toBe(200);
  });

  it('changes a password: the other sessions end, the old password no longer works, and it is audited', async () => {
    const here = await ctx.signIn(users.reader);
    const elsewhere = await ctx.signIn(users.reader);
    const wrong = await here.json('POST', '/api/auth/password', {
      currentPassword: 'inte-mitt-lösenord',
      newPassword: 'Ett helt nytt lösenord 2026',
    });
    expect(wrong.status).toBe(400);

    const changed = await here.json('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Ett helt nytt lösenord 2026',
    });
    expect(changed.status).toBe(200);
    expect((changed.body as { revokedSessions: number }).revokedSessions).toBeGreaterThanOrEqual(1);
    expect((await elsewhere.json('GET', '/api/auth/me')).status).toBe(401);
    expect((await here.json('GET', '/api/auth/me')).status).toBe(200);
    expect((await ctx.anonymous().json('POST', '/api/auth/login', { username: users.reader, password: TEST_PASSWORD })).status).toBe(401);
    await expect(ctx.signIn(users.reader, 'Ett helt nytt lösenord 2026')).resolves.toBeInstanceOf(HttpClient);

    const events = await auditOf(users.reader);
    expect(events.some((e) => e.command === 'auth.password_change')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('Ett helt nytt');
  });

  it('lists the user’s own sessions and revokes one of them, never another user’s', async () => {
    const password = 'Ett helt nytt lösenord 2026';
    const mine = await ctx.signIn(users.reader, password);
    const other = await ctx.signIn(users.reader, password);
    const list = await mine.json('GET', '/api/auth/sessions');
    expect(list.status).toBe(200);
    const sessions = list.body as {
      id: number;
      current: boolean;
      address: string;
      userAgent: string | null;
      createdAt: string;
      lastSeenAt: string;
    }[];
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions[0]).toMatchObject({ address: expect.any(String), createdAt: expect.any(String), lastSeenAt: expect.any(String) });

    const currentSession = async (client: HttpClient) =>
      findIn(
        (await client.json('GET', '/api/auth/sessions')).body as { id: number; current: boolean }[],
        (s) => s.current,
        'the current session',
      );
    const otherId = (await currentSession(other)).id;
    expect((await mine.json('DELETE', `/api/auth/sessions/${otherId}`)).status).toBe(200);
    expect((await other.json('GET', '/api/auth/me')).status).toBe(401);

    const auditor = await ctx.signIn(users.auditor);
    const auditorId = (await currentSession(auditor)).id;
    expect((await mine.json('DELETE', `/api/auth/sessions/${auditorId}`)).status).toBe(404);
    expect((await auditor.json('GET', '/api/auth/me')).status).toBe(200);
    expect((await auditOf(users.reader)).some((e) => e.command === 'auth.session_revoked')).toBe(true);

    await mine.json('POST', '/api/auth/logout');
    expect((await auditOf(users.reader)).some((e) => e.command === 'auth.logout')).toBe(true);
  });

  it('enrols TOTP with a code, then asks for a code at sign-in and accepts only a right one', async () => {
    const admin = await ctx.signIn(users.admin);
    const enrol = await admin.json('POST', '/api/auth/totp/enrol', {});
    expect(enrol.status).toBe(200);
    const { secret, uri, qrCode } = enrol.body as { secret: string; uri: string; qrCode: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/Styrbord:admin\?/);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await admin.json('POST', '/api/auth/totp/confirm', { code: '000000' })).status).toBe(400);
    expect((await admin.json('POST', '/api/auth/totp/confirm', { code: await codeFor(secret, 0) })).status).toBe(200);

    const step1 = ctx.anonymous();
    const first = await step1.json('POST', '/api/auth/login', { username: users.admin, password: TEST_PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ totpRequired: true });
    expect((await step1.json('GET', '/api/auth/me')).status).toBe(401);
    expect((await step1.json('POST', '/api/auth/login', { username: users.admin, password: TEST_PASSWORD, code: '123456' })).status).toBe(
      401,
    );
    const second = await step1.json('POST', '/api/auth/login', {
      username: users.admin,
      password: TEST_PASSWORD,
      code: await codeFor(secret, 1),
    });
    expect(second.status).toBe(200);
    expect((await step1.json('GET', '/api/auth/me')).status).toBe(200);
    // the same code cannot be used twice
    expect(
      (
        await ctx
          .anonymous()
          .json('POST', '/api/auth/login', { username: users.admin, password: TEST_PASSWORD, code: await codeFor(secret, 1) })
      ).status,
    ).toBe(401);

    const events = await auditOf(users.admin);
    expect(events.some((e) => e.command === 'auth.totp_enabled')).toBe(true);
    expect(events.some((e) => e.command === 'auth.login' && e.after?.totp === true)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(secret);
    const { database } = ctx.server;
    if (database.kind === 'postgresql') {
      // PGlite cannot be opened while the server runs; on PostgreSQL the stored secret is sealed
      const db = await connect({ databaseUrl: database.url });
      try {
        const [row] = await db.query<{ secret: string }>('select totp_secret as secret from app_user where username = $1', [users.admin]);
        expect(row?.secret).toMatch(/^aes256gcm:/);
        expect(row?.secret).not.toContain(secret);
      } finally {
        await db.close();
      }
    }

    // required for admins: an admin without TOTP may then only enrol
    expect((await step1.json('PUT', '/api/auth/settings', { totpRequiredForAdmins: true })).status).toBe(200);
    const second_admin = await ctx.signIn(SECOND_ADMIN);
    expect((await second_admin.json('GET', '/api/auth/me')).body).toMatchObject({ enrolOnly: true });
    expect((await second_admin.json('GET', '/api/committees')).status).toBe(403);
    expect((await second_admin.json('PUT', '/api/auth/settings', { totpRequiredForAdmins: false })).status).toBe(403);
    const own = (await second_admin.json('POST', '/api/auth/totp/enrol', {})).body as { secret: string };
    expect((await second_admin.json('POST', '/api/auth/totp/confirm', { code: await codeFor(own.secret, 0) })).status).toBe(200);
    expect((await second_admin.json('GET', '/api/committees')).status).toBe(200);
  });
});

describe('idle sessions', () => {
  // three seconds of idleness end a session here; the default is 30 minutes
  const ctx = useSecuredServer({ env: { STYRBORD_SESSION_IDLE_MINUTES: '0.05' } });

  it('ends a session that has been idle longer than the idle timeout', async () => {
    const reader = await ctx.signIn(users.reader);
    expect((await reader.json('GET', '/api/auth/me')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 4_500));
    expect((await reader.json('GET', '/api/auth/me')).status).toBe(401);
    await expect(ctx.signIn(users.reader)).resolves.toBeInstanceOf(HttpClient);
  });
});
