import type { FastifyRequest } from 'fastify';
import { z, shortText, id, parseInput } from '../../core/validation.ts';
import { AppError } from '../../core/errors.ts';
import { required } from '../../core/required.ts';
import { can, ensure } from '../../core/permissions.ts';
import { type RouteContext, requireActor, runCommand } from '../../http/context.ts';
import { changeOwnPassword, signIn } from './commands/sign-in.ts';
import { setAuthSettings } from './commands/settings.ts';
import { SESSION_COOKIE, SESSION_HOURS, type ClientInfo, type SessionActor } from './model.ts';
import { demoAccountsForStartPage } from './queries.ts';
import { demoModeAllowed } from './rules/demo-mode.ts';
import { auditAuth, listSessions, purgeExpiredSessions, revokeSession, signOut, totpRequiredForAdmins } from './store.ts';
import { purgeThrottle } from './commands/sign-in-attempts.ts';
import { confirmTotp, disableTotp, startTotpEnrolment, totpStatus } from './commands/totp.ts';

const password = z.string().min(1, { message: 'Ange lösenord' }).max(200, { message: 'Högst 200 tecken' });
const code = z.string().trim().max(10, { message: 'Högst 10 tecken' });
const credentials = z.object({ username: shortText(64), password, code: code.optional() });
const passwordChange = z.object({ currentPassword: password, newPassword: password });
const codeOnly = z.object({ code });

/** Expired sessions and forgotten throttle counters are purged this often (and on every sign-in). */
const PURGE_EVERY_MS = 10 * 60_000;

/** What an enrol-only session (an admin who must set up TOTP) may reach. */
const enrolOnlyPaths = ['/api/auth/me', '/api/auth/logout', '/api/auth/totp'];

export const clientInfo = (request: FastifyRequest): ClientInfo => ({
  address: request.ip,
  userAgent: request.headers['user-agent']?.slice(0, 300) || null,
});

function sessionActor(request: FastifyRequest): SessionActor {
  const actor = requireActor(request);
  if (!('sessionId' in actor)) throw new AppError('unauthenticated', 'Du behöver logga in.');
  return actor as SessionActor;
}

export function registerAuthRoutes({ app, db }: RouteContext): void {
  app.addHook('onRequest', async (request) => {
    const actor = request.actor as SessionActor | null;
    if (!actor?.enrolOnly || !request.url.startsWith('/api/')) return;
    if (enrolOnlyPaths.some((p) => request.url === p || request.url.startsWith(`${p}/`) || request.url.startsWith(`${p}?`))) return;
    throw new AppError('forbidden', 'Tvåstegsverifiering krävs för administratörer. Aktivera den under Mitt konto innan du fortsätter.');
  });

  const purge = setInterval(() => {
    void Promise.all([purgeExpiredSessions(db), purgeThrottle(db)]).catch((err: unknown) =>
      app.log.error({ err }, 'purging sessions failed'),
    );
  }, PURGE_EVERY_MS);
  purge.unref();
  app.addHook('onClose', async () => clearInterval(purge));

  app.post('/api/auth/login', async (request, reply) => {
    const input = parseInput(credentials, request.body);
    const outcome = await signIn(db, input, clientInfo(request));
    if (outcome.kind === 'totp_required') return { totpRequired: true };
    void reply.setCookie(SESSION_COOKIE, outcome.token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: request.protocol === 'https',
      maxAge: SESSION_HOURS * 3600,
    });
    return outcome.actor;
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const ended = await signOut(db, request.cookies[SESSION_COOKIE]);
    const actor = request.actor as SessionActor | null;
    if (ended && actor) {
      await auditAuth(db, {
        command: 'auth.logout',
        username: actor.username,
        actor: { userId: actor.userId, name: actor.name },
        client: clientInfo(request),
        details: { sessionId: ended.id },
      });
    }
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', async (request) => requireActor(request));

  app.post('/api/auth/password', async (request) => {
    const input = parseInput(passwordChange, request.body);
    return changeOwnPassword(db, sessionActor(request), input, clientInfo(request));
  });

  app.get('/api/auth/sessions', async (request) => {
    const actor = sessionActor(request);
    return listSessions(db, required(actor.userId, 'användaren bakom sessionen'), actor.sessionId);
  });

  app.delete('/api/auth/sessions/:id', async (request, reply) => {
    const actor = sessionActor(request);
    const sessionId = parseInput(z.object({ id }), request.params).id;
    if (!(await revokeSession(db, required(actor.userId, 'användaren bakom sessionen'), sessionId)))
      throw new AppError('not_found', 'Sessionen finns inte.');
    await auditAuth(db, {
      command: 'auth.session_revoked',
      username: actor.username,
      actor: { userId: actor.userId, name: actor.name },
      client: clientInfo(request),
      details: { sessionId, current: sessionId === actor.sessionId },
    });
    if (sessionId === actor.sessionId) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/totp', async (request) => totpStatus(db, sessionActor(request)));

  app.post('/api/auth/totp/enrol', async (request) => startTotpEnrolment(db, sessionActor(request)));

  app.post('/api/auth/totp/confirm', async (request) => {
    const input = parseInput(codeOnly, request.body);
    await confirmTotp(db, sessionActor(request), input.code, clientInfo(request));
    return { enabled: true };
  });

  app.post('/api/auth/totp/disable', async (request) => {
    const input = parseInput(codeOnly, request.body);
    await disableTotp(db, sessionActor(request), input.code, clientInfo(request));
    return { enabled: false };
  });

  app.get('/api/auth/settings', async (request) => {
    ensure(can.administer(requireActor(request)));
    return { totpRequiredForAdmins: await totpRequiredForAdmins(db) };
  });

  app.put('/api/auth/settings', async (request) => runCommand(db, request, setAuthSettings));
}

/** Public, and only in demo mode (else 404): how to sign in to the demo, for the start page. */
export function registerDemoInfoRoutes({ app, db }: RouteContext): void {
  app.get('/api/demo-accounts', async () => {
    if (!demoModeAllowed(db.kind)) throw new AppError('not_found', 'Det finns inget här.');
    const accounts = await demoAccountsForStartPage(db);
    if (accounts.length === 0) throw new AppError('not_found', 'Det finns inget här.');
    return accounts;
  });
}
