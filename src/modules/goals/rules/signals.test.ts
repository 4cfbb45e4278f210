import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Colour, IndicatorValue, Target } from '../model.ts';
import { periodLabel, targetText } from '../model.ts';
import { attainment, desiredOf, latestUpTo, position, rollUp, suggestColour, trend, valueForYear } from './signals.ts';

const v = (year: number, value: number | null, month: number | null = null): IndicatorValue => ({
  year,
  month,
  gender: 'T',
  value,
  numerator: null,
  denominator: null,
  preliminary: false,
  note: '',
  origin: 'manual',
  sourceNote: null,
  updatedAt: null,
  version: 1,
});
const direction = (year: number, d: 'increase' | 'decrease' | 'maintain'): Target => ({
  kind: 'direction',
  year,
  gender: 'T',
  direction: d,
  label: '',
  version: 1,
});
const r9: Target = {
  kind: 'benchmark',
  year: 2024,
  gender: 'T',
  comparator: 'at_most',
  groupId: 1,
  groupCode: 'R9',
  statistic: 'average',
  label: '',
  version: 1,
};
const figures = (average: number) => ({ average, median: average, membersWithValue: 9, memberCount: 9 });

describe('periods and values', () => {
  it('labels a cut-off in Swedish and prefers the whole year', () => {
    expect(periodLabel({ year: 2023, month: 8 })).toBe('augusti 2023');
    const values = [v(2022, 44), v(2023, 53, 8)];
    expect(valueForYear(values, 2023)?.value).toBe(53);
    expect(valueForYear([...values, v(2023, 55)], 2023)?.value).toBe(55);
    expect(latestUpTo([v(2022, 1), v(2023, null)], 2024)?.year).toBe(2022);
  });

  it('prints targets as the documents do', () => {
    expect(targetText(direction(2024, 'maintain'))).toBe('Bibehålla');
    expect(targetText({ ...r9, label: '' })).toBe('Samma eller lägre än R9-snitt');
    expect(targetText({ kind: 'value', year: 2025, gender: 'T', comparator: 'at_least', value: 4, label: '', version: 1 })).toBe('minst 4');
  });
});

describe('attainment', () => {
  it('is green for N35001 against "samma eller lägre än R9-snittet" on the latest year with group data', () => {
    const a = attainment(r9, [v(2022, 761)], 0, (y) => (y === 2022 ? figures(1063) : null));
    expect(a).toMatchObject({ status: 'met', measured: { year: 2022, month: null }, value: 761, reference: 1063 });
    expect(attainment(r9, [v(2022, 993)], 0, () => figures(913)).status).toBe('not_met');
    expect(attainment(r9, [v(2022, 993)], 0, () => null).status).toBe('no_data');
  });

  it('judges a direction against the year before, and only with a value for the target year', () => {
    expect(attainment(direction(2024, 'decrease'), [v(2022, 5.7), v(2023, 5.0)], 1).status).toBe('no_data');
    expect(attainment(direction(2024, 'decrease'), [v(2023, 5.0), v(2024, 4.8)], 1).status).toBe('met');
    expect(attainment(direction(2024, 'increase'), [v(2023, 5.0), v(2024, 4.8)], 1).status).toBe('not_met');
    expect(attainment(direction(2024, 'maintain'), [v(2023, 3.6), v(2024, 3.64)], 1).status).toBe('met');
    // a cut-off within the target year counts
    expect(attainment(direction(2024, 'decrease'), [v(2023, 120), v(2024, 110, 8)], 0)).toMatchObject({
      status: 'met',
      measured: { year: 2024, month: 8 },
    });
  });

  it('judges a value target with its comparator and reports a missing target', () => {
    const four: Target = { kind: 'value', year: 2025, gender: 'T', comparator: 'at_least', value: 4, label: '', version: 1 };
    expect(attainment(four, [v(2025, 4)], 0).status).toBe('met');
    expect(attainment(four, [v(2025, 3)], 0).status).toBe('not_met');
    expect(attainment(null, [v(2025, 3)], 0).status).toBe('no_target');
  });
});

