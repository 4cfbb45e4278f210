import type { Queryable } from '../../../db/connection.ts';
import { queryOne } from '../../../db/rows.ts';
import { required } from '../../../core/required.ts';
import { AppError } from '../../../core/errors.ts';
import type { ClientInfo } from '../model.ts';
import { auditAuth } from '../store.ts';
import {
  FORGET_AFTER_SECONDS,
  locksNow,
  retryText,
  throttleRules,
  waitSeconds,
  type FailureCounter,
  type ThrottleScope,
} from '../rules/throttle.ts';

interface CounterRow {
  failures: number;
  lastFailedAt: Date | null;
  previousFailedAt: Date | null;
  lockedUntil: Date | null;
  now: Date;
}

/** One sign-in attempt, already counted against the account-and-address and address counters. */
export interface Attempt {
  username: string;
  client: ClientInfo;
  keys: Record<ThrottleScope, string>;
  claimed: { account_address: CounterRow; address: CounterRow };
}

type RawRow = { [K in keyof CounterRow]: CounterRow[K] extends Date | null ? string | Date | null : CounterRow[K] };

// Timestamps arrive as text from the database layer; the rules compute with Dates.
const date = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));
const toRow = (r: RawRow): CounterRow => ({
  failures: r.failures,
  lastFailedAt: date(r.lastFailedAt),
  previousFailedAt: date(r.previousFailedAt),
  lockedUntil: date(r.lockedUntil),
  now: required(date(r.now), 'now() från databasen'),
});

const columns = `failures, last_failed_at as "lastFailedAt", previous_failed_at as "previousFailedAt", locked_until as "lockedUntil", now() as now`;

/** Counts an attempt up front, atomically, so parallel guesses each see the ones before them. */
async function claim(db: Queryable, scope: ThrottleScope, key: string): Promise<CounterRow> {
  const row = await queryOne<RawRow>(
    db,
    `insert into login_throttle as t (scope, key, failures, last_failed_at) values ($1, $2, 1, now())
     on conflict (scope, key) do update set
       failures = case when t.last_failed_at < now() - make_interval(secs => $3) then 1 else t.failures + 1 end,
       previous_failed_at = case when t.last_failed_at < now() - make_interval(secs => $3) then null else t.last_failed_at end,
       last_failed_at = now()
     returning ${columns}`,
    [scope, key, FORGET_AFTER_SECONDS],
  );
  return toRow(row);
}

/** Takes back an attempt counted up front that turned out not to be a failure. */
async function unclaim(db: Queryable, scope: ThrottleScope, key: string): Promise<void> {
  await db.query(
    `update login_throttle set failures = greatest(failures - 1, 0), last_failed_at = coalesce(previous_failed_at, last_failed_at)
     where scope = $1 and key = $2`,
    [scope, key],
  );
}

async function read(db: Queryable, scope: ThrottleScope, key: string): Promise<FailureCounter & { now: Date }> {
  const [row] = await db.query<RawRow>(
    `select ${columns} from login_throttle where scope = $1 and key = $2 and last_failed_at > now() - make_interval(secs => $3)`,
    [scope, key, FORGET_AFTER_SECONDS],
  );
  if (row) return toRow(row);
  const clock = await queryOne<{ now: string | Date }>(db, 'select now() as now');
  return { failures: 0, lastFailedAt: null, lockedUntil: null, now: new Date(clock.now) };
}

const before = (row: CounterRow): FailureCounter => ({
  failures: row.failures - 1,
  lastFailedAt: row.previousFailedAt,
  lockedUntil: row.lockedUntil,
});

/** Locks the counters of this attempt that have reached their bound, each audited once. */
async function lockWhereDue(db: Queryable, attempt: Attempt): Promise<number> {
  let longest = 0;
  for (const scope of ['account_address', 'address'] as const) {
    const row = attempt.claimed[scope];
    const rule = throttleRules[scope];
    if (!locksNow(rule, row, row.now)) continue;
    const lockedUntil = new Date(row.now.getTime() + rule.lockSeconds * 1000);
    await db.query('update login_throttle set locked_until = $3 where scope = $1 and key = $2', [
      scope,
      attempt.keys[scope],
      lockedUntil.toISOString(),
    ]);
    row.lockedUntil = lockedUntil;
    longest = Math.max(longest, rule.lockSeconds);
    await auditAuth(db, {
      command: 'auth.lockout',
      username: attempt.username,
      actor: { userId: null, name: 'anonym' },
      client: attempt.client,
      details: {
        scope: scope === 'address' ? 'adress' : 'konto och adress',
        failures: row.failures,
        lockedUntil: lockedUntil.toISOString(),
      },
    });
  }
  return longest;
}

export function tooManyAttempts(seconds: number): AppError {
  return new AppError('too_many_requests', `För många misslyckade inloggningsförsök. Försök igen om ${retryText(seconds)}.`, {
    retryAfterSeconds: seconds,
  });
}

/**
 * Counts the attempt and refuses it with 429 (Retry-After in the error) while any counter says
 * wait; the password is then not checked at all.
 */
export async function beginAttempt(db: Queryable, username: string, client: ClientInfo): Promise<Attempt> {
  const name = username.trim().toLowerCase().slice(0, 64);
  const keys = { account: name, account_address: `${name} ${client.address}`, address: client.address };
  const attempt: Attempt = {
    username: name,
    client,
    keys,
    claimed: {
      account_address: await claim(db, 'account_address', keys.account_address),
      address: await claim(db, 'address', keys.address),
    },
  };
  const account = await read(db, 'account', keys.account);
  const waits = [
    waitSeconds(throttleRules.account_address, before(attempt.claimed.account_address), attempt.claimed.account_address.now),
    waitSeconds(throttleRules.address, before(attempt.claimed.address), attempt.claimed.address.now),
    waitSeconds(throttleRules.account, account, account.now),
  ];
  if (Math.max(...waits) > 0) {
    await lockWhereDue(db, attempt);
    const after = (['account_address', 'address'] as const).map((s) =>
      waitSeconds(throttleRules[s], attempt.claimed[s], attempt.claimed[s].now),
    );
    throw tooManyAttempts(Math.max(...after, ...waits.slice(2), 1));
  }
  return attempt;
}

/** A checked password or code was wrong: the account counter counts it too, and bounds reached lock. */
export async function attemptFailed(db: Queryable, attempt: Attempt): Promise<void> {
  await claim(db, 'account', attempt.keys.account);
  await lockWhereDue(db, attempt);
}

/** Signed in: the account's counters are cleared; the address keeps its other failures. */
export async function attemptSucceeded(db: Queryable, attempt: Attempt): Promise<void> {
  await db.query("delete from login_throttle where (scope = 'account_address' and key = $1) or (scope = 'account' and key = $2)", [
    attempt.keys.account_address,
    attempt.keys.account,
  ]);
  await unclaim(db, 'address', attempt.keys.address);
}

/** Neither success nor failure (the password was right and the second step is still to come). */
export async function attemptWithdrawn(db: Queryable, attempt: Attempt): Promise<void> {
  await unclaim(db, 'account_address', attempt.keys.account_address);
  await unclaim(db, 'address', attempt.keys.address);
}

/** Counters nobody has failed for a day, and not locked, are dropped. */
export async function purgeThrottle(db: Queryable): Promise<void> {
  await db.query(
    'delete from login_throttle where last_failed_at < now() - make_interval(secs => $1) and (locked_until is null or locked_until < now())',
    [FORGET_AFTER_SECONDS],
  );
}
