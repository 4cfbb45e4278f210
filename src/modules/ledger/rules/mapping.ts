/**
 * Mapping rules: which activity a ledger row (ansvar, verksamhet, konto) belongs to.
 *
 * A rule constrains up to three fields. Cost centre (ansvar) and activity code (verksamhet) are
 * either empty (any value), exact, or a prefix written with a trailing `*` ("61*"). The account
 * range compares the account's first four digits (the Kommun-Bas account level) as text with
 * `accountFrom..accountTo`, both inclusive; an empty bound is open.
 *
 * When several rules match, the most specific wins: more exactly matched fields first, then more
 * constrained fields, then longer prefixes, then the narrower account range. Equally specific
 * rules are ordered by priority (higher first) and finally by id (lower first), so the outcome
 * never depends on the order rules are listed in.
 */

import type { LedgerKey, MappingRule } from '../model.ts';

export const ACCOUNT_PATTERN = /^\d{4,8}$/;
export const RULE_ACCOUNT_PATTERN = /^\d{4}$/;
export const PATTERN_TEXT = /^[\p{L}0-9._-]{1,40}\*?$|^\*$/u;

const isEmpty = (value: string | null): value is null => value === null || value === '' || value === '*';

function matchesPattern(pattern: string | null, value: string): boolean {
  if (isEmpty(pattern)) return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return value === pattern;
}

export function ruleMatches(rule: MappingRule, key: LedgerKey): boolean {
  if (!matchesPattern(rule.costCentre, key.costCentre)) return false;
  if (!matchesPattern(rule.activityCode, key.activityCode)) return false;
  const account = key.account.slice(0, 4);
  if (!isEmpty(rule.accountFrom) && account < rule.accountFrom) return false;
  if (!isEmpty(rule.accountTo) && account > rule.accountTo) return false;
  return true;
}

/** The specificity vector of a rule; compared element by element, larger is more specific. */
export function specificity(rule: MappingRule): number[] {
  let exact = 0;
  let constrained = 0;
  let prefixLength = 0;
  for (const p of [rule.costCentre, rule.activityCode]) {
    if (isEmpty(p)) continue;
    constrained += 1;
    if (p.endsWith('*')) prefixLength += p.length - 1;
    else exact += 1;
  }
  const from = isEmpty(rule.accountFrom) ? 0 : Number(rule.accountFrom);
  const to = isEmpty(rule.accountTo) ? 9999 : Number(rule.accountTo);
  if (!isEmpty(rule.accountFrom) || !isEmpty(rule.accountTo)) constrained += 1;
  if (from === to) exact += 1;
  // a narrower range is more specific: negate the width
  return [exact, constrained, prefixLength, -(to - from)];
}

/** Negative when a should win over b. */
export function compareRules(a: MappingRule, b: MappingRule): number {
  const sa = specificity(a);
  const sb = specificity(b);
  for (let i = 0; i < sa.length; i++) {
    const difference = (sb[i] ?? 0) - (sa[i] ?? 0);
    if (difference !== 0) return difference;
  }
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id - b.id;
}

/** The winning rule for a key, or null when none matches. */
export function resolveRule(rules: readonly MappingRule[], key: LedgerKey): MappingRule | null {
  let best: MappingRule | null = null;
  for (const rule of rules) {
    if (!ruleMatches(rule, key)) continue;
    if (best === null || compareRules(rule, best) < 0) best = rule;
  }
  return best;
}

/**
 * Which key fields any rule constrains. A field no rule constrains cannot change which rule wins,
 * so rows that differ only in it map to the same activity.
 */
export function constrainedFields(rules: readonly MappingRule[]): { costCentre: boolean; activityCode: boolean } {
  return {
    costCentre: rules.some((r) => !isEmpty(r.costCentre)),
    activityCode: rules.some((r) => !isEmpty(r.activityCode)),
  };
}

/** The winning rule for a key from rules sorted once, most specific first: the first match wins. No cache. */
export function createMatcher(rules: readonly MappingRule[]): (key: LedgerKey) => MappingRule | null {
  const ordered = [...rules].sort(compareRules);
  return (key) => {
    for (const rule of ordered) if (ruleMatches(rule, key)) return rule;
    return null;
  };
}

/**
 * A resolver for many rows: rules sorted once from most to least specific, so the first match
 * wins, and each distinct (ansvar, verksamhet, konto) resolved only once.
 */
export function createResolver(rules: readonly MappingRule[]): (key: LedgerKey) => MappingRule | null {
  const match = createMatcher(rules);
  const cache = new Map<string, MappingRule | null>();
  return (key) => {
    const cacheKey = `${key.costCentre}\u0000${key.activityCode}\u0000${key.account}`;
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
    const found = match(key);
    if (cache.size < 1_000_000) cache.set(cacheKey, found);
    return found;
  };
}
