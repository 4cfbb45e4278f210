import type { Queryable } from '../../../db/connection.ts';
import { required } from '../../../core/required.ts';
import type { Actor } from '../../../core/actor.ts';
import { AppError } from '../../../core/errors.ts';
import type { ClientInfo, TotpStatus } from '../model.ts';
import { auditAuth, totpRequiredForAdmins } from '../store.ts';
import { attemptFailed, attemptWithdrawn, beginAttempt } from './sign-in-attempts.ts';
import { openSecret, sealSecret } from '../rules/secret-box.ts';
import { checkTotp, newTotpSecret, totpEnrolment, type TotpEnrolment } from '../rules/totp.ts';

interface TotpState {
  username: string;
  role: Actor['role'];
  secret: string | null;
  pending: string | null;
  lastStep: number | null;
}

async function state(db: Queryable, userId: number): Promise<TotpState> {
  const [row] = await db.query<TotpState>(
    `select username, role, totp_secret as secret, totp_pending_secret as pending, totp_last_step::float8 as "lastStep"
     from app_user where id = $1 and auth_provider = 'local'`,
    [userId],
  );
  if (!row) throw new AppError('forbidden', 'Tvåstegsverifiering finns bara för lokala konton.');
  return row;
}

// these routes are for a signed-in account; an actor without one (the CLI) never reaches them
const accountOf = (actor: Actor): number => required(actor.userId, 'kontot för den inloggade');

export async function totpStatus(db: Queryable, actor: Actor): Promise<TotpStatus> {
  const s = await state(db, accountOf(actor));
  return { enabled: s.secret !== null, required: s.role === 'admin' && (await totpRequiredForAdmins(db)) };
}

/** A new secret to scan; it takes effect only once a code from it is confirmed. */
export async function startTotpEnrolment(db: Queryable, actor: Actor): Promise<TotpEnrolment> {
  const s = await state(db, accountOf(actor));
  if (s.secret) throw new AppError('conflict', 'Tvåstegsverifiering är redan påslagen. Stäng av den först om du vill byta app.');
  const secret = newTotpSecret();
  await db.query('update app_user set totp_pending_secret = $2 where id = $1', [actor.userId, sealSecret(secret)]);
  return totpEnrolment(s.username, secret);
}

const wrongCode = () =>
  new AppError('validation', 'Koden stämmer inte. Ange den sexsiffriga koden som appen visar just nu.', {
    fields: [{ field: 'code', message: 'Koden stämmer inte.' }],
  });

/** Codes are guessed like passwords, so they are throttled like a sign-in. */
async function throttledCheck(db: Queryable, username: string, client: ClientInfo, check: () => Promise<number | null>): Promise<number> {
  const attempt = await beginAttempt(db, username, client);
  const step = await check();
  if (step === null) {
    await attemptFailed(db, attempt);
    throw wrongCode();
  }
  await attemptWithdrawn(db, attempt);
  return step;
}

/** The first code from the app proves the secret was scanned; the account's sessions may then do everything. */
export async function confirmTotp(db: Queryable, actor: Actor, code: string, client: ClientInfo): Promise<void> {
  const s = await state(db, accountOf(actor));
  const { pending } = s;
  if (!pending) throw new AppError('conflict', 'Starta aktiveringen först, så att det finns en QR-kod att skanna.');
  const step = await throttledCheck(db, s.username, client, () => checkTotp(openSecret(pending), code, null));
  await db.query('update app_user set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_last_step = $2 where id = $1', [
    actor.userId,
    step,
  ]);
  await db.query('update user_session set enrol_only = false where user_id = $1', [actor.userId]);
  await auditAuth(db, { command: 'auth.totp_enabled', username: s.username, actor: { userId: actor.userId, name: actor.name }, client });
}

/** Turning TOTP off needs a current code; an admin where it is required cannot. */
export async function disableTotp(db: Queryable, actor: Actor, code: string, client: ClientInfo): Promise<void> {
  const s = await state(db, accountOf(actor));
  const { secret } = s;
  if (!secret) throw new AppError('conflict', 'Tvåstegsverifiering är inte påslagen.');
  if (s.role === 'admin' && (await totpRequiredForAdmins(db))) {
    throw new AppError('conflict', 'Tvåstegsverifiering krävs för administratörer och kan inte stängas av.');
  }
  await throttledCheck(db, s.username, client, () => checkTotp(openSecret(secret), code, s.lastStep));
  await db.query('update app_user set totp_secret = null, totp_pending_secret = null, totp_last_step = null where id = $1', [actor.userId]);
  await auditAuth(db, { command: 'auth.totp_disabled', username: s.username, actor: { userId: actor.userId, name: actor.name }, client });
}
