/**
 * A value the code's own logic guarantees (a row just inserted, a key taken from the same map).
 * If it is missing anyway, that is a bug in Styrbord, not in the caller's input: it fails loudly
 * with what was missing instead of carrying an `undefined` further.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Invariant: ${what} saknas`);
  return value;
}
