import { describe, expect, it } from 'vitest';
import { currentYear, fixedClock, swedishDate, today } from './clock.ts';

describe('the clock', () => {
  it('gives the Swedish calendar date, not the UTC one', () => {
    // 00:30 on 1 January in Sweden (CET, +01:00) is 23:30 on 31 December in UTC
    const justAfterNewYear = fixedClock('2023-12-31T23:30:00Z');
    expect(today(justAfterNewYear)).toBe('2024-01-01');
    expect(currentYear(justAfterNewYear)).toBe(2024);
    expect(today(fixedClock('2023-12-31T22:59:59Z'))).toBe('2023-12-31');
  });

  it('follows summer time', () => {
    // 00:30 on 1 July in Sweden (CEST, +02:00) is 22:30 on 30 June in UTC
    expect(swedishDate(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01');
    expect(swedishDate(new Date('2024-06-30T21:59:59Z'))).toBe('2024-06-30');
  });

  it('refuses an instant that is not one', () => {
    expect(() => fixedClock('not a time')).toThrow(/ogiltig/);
  });
});
