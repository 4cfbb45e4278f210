import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/connection.ts';
import type { Actor, Role } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';

export const SESSION_COOKIE = 'styrbord_session';
export const SESSION_HOURS = 10;

export const hashPassword = (password: string) => hash(password);

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string | null;
  disabled: boolean;
}

// Verifying against a fixed hash when the user is unknown keeps the timing the same.
const dummyHash = await hash('styrbord-timing-equaliser');

/** Checks a local password; returns a new session token (only its hash is stored). */
export async function signIn(db: Queryable, username: string, password: string): Promise<{ token: string; actor: Actor }> {
  const [user] = await db.query<UserRow>(
    `select id, username, display_name as "displayName", role, password_hash as "passwordHash", disabled
     from app_user where username = lower($1) and auth_provider = 'local'`,
    [username.trim()],
  );
  const ok = await verify(user?.passwordHash ?? dummyHash, password);
  if (!user || !ok || user.disabled) {
    throw new AppError('unauthenticated', 'Fel användarnamn eller lösenord.');
  }
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `insert into user_session (token_hash, user_id, expires_at) values ($1, $2, now() + make_interval(hours => $3))`,
    [tokenHash(token), user.id, SESSION_HOURS],
  );
  return { token, actor: await actorFor(db, user.id) };
}

export async function actorFor(db: Queryable, userId: number): Promise<Actor> {
  const [user] = await db.query<{ id: number; displayName: string; username: string; role: Role }>(
    'select id, display_name as "displayName", username, role from app_user where id = $1',
    [userId],
  );
  if (!user) throw new AppError('unauthenticated', 'Användaren finns inte längre.');
  const grants = await db.query<{ committeeId: number }>('select committee_id as "committeeId" from role_grant where user_id = $1', [userId]);
  return { kind: 'user', userId: user.id, name: `${user.displayName} (${user.username})`, role: user.role, committeeIds: grants.map((g) => g.committeeId) };
}

/** Runs on every API request, so session, user and committee grants come back in one query. */
export async function actorForToken(db: Queryable, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const [row] = await db.query<{ id: number; displayName: string; username: string; role: Role; committeeIds: number[] }>(
    `select u.id, u.display_name as "displayName", u.username, u.role,
       coalesce(array(select g.committee_id from role_grant g where g.user_id = u.id order by g.committee_id), '{}') as "committeeIds"
     from user_session s join app_user u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > now() and not u.disabled`,
    [tokenHash(token)],
  );
  return row ? { kind: 'user', userId: row.id, name: `${row.displayName} (${row.username})`, role: row.role, committeeIds: row.committeeIds } : null;
}

export async function signOut(db: Queryable, token: string | undefined): Promise<void> {
  if (token) await db.query('delete from user_session where token_hash = $1', [tokenHash(token)]);
}