describe('trend and position are separate signals', () => {
  it('says whether the change is for the better given the wanted direction', () => {
    expect(trend([v(2022, 5.7), v(2023, 5.0)], 'lower', 1)).toMatchObject({
      direction: 'down',
      judgement: 'better',
      previous: { year: 2022 },
    });
    expect(trend([v(2022, 71), v(2023, 70)], 'higher', 0).judgement).toBe('worse');
    expect(trend([v(2022, 1), v(2023, 1)], 'higher', 0).judgement).toBe('unchanged');
    expect(trend([v(2023, 1)], 'higher', 0).direction).toBe('unknown');
    expect(trend([v(2022, 1), v(2023, 2)], null, 0).judgement).toBe('unknown');
  });

  it('ranks among peers without judging the target', () => {
    const peers = [761, 1313.05, 952.15, 1158, 799.65, 1197.15, 1280.8, 1055.05, 1050.15];
    const p = position(761, peers, 'lower', figures(1063));
    expect(p).toMatchObject({ rank: 1, of: 9, band: 'best' });
    expect(p.label).toMatch(/inte måluppfyllelse/);
    expect(position(1313.05, peers, 'lower', null).band).toBe('worst');
    expect(position(1055.05, peers, 'lower', null).band).toBe('middle');
    expect(position(761, peers, null, null).rank).toBeNull();
  });

  it('takes the wanted direction from the target before the polarity', () => {
    expect(desiredOf(r9, 'higher_is_better')).toBe('lower');
    expect(desiredOf(direction(2024, 'maintain'), null)).toBe('stable');
    expect(desiredOf(null, 'higher_is_better')).toBe('higher');
  });
});

describe('suggested colours', () => {
  const met = {
    attainment: { status: 'met' as const, measured: null, value: 1, reference: 1, explanation: '' },
    trend: { direction: 'up' as const, judgement: 'better' as const, current: null, previous: null, change: 1 },
  };
  const notMet = (judgement: 'better' | 'worse') => ({
    attainment: { ...met.attainment, status: 'not_met' as const },
    trend: { ...met.trend, judgement },
  });
  const noData = { ...met, attainment: { ...met.attainment, status: 'no_data' as const } };

  it('follows the rules: green met, yellow partly or improving, red not met, – nothing to judge', () => {
    expect(suggestColour([met])).toBe('green');
    expect(suggestColour([met, notMet('worse')])).toBe('yellow');
    expect(suggestColour([notMet('better')])).toBe('yellow');
    expect(suggestColour([notMet('worse')])).toBe('red');
    expect(suggestColour([noData])).toBe('none');
    expect(suggestColour([])).toBe('none');
  });

  it('rolls a goal up by the configured rule', () => {
    const c: Colour[] = ['green', 'green', 'red', 'none'];
    expect(rollUp(c, 'worst')).toBe('red');
    expect(rollUp(c, 'majority')).toBe('green');
    expect(rollUp(c, 'average')).toBe('yellow');
    expect(rollUp(['green', 'red'], 'majority')).toBe('red');
    expect(rollUp(['none'], 'worst')).toBe('none');
  });

  it('never rolls up to a colour none of the indicators has under "worst" and "majority"', () => {
    const colour = fc.constantFrom<Colour>('green', 'yellow', 'red', 'none');
    fc.assert(
      fc.property(fc.array(colour, { minLength: 1, maxLength: 12 }), (cs) => {
        const judged = cs.filter((x) => x !== 'none');
        return (['worst', 'majority'] as const).every((rule) => {
          const r = rollUp(cs, rule);
          return judged.length === 0 ? r === 'none' : (judged as Colour[]).includes(r);
        });
      }),
    );
  });
});
