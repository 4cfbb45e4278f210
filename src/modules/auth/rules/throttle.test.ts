import { describe, expect, it } from 'vitest';
import { locksNow, retryText, throttleRules, waitSeconds } from './throttle.ts';

const now = new Date('2026-01-10T12:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const pair = throttleRules.account_address;

describe('sign-in throttling', () => {
  it('lets the first failures through without delay', () => {
    expect(waitSeconds(pair, { failures: 4, lastFailedAt: now, lockedUntil: null }, now)).toBe(0);
  });

  it('doubles the delay with every failure after the fifth', () => {
    expect(waitSeconds(pair, { failures: 5, lastFailedAt: now, lockedUntil: null }, now)).toBe(1);
    expect(waitSeconds(pair, { failures: 8, lastFailedAt: now, lockedUntil: null }, now)).toBe(8);
    expect(waitSeconds(pair, { failures: 8, lastFailedAt: secondsAgo(8), lockedUntil: null }, now)).toBe(0);
    expect(waitSeconds(pair, { failures: 40, lastFailedAt: now, lockedUntil: null }, now)).toBe(300);
  });

  it('locks for 15 minutes at the tenth failure, and only once while locked', () => {
    const tenth = { failures: 10, lastFailedAt: now, lockedUntil: null };
    expect(locksNow(pair, tenth, now)).toBe(true);
    const locked = { ...tenth, lockedUntil: new Date(now.getTime() + 15 * 60_000) };
    expect(locksNow(pair, { ...locked, failures: 11 }, now)).toBe(false);
    expect(waitSeconds(pair, locked, now)).toBe(900);
  });

  it('never locks an account over all addresses, and caps its delay at a minute', () => {
    const account = throttleRules.account;
    expect(locksNow(account, { failures: 10_000, lastFailedAt: now, lockedUntil: null }, now)).toBe(false);
    expect(waitSeconds(account, { failures: 10_000, lastFailedAt: now, lockedUntil: null }, now)).toBe(60);
  });

  it('says when to try again in Swedish', () => {
    expect(retryText(1)).toBe('1 sekund');
    expect(retryText(40)).toBe('40 sekunder');
    expect(retryText(61)).toBe('2 minuter');
    expect(retryText(900)).toBe('15 minuter');
  });
});
