/**
 * The one clock. "Today" and "this year" are calendar dates in Europe/Stockholm, the municipality's
 * zone, never the server's: at 00:30 on 1 January in Sweden it is still 31 December in UTC, and a
 * UTC today would answer a charter question with last year's committee.
 *
 * Whatever needs today takes a `Clock` (the server passes the one it was built with, tests pass
 * `fixedClock`); `systemClock` is the real one. Timestamps stored as instants keep `new Date()`.
 */
import type { IsoDate } from './dates.ts';

export const MUNICIPALITY_TIME_ZONE = 'Europe/Stockholm';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always says `instant` (an ISO timestamp with its offset, or a Date). */
export function fixedClock(instant: string | Date): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`ogiltig tidpunkt: ${String(instant)}`);
  return { now: () => new Date(at) };
}

const calendarDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: MUNICIPALITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Sweden at an instant, as YYYY-MM-DD. */
export function swedishDate(instant: Date): IsoDate {
  const part = (type: Intl.DateTimeFormatPartTypes) => calendarDate.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const today = (clock: Clock = systemClock): IsoDate => swedishDate(clock.now());

export const currentYear = (clock: Clock = systemClock): number => Number(today(clock).slice(0, 4));
