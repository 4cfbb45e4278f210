import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, type Term } from '../model.ts';
import { EFFECT_COLUMNS, MEASURE_COLUMNS, type TemplateContext } from './template.ts';
import { parseKronor, validateTemplate } from './template-rows.ts';

const terms = DEFAULT_VOCABULARY.map((t, i): Term => ({ ...t, id: i + 1, sortOrder: i, active: true, version: 1 }));
const context: TemplateContext = {
  planTitle: 'Plan',
  versionLabel: 'version 1',
  years: [2024, 2025, 2026],
  vocabulary: {
    areas: terms.filter((t) => t.kind === 'area'),
    targetGroups: terms.filter((t) => t.kind === 'target_group'),
    statuses: terms.filter((t) => t.kind === 'status'),
  },
  activities: [{ id: 7, code: 'IFO-BOU', name: 'Individ- och familjeomsorg BoU' }],
};
const measureRow = (over: Partial<Record<(typeof MEASURE_COLUMNS)[number], string>> = {}) =>
  MEASURE_COLUMNS.map(
    (c) =>
      (
        ({
          Nr: 'A1',
          Åtgärd: 'Färre avtal',
          Område: 'Upphandling',
          Målgrupp: 'Barn och unga',
          Status: 'Pågående',
          Verksamheter: 'ifo-bou',
          'Helårseffekt min (kr)': '1 500 000',
          ...over,
        }) as Record<string, string>
      )[c] ?? '',
  );
const effectRow = (over: Partial<Record<(typeof EFFECT_COLUMNS)[number], string>> = {}) =>
  EFFECT_COLUMNS.map(
    (c) =>
      (
        ({
          Nr: 'A1',
          År: '2024',
          Typ: 'kostnadsreducering',
          'Belopp min (kr)': '500000',
          'Belopp max (kr)': '1000000',
          Delårseffekt: 'ja',
          ...over,
        }) as Record<string, string>
      )[c] ?? '',
  );

describe('template validation', () => {
  it('reads labels or codes, ranges, partial-year and qualitative effects', () => {
    const result = validateTemplate(
      'plan.xlsx',
      [[...MEASURE_COLUMNS], measureRow()],
      [
        [...EFFECT_COLUMNS],
        effectRow(),
        effectRow({ År: '2025', Typ: 'genomförandekostnad', 'Belopp min (kr)': '200000', 'Belopp max (kr)': '', Delårseffekt: '' }),
        effectRow({
          År: '2026',
          'Belopp min (kr)': '',
          'Belopp max (kr)': '',
          Delårseffekt: 'nej',
          'Kvalitativ bedömning': 'marknadsberoende',
        }),
      ],
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.measures[0]).toMatchObject({
      code: 'A1',
      areaCode: 'upphandling',
      targetGroupCode: 'barn-unga',
      statusCode: 'pagaende',
      activityIds: [7],
      fullYearMin: 1_500_000,
      fullYearMax: 1_500_000,
    });
    expect(result.effects.map((e) => [e.year, e.kind, e.amountMin, e.amountMax, e.isPartialYear, e.qualitative])).toEqual([
      [2024, 'reduction', 500_000, 1_000_000, true, null],
      [2025, 'implementation_cost', 200_000, 200_000, false, null],
      [2026, 'reduction', null, null, false, 'market_dependent'],
    ]);
  });

  it('names file, row, column and reason for every problem', () => {
    const result = validateTemplate(
      'plan.xlsx',
      [[...MEASURE_COLUMNS], measureRow(), measureRow({ Nr: 'A2', Område: 'Okänt' })],
      [[...EFFECT_COLUMNS], effectRow({ 'Belopp min (kr)': '0,5 mnkr' }), effectRow({ Nr: 'X9', År: '2030' })],
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { file: 'plan.xlsx', row: 3, column: 'Åtgärder: Område', reason: expect.stringMatching(/Okänt område "Okänt"/) },
      { file: 'plan.xlsx', row: 2, column: 'Effekter: Belopp min (kr)', reason: expect.stringMatching(/hela kronor/) },
      { file: 'plan.xlsx', row: 3, column: 'Effekter: Nr', reason: expect.stringMatching(/ingen åtgärd med Nr X9/) },
      { file: 'plan.xlsx', row: 3, column: 'Effekter: År', reason: expect.stringMatching(/utanför planens period/) },
    ]);
  });

  it('reports missing columns in the header row', () => {
    const result = validateTemplate('plan.xlsx', [['Nr']], [[...EFFECT_COLUMNS]], context);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ row: 1, column: 'Åtgärder: Åtgärd', reason: 'Kolumnen saknas i rubrikraden.' });
  });

  it('accepts whole kronor only', () => {
    expect(parseKronor('8 000 000')).toEqual({ value: 8_000_000, problem: null });
    expect(parseKronor('0,5 tkr').problem).toMatch(/hela kronor/);
    expect(parseKronor('')).toEqual({ value: null, problem: null });
  });
});
