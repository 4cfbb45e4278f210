import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookupResponsibility, type CharterRule } from './model.ts';

let nextId = 1;
const rule = (committeeCode: string, over: Partial<CharterRule>): CharterRule => ({
  id: nextId++,
  committeeId: committeeCode.length,
  committeeCode,
  committeeName: committeeCode,
  law: 'SoL',
  targetGroup: null,
  intervention: null,
  ageMin: null,
  ageMax: null,
  description: '',
  validFrom: '2023-01-01',
  validTo: null,
  sourceNote: null,
  version: 1,
  ...over,
});

const rules = [
  rule('SON', { ageMax: 64 }),
  rule('ÄN', { ageMin: 65 }),
  rule('ÄN', { intervention: 'hemtjänst' }),
  rule('AMNX', { intervention: 'försörjningsstöd' }),
];
const q = (age: number | null, intervention: string | null, date = '2023-06-01') => ({
  law: 'SoL',
  age,
  intervention,
  targetGroup: null,
  date,
});

describe('lookupResponsibility', () => {
  it('prefers a rule naming the intervention over an age band', () => {
    const a = lookupResponsibility(rules, q(30, 'Hemtjänst'));
    expect(a.status === 'found' && a.rule.committeeCode).toBe('ÄN');
  });

  it('splits by age at 65', () => {
    const young = lookupResponsibility(rules, q(64, null));
    const old = lookupResponsibility(rules, q(65, null));
    expect(young.status === 'found' && young.rule.committeeCode).toBe('SON');
    expect(old.status === 'found' && old.rule.committeeCode).toBe('ÄN');
  });

  it('needs an age when every rule has an age band', () => {
    expect(lookupResponsibility(rules, q(null, null)).status).toBe('none');
  });

  it('reports two equally specific rules for different committees as ambiguous', () => {
    const clash = [...rules, rule('X', { intervention: 'hemtjänst' })];
    expect(lookupResponsibility(clash, q(40, 'hemtjänst')).status).toBe('ambiguous');
  });

  it('ignores rules not valid on the date', () => {
    const dated = [rule('OLD', { validTo: '2023-12-31' }), rule('NEW', { validFrom: '2024-01-01' })];
    const a = lookupResponsibility(dated, q(10, null, '2024-01-01'));
    expect(a.status === 'found' && a.rule.committeeCode).toBe('NEW');
  });

  it('answers every age 0–150 with exactly one committee for a complete age split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), (age) => {
        const a = lookupResponsibility(rules, q(age, null));
        return a.status === 'found' && a.rule.committeeCode === (age < 65 ? 'SON' : 'ÄN');
      }),
    );
  });
});
