/** Month names from Intl, so no dictionary keeps its own list; index 0 is January. */
export type Locale = 'sv-SE' | 'en-GB';

export function monthNames(locale: Locale): string[] {
  // UTC on both sides: the 1st of a month is that month in every time zone
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}

/** "jan", "feb", "mar" / "Jan", "Feb", "Mar": the long name's first three letters (Intl's short Swedish names carry a period). */
export function shortMonthNames(locale: Locale): string[] {
  return monthNames(locale).map((name) => name.slice(0, 3));
}

/** A month's Swedish name as the documents print it ("mars"); the number itself when out of range. */
const swedishMonths = monthNames('sv-SE');
export const monthName = (month: number): string => swedishMonths[month - 1] ?? String(month);
