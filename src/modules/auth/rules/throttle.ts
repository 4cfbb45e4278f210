/**
 * Sign-in throttling as pure rules over a failure counter. Three counters are kept per attempt:
 *
 * - account and address together: a growing delay after 5 failures and a 15-minute lockout after
 *   10. This is what stops one attacker guessing one account.
 * - address alone: the same shape with higher bounds (password spraying over many accounts).
 * - account alone, over all addresses: only a growing delay capped at a minute, never a lockout.
 *   An attacker on other addresses can then slow the real user down to one attempt a minute, but
 *   cannot lock them out, however cheaply they keep failing; and guessing from many addresses
 *   still gets at most about one try a minute.
 *
 * Attempts made while throttled count as failures for the counters that include the address (the
 * password is not even checked), so ignoring Retry-After only hurts the one who does; for the
 * account alone only checked passwords count, so nobody else's hammering extends the delay.
 */
export interface ThrottleRule {
  /** Failures before the delay starts. */
  delayAfter: number;
  /** The first delay, doubled with every further failure, up to maxDelaySeconds. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures that lock (null: never locks). */
  lockAfter: number | null;
  lockSeconds: number;
  /** Throttled attempts count as failures. */
  countsThrottled: boolean;
}

export type ThrottleScope = 'account_address' | 'address' | 'account';

export const throttleRules: Record<ThrottleScope, ThrottleRule> = {
  account_address: { delayAfter: 5, baseDelaySeconds: 1, maxDelaySeconds: 300, lockAfter: 10, lockSeconds: 15 * 60, countsThrottled: true },
  address: { delayAfter: 100, baseDelaySeconds: 1, maxDelaySeconds: 60, lockAfter: 300, lockSeconds: 15 * 60, countsThrottled: true },
  account: { delayAfter: 20, baseDelaySeconds: 1, maxDelaySeconds: 60, lockAfter: null, lockSeconds: 0, countsThrottled: false },
};

/** A counter is forgotten after this long without failures. */
export const FORGET_AFTER_SECONDS = 24 * 3600;

export interface FailureCounter {
  failures: number;
  lastFailedAt: Date | null;
  lockedUntil: Date | null;
}

export const noFailures: FailureCounter = { failures: 0, lastFailedAt: null, lockedUntil: null };

/** Seconds until the next attempt is allowed (0: allowed now). */
export function waitSeconds(rule: ThrottleRule, counter: FailureCounter, now: Date): number {
  if (counter.lockedUntil && counter.lockedUntil > now) return Math.ceil((counter.lockedUntil.getTime() - now.getTime()) / 1000);
  if (counter.failures < rule.delayAfter || !counter.lastFailedAt) return 0;
  const delay = Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** (counter.failures - rule.delayAfter));
  const until = counter.lastFailedAt.getTime() + delay * 1000;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** True when a counter that has just reached `failures` should lock now. */
export function locksNow(rule: ThrottleRule, counter: FailureCounter, now: Date): boolean {
  return rule.lockAfter !== null && counter.failures >= rule.lockAfter && !(counter.lockedUntil && counter.lockedUntil > now);
}

/** "15 minuter", "1 minut", "40 sekunder": when to try again, in Swedish. */
export function retryText(seconds: number): string {
  if (seconds <= 60) return seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minut' : `${minutes} minuter`;
}
