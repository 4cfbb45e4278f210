import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/connection.ts';
import { queryOne } from '../../db/rows.ts';
import type { Actor, Role } from '../../core/actor.ts';
import {
  SESSION_HOURS,
  type AuthEvent,
  type ClientInfo,
  type DemoAccount,
  type PasswordUser,
  type SessionActor,
  type SessionInfo,
  TOTP_REQUIRED_SETTING,
} from './model.ts';
import { AppError } from '../../core/errors.ts';

export const hashPassword = (password: string) => hash(password);

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionLimits {
  idleSeconds: number;
  /** last_seen_at is written at most this often, so a busy user costs one write a minute. */
  touchSeconds: number;
}

/** STYRBORD_SESSION_IDLE_MINUTES (default 30; fractions allowed) besides the absolute SESSION_HOURS. */
export function sessionLimits(env: NodeJS.ProcessEnv = process.env): SessionLimits {
  const minutes = Number(env.STYRBORD_SESSION_IDLE_MINUTES ?? 30);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new Error(`STYRBORD_SESSION_IDLE_MINUTES måste vara ett positivt tal (fick "${env.STYRBORD_SESSION_IDLE_MINUTES}").`);
  const idleSeconds = minutes * 60;
  return { idleSeconds, touchSeconds: Math.min(60, idleSeconds / 4) };
}

const limits = sessionLimits();

// Verifying against a fixed hash when the user is unknown keeps the timing the same.
const dummyHash = await hash('styrbord-timing-equaliser');

/** The local account if the password is right (and the account is not disabled), else null. */
export async function checkPassword(db: Queryable, username: string, password: string): Promise<PasswordUser | null> {
  const [user] = await db.query<PasswordUser & { passwordHash: string | null }>(
    `select id, username, role, password_hash as "passwordHash", disabled, totp_secret as "totpSecret", totp_last_step::float8 as "totpLastStep"
     from app_user where username = lower($1) and auth_provider = 'local'`,
    [username.trim()],
  );
  const ok = await verify(user?.passwordHash ?? dummyHash, password);
  if (!user || !ok || user.disabled) return null;
  const { passwordHash: _omitted, ...rest } = user;
  return rest;
}

/** A new session for a user whose sign-in has been checked; only the token's hash is stored. */
export async function createSession(
  db: Queryable,
  userId: number,
  client: ClientInfo,
  enrolOnly: boolean,
): Promise<{ token: string; sessionId: number }> {
  await purgeExpiredSessions(db);
  const token = randomBytes(32).toString('base64url');
  const row = await queryOne<{ id: number }>(
    db,
    `insert into user_session (token_hash, user_id, expires_at, client_address, user_agent, enrol_only)
     values ($1, $2, now() + make_interval(hours => $3), $4, $5, $6) returning id`,
    [tokenHash(token), userId, SESSION_HOURS, client.address, client.userAgent, enrolOnly],
  );
  return { token, sessionId: row.id };
}

/** A new local account (the password already hashed and checked against the policy); its id. */
export async function insertLocalUser(
  db: Queryable,
  user: { username: string; displayName: string; role: Role; passwordHash: string },
): Promise<number> {
  const row = await queryOne<{ id: number }>(
    db,
    'insert into app_user (username, display_name, role, password_hash) values ($1, $2, $3, $4) returning id',
    [user.username, user.displayName, user.role, user.passwordHash],
  );
  return row.id;
}

/** Lets a user work in these committees (a role grant each). */
export async function grantCommittees(db: Queryable, userId: number, committeeIds: readonly number[]): Promise<void> {
  for (const committeeId of committeeIds) {
    await db.query('insert into role_grant (user_id, committee_id) values ($1, $2)', [userId, committeeId]);
  }
}

export async function actorFor(db: Queryable, userId: number): Promise<Actor> {
  const [user] = await db.query<{ id: number; displayName: string; username: string; role: Role }>(
    'select id, display_name as "displayName", username, role from app_user where id = $1',
    [userId],
  );
  if (!user) throw new AppError('unauthenticated', 'Användaren finns inte längre.');
  const grants = await db.query<{ committeeId: number }>('select committee_id as "committeeId" from role_grant where user_id = $1', [
    userId,
  ]);
  return {
    kind: 'user',
    userId: user.id,
    name: `${user.displayName} (${user.username})`,
    role: user.role,
    committeeIds: grants.map((g) => g.committeeId),
  };
}

/**
 * Runs on every API request, so session, user and committee grants come back in one query. The
 * same statement marks the session as seen, but only when it was last marked touchSeconds ago.
 */
