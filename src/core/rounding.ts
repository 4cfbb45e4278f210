/**
 * The one rounding rule: half away from zero, so a cost and the same income round to the same size
 * (2,5 → 3 and −2,5 → −3). `Math.round` rounds halves up (−2,5 → −2), which printed −1 500 kr as
 * "−1 tkr" beside 1 500 kr as "2 tkr"; nothing in Styrbord rounds amounts with it.
 *
 * - `divideRounded` / `kronorToTkr` / `kronorToMnkr`: whole kronor in a larger unit, exact in
 *   integer arithmetic (no binary fraction on the way).
 * - `roundHalfAwayFromZero`: any number to a number of decimals, on its decimal digits.
 */

/** A whole number divided by a positive whole number, rounded half away from zero, exactly. */
export function divideRounded(numerator: number, divisor: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(divisor) || divisor <= 0) {
    return roundHalfAwayFromZero(numerator / divisor);
  }
  const magnitude = Math.abs(numerator);
  const remainder = magnitude % divisor;
  // magnitude − remainder is an exact multiple of divisor, so this division has no rounding error
  const quotient = (magnitude - remainder) / divisor + (remainder * 2 >= divisor ? 1 : 0);
  return numerator < 0 && quotient !== 0 ? -quotient : quotient;
}

/** Moves the decimal point by `places` on the number's decimal digits: shift(1.005, 2) is 100.5, not 100.49999. */
function shift(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** A non-negative number to the nearest integer, halves up; `Math.floor(x + 0.5)` would round 0,49999999999999994 to 1. */
function roundMagnitude(magnitude: number): number {
  const floor = Math.floor(magnitude);
  return magnitude - floor >= 0.5 ? floor + 1 : floor;
}

/** Half away from zero at `decimals` decimals, on the number as written (1,005 → 1,01). Never −0. */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const rounded = decimals === 0 ? roundMagnitude(magnitude) : shift(roundMagnitude(shift(magnitude, decimals)), -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

export const TKR = 1_000;
export const MNKR = 1_000_000;

/** Kronor → whole thousands (tkr). */
export const kronorToTkr = (kronor: number): number => divideRounded(kronor, TKR);

/** Kronor → millions (mnkr) with `decimals` decimals (0–6): 54 750 000 → 54,8 at one decimal. */
export function kronorToMnkr(kronor: number, decimals = 0): number {
  if (!Number.isSafeInteger(kronor)) return roundHalfAwayFromZero(kronor / MNKR, decimals);
  const step = MNKR / 10 ** decimals;
  return shift(divideRounded(kronor, step), -decimals) || 0;
}

/**
 * value × numerator / denominator, rounded half away from zero; exact in BigInt for whole
 * numbers, where the product could pass 2^53 (a budget of 10^9 kr times an outcome of 10^9 kr).
 */
export function multiplyDivideRounded(value: number, numerator: number, denominator: number): number {
  if (![value, numerator, denominator].every(Number.isSafeInteger) || denominator === 0) {
    return roundHalfAwayFromZero((value * numerator) / denominator);
  }
  const product = BigInt(value) * BigInt(numerator) * (denominator < 0 ? -1n : 1n);
  const divisor = BigInt(Math.abs(denominator));
  const magnitude = product < 0n ? -product : product;
  const quotient = magnitude / divisor + ((magnitude % divisor) * 2n >= divisor ? 1n : 0n);
  const result = Number(quotient);
  return product < 0n && result !== 0 ? -result : result;
}
