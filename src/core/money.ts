/** Amounts are integer kronor. These helpers keep them integer and keep totals exact. */
import { AppError } from './errors.ts';

export function assertKronor(value: number, what = 'beloppet'): number {
  if (!Number.isSafeInteger(value)) throw new Error(`${what} måste vara ett heltal i kronor (fick ${value})`);
  return value;
}

/**
 * Adds exactly: a whole-number total beyond 2^53 would be silently rounded by the double, so it is
 * refused instead (input amounts are bounded to ±10^12 kr, so only ~9 000 maximal amounts get there).
 */
export const sum = (values: readonly number[]): number =>
  values.reduce((a, b) => {
    const total = a + b;
    if (Number.isInteger(total) && !Number.isSafeInteger(total))
      throw new AppError('validation', 'Summan blir för stor för att räknas exakt (över 2^53 kr).');
    return total;
  }, 0);

/**
 * Splits a whole amount over weights so that the parts are integers adding up to exactly the
 * amount (largest-remainder method). Zero weights everywhere spread evenly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertKronor(total);
  if (weights.length === 0) return [];
  if (weights.some((w) => w < 0 || !Number.isFinite(w))) throw new Error('vikterna måste vara icke-negativa tal');
  const weightSum = sum(weights);
  const effective = weightSum === 0 ? weights.map(() => 1) : weights;
  const effectiveSum = weightSum === 0 ? weights.length : weightSum;
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const exact = effective.map((w) => (magnitude * w) / effectiveSum);
  const parts = exact.map(Math.floor);
  let remainder = magnitude - sum(parts);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (remainder <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    remainder -= 1;
  }
  return parts.map((p) => p * sign + 0);
}