export async function actorForToken(db: Queryable, token: string | undefined): Promise<SessionActor | null> {
  if (!token) return null;
  const [row] = await db.query<{
    id: number;
    displayName: string;
    username: string;
    role: Role;
    committeeIds: number[];
    sessionId: number;
    enrolOnly: boolean;
  }>(
    `with live as (
       select s.* from user_session s
       where s.token_hash = $1 and s.expires_at > now() and s.last_seen_at > now() - make_interval(secs => $2)
     ), touched as (
       update user_session set last_seen_at = now()
       where token_hash = (select token_hash from live where last_seen_at < now() - make_interval(secs => $3))
     )
     select u.id, u.display_name as "displayName", u.username, u.role, live.id as "sessionId", live.enrol_only as "enrolOnly",
       coalesce(array(select g.committee_id from role_grant g where g.user_id = u.id order by g.committee_id), '{}') as "committeeIds"
     from live join app_user u on u.id = live.user_id
     where not u.disabled`,
    [tokenHash(token), limits.idleSeconds, limits.touchSeconds],
  );
  return row
    ? {
        kind: 'user',
        userId: row.id,
        name: `${row.displayName} (${row.username})`,
        role: row.role,
        committeeIds: row.committeeIds,
        username: row.username,
        sessionId: row.sessionId,
        enrolOnly: row.enrolOnly,
      }
    : null;
}

/** Ends the session of this token; returns its id and user, if it was one. */
export async function signOut(db: Queryable, token: string | undefined): Promise<{ id: number; userId: number } | null> {
  if (!token) return null;
  const [row] = await db.query<{ id: number; userId: number }>(
    'delete from user_session where token_hash = $1 returning id, user_id as "userId"',
    [tokenHash(token)],
  );
  return row ?? null;
}

/** Sessions past their absolute or idle limit are deleted (on sign-in and periodically). */
export async function purgeExpiredSessions(db: Queryable): Promise<number> {
  const rows = await db.query(
    'delete from user_session where expires_at <= now() or last_seen_at <= now() - make_interval(secs => $1) returning id',
    [limits.idleSeconds],
  );
  return rows.length;
}

/** A user's live sessions, newest first. */
export function listSessions(db: Queryable, userId: number, currentId: number): Promise<SessionInfo[]> {
  return db.query<SessionInfo>(
    `select id, created_at as "createdAt", last_seen_at as "lastSeenAt", expires_at as "expiresAt",
       client_address as address, user_agent as "userAgent", id = $2 as current
     from user_session
     where user_id = $1 and expires_at > now() and last_seen_at > now() - make_interval(secs => $3)
     order by created_at desc, id desc`,
    [userId, currentId, limits.idleSeconds],
  );
}

/** Revokes one of the user's own sessions; false when there is no such session of theirs. */
export async function revokeSession(db: Queryable, userId: number, sessionId: number): Promise<boolean> {
  const rows = await db.query('delete from user_session where id = $1 and user_id = $2 returning id', [sessionId, userId]);
  return rows.length > 0;
}

/** Every session of the user but one (none kept when keepId is null); returns how many ended. */
export async function revokeOtherSessions(db: Queryable, userId: number, keepId: number | null): Promise<number> {
  const rows = await db.query('delete from user_session where user_id = $1 and ($2::integer is null or id <> $2) returning id', [
    userId,
    keepId,
  ]);
  return rows.length;
}

/** Written like a command's event (src/db/command.ts), so the log's own guarantees cover it. */
export async function auditAuth(db: Queryable, e: AuthEvent): Promise<void> {
  const after = { ...(e.client ? { address: e.client.address, userAgent: e.client.userAgent } : {}), ...e.details };
  await db.query(
    `insert into audit_event (actor_id, actor_name, command, entity_type, entity_id, before, after)
     values ($1, $2, $3, 'app_user', $4, null, $5::jsonb)`,
    [e.actor.userId, e.actor.name, e.command, e.username.slice(0, 64), JSON.stringify(after)],
  );
}

export async function totpRequiredForAdmins(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ value: unknown }>('select value from app_setting where key = $1', [TOTP_REQUIRED_SETTING]);
  return row?.value === true;
}

/** The accounts the demo loader created, with the passwords it gave them. */
export async function demoAccountsListed(db: Queryable): Promise<DemoAccount[]> {
  const [setting] = await db.query<{ value: DemoAccount[] }>("select value from app_setting where key = 'demo_accounts'");
  return setting?.value ?? [];
}

/** The password hashes of enabled local accounts, by username. */
export async function passwordHashes(db: Queryable, usernames: readonly string[]): Promise<Map<string, string>> {
  const users = await db.query<{ username: string; passwordHash: string }>(
    'select username, password_hash as "passwordHash" from app_user where username = any($1::text[]) and password_hash is not null and not disabled',
    [usernames],
  );
  return new Map(users.map((u) => [u.username, u.passwordHash]));
}
