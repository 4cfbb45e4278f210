/**
 * Dates are ISO calendar dates (YYYY-MM-DD); validity intervals are inclusive, open-ended when `to` is null.
 * Today is the clock's (`clock.ts`), in Swedish time.
 */
export type IsoDate = string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface Validity {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export function isValidOn(item: Validity, date: IsoDate): boolean {
  return item.validFrom <= date && (item.validTo === null || date <= item.validTo);
}
