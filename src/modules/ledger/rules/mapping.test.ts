import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountClass } from '../../../core/account-classes.ts';
import { compareRules, createResolver, resolveRule, ruleMatches } from './mapping.ts';
import type { MappingRule } from '../model.ts';

const rule = (id: number, fields: Partial<MappingRule>): MappingRule => ({
  id,
  costCentre: null,
  activityCode: null,
  accountFrom: null,
  accountTo: null,
  activityId: id * 10,
  priority: 0,
  ...fields,
});

describe('account classes (Kommun-Bas)', () => {
  it('3 is income, 4–7 costs, 8 financial items, others are not operating accounts', () => {
    expect(accountClass('3100')).toBe('income');
    for (const a of ['4610', '5110', '6110', '7010']) expect(accountClass(a)).toBe('cost');
    expect(accountClass('8410')).toBe('financial');
    for (const a of ['1930', '2440', '9999', '0100']) expect(accountClass(a)).toBeNull();
  });
});

describe('matching', () => {
  it('matches exact values, prefixes with * and inclusive account ranges on the first four digits', () => {
    const r = rule(1, { costCentre: '61*', activityCode: 'IFO-BOU', accountFrom: '4000', accountTo: '4999' });
    expect(ruleMatches(r, { costCentre: '61010', activityCode: 'IFO-BOU', account: '4999' })).toBe(true);
    expect(ruleMatches(r, { costCentre: '61010', activityCode: 'IFO-BOU', account: '49991' })).toBe(true);
    expect(ruleMatches(r, { costCentre: '61010', activityCode: 'IFO-BOU', account: '5000' })).toBe(false);
    expect(ruleMatches(r, { costCentre: '62010', activityCode: 'IFO-BOU', account: '4000' })).toBe(false);
    expect(ruleMatches(r, { costCentre: '61010', activityCode: 'IFO-BOU-X', account: '4000' })).toBe(false);
    expect(ruleMatches(rule(2, {}), { costCentre: '', activityCode: '', account: '3000' })).toBe(true);
  });

  it('prefers exact over prefix, longer prefixes, more fields, narrower ranges, then priority, then lower id', () => {
    const key = { costCentre: '61010', activityCode: 'IFO-BOU', account: '4610' };
    const pick = (...rules: MappingRule[]) => resolveRule(rules, key)?.id;
    expect(pick(rule(1, { costCentre: '61*' }), rule(2, { costCentre: '61010' }))).toBe(2);
    expect(pick(rule(1, { costCentre: '6*' }), rule(2, { costCentre: '610*' }))).toBe(2);
    expect(pick(rule(1, { activityCode: 'IFO-BOU' }), rule(2, { activityCode: 'IFO-BOU', costCentre: '6*' }))).toBe(2);
    expect(pick(rule(1, { accountFrom: '3000', accountTo: '8999' }), rule(2, { accountFrom: '4000', accountTo: '4999' }))).toBe(2);
    expect(
      pick(rule(1, { accountFrom: '4610', accountTo: '4610' }), rule(2, { costCentre: '61*', accountFrom: '4000', accountTo: '4999' })),
    ).toBe(1);
    expect(pick(rule(1, { costCentre: '61*', priority: 1 }), rule(2, { costCentre: '61*', priority: 5 }))).toBe(2);
    expect(pick(rule(2, { costCentre: '61*' }), rule(1, { costCentre: '61*' }))).toBe(1);
    expect(pick(rule(1, { costCentre: '7*' }))).toBeUndefined();
  });
});

const pattern = fc.oneof(
  fc.constant(null),
  fc.constantFrom('6', '61', '610', '6101', '61010', '62', 'A', 'AB').map((p) => `${p}*`),
  fc.constantFrom('61010', '61020', '62000', 'AB', 'ABC'),
);
const account4 = fc.integer({ min: 3000, max: 8999 }).map(String);
const arbRule = fc.record({
  costCentre: pattern,
  activityCode: pattern,
  accountFrom: fc.option(account4, { nil: null }),
  accountTo: fc.option(account4, { nil: null }),
  priority: fc.integer({ min: -2, max: 2 }),
  activityId: fc.integer({ min: 1, max: 5 }),
});
const arbRules = fc.array(arbRule, { maxLength: 12 }).map((rs) => rs.map((r, i) => ({ ...r, id: i + 1 })));
const arbKey = fc.record({
  costCentre: fc.constantFrom('61010', '61020', '62000', 'AB', 'ABC', ''),
  activityCode: fc.constantFrom('61010', 'AB', 'ABC', 'X', ''),
  account: fc.integer({ min: 3000, max: 8999 }).map(String),
});

describe('resolution properties', () => {
  it('the winner matches, and no matching rule beats it', () => {
    fc.assert(
      fc.property(arbRules, arbKey, (rules, key) => {
        const winner = resolveRule(rules, key);
        const matching = rules.filter((r) => ruleMatches(r, key));
        if (winner === null) return matching.length === 0;
        return ruleMatches(winner, key) && matching.every((r) => r === winner || compareRules(winner, r) < 0);
      }),
    );
  });

  it('does not depend on the order rules are listed in, and the cached resolver agrees', () => {
    fc.assert(
      fc.property(arbRules, arbKey, fc.integer(), (rules, key, seed) => {
        const shuffled = [...rules].sort((a, b) => ((a.id * 7919 + seed) % 97) - ((b.id * 7919 + seed) % 97));
        const resolve = createResolver(shuffled);
        const expected = resolveRule(rules, key)?.id;
        return resolveRule(shuffled, key)?.id === expected && resolve(key)?.id === expected && resolve(key)?.id === expected;
      }),
    );
  });

  it('orders rules totally: antisymmetric and never equal for different ids', () => {
    fc.assert(
      fc.property(arbRules, (rules) =>
        rules.every((a) =>
          rules.every((b) =>
            a === b
              ? compareRules(a, b) === 0
              : Math.sign(compareRules(a, b)) === -Math.sign(compareRules(b, a)) && compareRules(a, b) !== 0,
          ),
        ),
      ),
    );
  });
});
