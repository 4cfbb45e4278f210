import type { Queryable } from '../../../db/connection.ts';
import { AppError } from '../../../core/errors.ts';
import { demoPasswordsChanged } from '../queries.ts';
import { ensurePasswordAcceptable } from '../rules/password-policy.ts';
import type { ClientInfo, PasswordUser, SessionActor, SignInOutcome } from '../model.ts';
import { actorFor, auditAuth, checkPassword, createSession, hashPassword, revokeOtherSessions, totpRequiredForAdmins } from '../store.ts';
import { attemptFailed, attemptSucceeded, attemptWithdrawn, beginAttempt, type Attempt } from './sign-in-attempts.ts';
import { openSecret } from '../rules/secret-box.ts';
import { checkTotp } from '../rules/totp.ts';

const anonymous = { userId: null, name: 'anonym' };

/** A wrong password or code: counted, audited, refused with the same message whatever was wrong. */
async function failed(db: Queryable, attempt: Attempt, reason: string, message: string): Promise<never> {
  await attemptFailed(db, attempt);
  await auditAuth(db, {
    command: 'auth.login_failed',
    username: attempt.username,
    actor: anonymous,
    client: attempt.client,
    details: { reason },
  });
  throw new AppError('unauthenticated', message);
}

/** Takes a TOTP time step for the user; false if the step (or a later one) was already used. */
async function useTotpStep(db: Queryable, userId: number, step: number): Promise<boolean> {
  const rows = await db.query(
    'update app_user set totp_last_step = $2 where id = $1 and (totp_last_step is null or totp_last_step < $2) returning id',
    [userId, step],
  );
  return rows.length > 0;
}

async function secondFactor(db: Queryable, attempt: Attempt, user: PasswordUser, code: string | undefined): Promise<boolean> {
  if (!user.totpSecret) return true;
  if (code === undefined || code === '') {
    await attemptWithdrawn(db, attempt);
    return false;
  }
  const step = await checkTotp(openSecret(user.totpSecret), code, user.totpLastStep);
  if (step === null || !(await useTotpStep(db, user.id, step)))
    await failed(db, attempt, 'fel engångskod', 'Fel engångskod. Ange koden som appen visar just nu.');
  return true;
}

/**
 * Sign-in: throttled per account and address (429 while throttled, before any password check),
 * the password, then the TOTP code when the account has one. Every outcome is audited.
 */
export async function signIn(
  db: Queryable,
  input: { username: string; password: string; code?: string | undefined },
  client: ClientInfo,
): Promise<SignInOutcome> {
  const attempt = await beginAttempt(db, input.username, client);
  const user = await checkPassword(db, input.username, input.password);
  if (!user) return failed(db, attempt, 'fel användarnamn eller lösenord', 'Fel användarnamn eller lösenord.');
  if (!(await secondFactor(db, attempt, user, input.code))) return { kind: 'totp_required' };
  await attemptSucceeded(db, attempt);
  const enrolOnly = user.role === 'admin' && !user.totpSecret && (await totpRequiredForAdmins(db));
  const { token, sessionId } = await createSession(db, user.id, client, enrolOnly);
  const actor = await actorFor(db, user.id);
  await auditAuth(db, {
    command: 'auth.login',
    username: user.username,
    actor: { userId: user.id, name: actor.name },
    client,
    details: { sessionId, totp: user.totpSecret !== null, enrolOnly },
  });
  return { kind: 'signed_in', token, actor: { ...actor, username: user.username, sessionId, enrolOnly } };
}

/** Sets a new password that passes the policy and ends the user's sessions but `keepSessionId`. */
export async function setPassword(
  db: Queryable,
  userId: number,
  newPassword: string,
  keepSessionId: number | null,
): Promise<{ username: string; revokedSessions: number }> {
  const [user] = await db.query<{ username: string }>('select username from app_user where id = $1', [userId]);
  if (!user) throw new AppError('not_found', 'Användaren finns inte.');
  ensurePasswordAcceptable(newPassword, user.username);
  await db.query('update app_user set password_hash = $2, version = version + 1 where id = $1', [userId, await hashPassword(newPassword)]);
  const revokedSessions = await revokeOtherSessions(db, userId, keepSessionId);
  demoPasswordsChanged();
  return { username: user.username, revokedSessions };
}

/** A signed-in user changes their own password; the current one is checked (and throttled like a sign-in). */
export async function changeOwnPassword(
  db: Queryable,
  actor: SessionActor,
  input: { currentPassword: string; newPassword: string },
  client: ClientInfo,
): Promise<{ revokedSessions: number }> {
  const me = { username: actor.username };
  const attempt = await beginAttempt(db, me.username, client);
  const user = await checkPassword(db, me.username, input.currentPassword);
  if (!user) {
    await attemptFailed(db, attempt);
    await auditAuth(db, {
      command: 'auth.login_failed',
      username: me.username,
      actor: { userId: actor.userId, name: actor.name },
      client,
      details: { reason: 'fel nuvarande lösenord vid lösenordsbyte' },
    });
    throw new AppError('validation', 'Det nuvarande lösenordet stämmer inte.', {
      fields: [{ field: 'currentPassword', message: 'Det nuvarande lösenordet stämmer inte.' }],
    });
  }
  await attemptWithdrawn(db, attempt);
  const { revokedSessions } = await setPassword(db, user.id, input.newPassword, actor.sessionId);
  await auditAuth(db, {
    command: 'auth.password_change',
    username: me.username,
    actor: { userId: actor.userId, name: actor.name },
    client,
    details: { revokedSessions },
  });
  return { revokedSessions };
}
