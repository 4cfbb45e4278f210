/**
 * The one reader of amounts written the Swedish way: "1 096 764", "−1 500", "-1500", "1 500,50",
 * "54,8" (in mnkr), with spaces, no-break or thin spaces as thousands separators. Every import and
 * every input field parses figures through here, so "what counts as an amount" has one answer.
 *
 * Refused rather than guessed: points or commas as thousands separators ("1.234.567" could be
 * either), parentheses for negatives, exponents, and any unit word the caller did not allow.
 * (The ledger reader has its own single-pass öre parser, `ledger/format.ts`, because it runs once
 * per ledger row.)
 */

export interface AmountOptions {
  /** Most decimals the written figure may have (default 0: whole numbers only). */
  decimals?: number;
  /** Kronor per written unit, e.g. 1 000 000 when the figure is in mnkr (default 1). */
  factor?: number;
  /** Whether the result must be a whole number of kronor after the factor (default true). */
  whole?: boolean;
  /** Whether a minus sign is allowed (default true). */
  negative?: boolean;
  /** Unit words the figure may end with, compared case-insensitively: e.g. ['kr'], ['%']. */
  units?: readonly string[];
}

export type AmountFailure = 'empty' | 'not-a-number' | 'too-many-decimals' | 'not-whole-kronor' | 'negative' | 'too-large';

export type AmountResult = { ok: true; value: number } | { ok: false; reason: AmountFailure };

const MINUS = /^[-\u2212\u2013]/;
const FIGURE = /^(\d+)(?:[,.](\d+))?$/;

export function parseSwedishAmount(text: string, options: AmountOptions = {}): AmountResult {
  const { decimals = 0, factor = 1, whole = true, negative: allowNegative = true, units = [] } = options;
  let t = text.replace(/\s/g, '');
  const lower = t.toLocaleLowerCase('sv');
  // The longest unit first, so "mnkr" is not read as "mn" + "kr".
  const unit = [...units].sort((a, b) => b.length - a.length).find((u) => lower.endsWith(u.toLocaleLowerCase('sv')));
  if (unit) t = t.slice(0, t.length - unit.length);
  if (t === '') return { ok: false, reason: 'empty' };

  const negative = MINUS.test(t);
  if (negative) t = t.slice(1);
  const m = FIGURE.exec(t);
  if (!m) return { ok: false, reason: 'not-a-number' };
  if (negative && !allowNegative) return { ok: false, reason: 'negative' };
  const [, integer = '', fraction = ''] = m;
  if (fraction.length > decimals) return { ok: false, reason: 'too-many-decimals' };

  if (!whole) {
    const value = Number(`${integer}.${fraction || '0'}`) * factor;
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return { ok: false, reason: 'too-large' };
    return { ok: true, value: negative && value !== 0 ? -value : value };
  }
  // Exact in BigInt: "54,8" mnkr is 54 800 000 kr, never 54 799 999.99.
  const scale = 10n ** BigInt(fraction.length);
  const scaled = (BigInt(integer) * scale + BigInt(fraction || '0')) * BigInt(factor);
  if (scaled % scale !== 0n) return { ok: false, reason: 'not-whole-kronor' };
  const magnitude = scaled / scale;
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'too-large' };
  const value = Number(magnitude);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** A Swedish sentence for a refused amount, for callers without a message of their own. */
export function amountFailureMessage(text: string, reason: AmountFailure): string {
  switch (reason) {
    case 'empty':
      return 'Beloppet saknas.';
    case 'not-a-number':
      return `"${text}" är inte ett belopp.`;
    case 'too-many-decimals':
      return `"${text}" har för många decimaler.`;
    case 'not-whole-kronor':
      return `"${text}" blir inte ett helt antal kronor.`;
    case 'negative':
      return `"${text}" får inte vara negativt.`;
    case 'too-large':
      return `Beloppet ${text} är för stort.`;
  }
}
