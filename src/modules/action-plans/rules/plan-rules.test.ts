import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sum } from '../../../core/money.ts';
import { measures2023, internalBudgetRowsMnkr, planTotalsMnkr } from '../../../../demo/action-plan-2023.ts';
import { DEFAULT_VOCABULARY, type CompareMeasure, type Effect, type RangeSetting, type RuleMeasure } from '../model.ts';
import { pointValue } from './measures.ts';
import { controlTotalFindings, fullYearFindings, unitFindings } from './checks.ts';
import { compareVersions } from './comparison.ts';
import { planDelivery } from './delivery.ts';
import { reconcile } from './reconciliation.ts';
import { summarise } from './summary.ts';
import { findIn, itemAt } from '../../../testing/must.ts';

const areas = DEFAULT_VOCABULARY.filter((t) => t.kind === 'area').map(({ code, label }) => ({ code, label }));
const groups = DEFAULT_VOCABULARY.filter((t) => t.kind === 'target_group').map(({ code, label }) => ({ code, label }));
const years = [2023, 2024, 2025, 2026];

const effect = (year: number, min: number | null, max = min, extra: Partial<Effect> = {}): Effect => ({
  year,
  kind: 'reduction',
  amountMin: min,
  amountMax: max,
  isPartialYear: false,
  qualitative: min === null ? 'no_economic_effect' : null,
  note: '',
  sourceNote: null,
  ...extra,
});

/** The demo's 2023 plan as the rules see it. */
const plan2023: CompareMeasure[] = measures2023.map((m) => ({
  code: m.code,
  title: m.title,
  areaCode: m.area,
  targetGroupCode: m.targetGroup,
  statusCode: m.status,
  fullYearMin: m.fullYear,
  fullYearMax: m.fullYear,
  effects: m.effects.map((e) => ({
    ...effect(e.year, e.amount ?? null),
    isPartialYear: e.partial ?? false,
    qualitative: e.qualitative ?? null,
    note: e.note ?? '',
  })),
}));
const M = 1_000_000;

describe('the 2023 action plan', () => {
  const summary = summarise({ measures: plan2023, years, groupBy: 'area', groups: areas, range: 'mid' });
  const row = (code: string) => findIn(summary.rows, (r) => r.code === code, `summary row ${code}`);

  it('reproduces the reference table per area, with a total computed from the rows', () => {
    expect(row('riktlinjer').cells.map((c) => c.reduction)).toEqual([0.5 * M, 8 * M, 8 * M, 8 * M]);
    expect([row('boende').fullYear, ...row('boende').cells.map((c) => c.reduction)]).toEqual([
      36_980_000, 800_000, 16_000_000, 31_090_000, 36_980_000,
    ]);
    expect([row('icke-lagstadgad').fullYear, ...row('icke-lagstadgad').cells.map((c) => c.reduction)]).toEqual([
      8_880_000,
      null,
      5_380_000,
      8_280_000,
      8_280_000,
    ]);
    expect(row('utveckling').cells.every((c) => c.reduction === null)).toBe(true);
    const total = row('total');
    expect(total.cells.map((c) => c.reduction)).toEqual(planTotalsMnkr.years.map((v) => Math.round(v * M)));
    // the full-year column adds up to 55,36 mnkr, not the printed 54,76
    expect(total.fullYear).toBe(55_360_000);
    expect(itemAt(total.cells, 0).partialYear).toBe(true);
    expect(summary.rangeRule).toMatch(/mittvärdet/);
  });

  it('finds the printed full-year total that does not add up, in both documents', () => {
    const controls = [
      {
        source: 'Plan',
        groupBy: 'area' as const,
        rowCode: 'total',
        year: null,
        kind: 'reduction' as const,
        amount: 54_760_000,
        precision: 10_000,
      },
      ...Object.entries(internalBudgetRowsMnkr).flatMap(([rowCode, values]) =>
        values.map((v, i) => ({
          source: 'IB 2024',
          groupBy: 'area' as const,
          rowCode,
          year: i === 0 ? null : 2022 + i,
          kind: 'reduction' as const,
          amount: Math.round(v * M),
          precision: 100_000,
        })),
      ),
    ];
    const findings = controlTotalFindings(plan2023, controls, areas);
    expect(findings.map((f) => [f.message.split(':')[0], f.subject, f.year, f.difference])).toEqual([
      ['Plan', 'total', null, 600_000],
      ['IB 2024', 'total', null, 560_000],
    ]);
  });

  it('names the area whose full-year effect differs from its 2026 effect', () => {
    const findings = fullYearFindings(plan2023, areas, 2026);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subject: 'icke-lagstadgad', printed: 8_880_000, computed: 8_280_000, difference: -600_000 });
    expect(itemAt(findings, 0).message).toMatch(/^Icke lagstadgad verksamhet: helårseffekten 8,88\u00a0mnkr/);
  });

  it('sees no unit problem in the reference, but a "0,5 tkr" among mnkr figures', () => {
    expect(unitFindings(plan2023, years)).toEqual([]);
    const wrong = plan2023.map((m) =>
      m.code === 'U1' ? { ...m, effects: m.effects.map((e) => (e.year === 2024 ? effect(2024, 500) : e)) } : m,
    );
    const findings = unitFindings(wrong, years);
    expect(findings.map((f) => [f.subject, f.year, f.printed])).toEqual([['U1', 2024, 500]]);
  });

  it('summarises by target group with the same total', () => {
    const byGroup = summarise({ measures: plan2023, years, groupBy: 'target_group', groups, range: 'mid' });
    expect(byGroup.rows.at(-1)).toEqual({ ...itemAt(summary.rows, -1), measureCount: plan2023.length });
  });
});

describe('ranges', () => {
  it('enter a total by the setting; the middle is rounded down per measure and year', () => {
    const m: RuleMeasure = {
      code: 'A',
      title: 'A',
      areaCode: 'boende',
      targetGroupCode: null,
      fullYearMin: 500_000,
      fullYearMax: 1_000_001,
      effects: [effect(2024, 500_000, 1_000_001)],
    };
    const value = (range: RangeSetting) =>
      itemAt(summarise({ measures: [m, m], years: [2024], groupBy: 'area', groups: areas, range }).rows, -1);
    expect(itemAt(value('low').cells, 0).reduction).toBe(1_000_000);
    expect(itemAt(value('mid').cells, 0).reduction).toBe(1_500_000);
    expect(value('high').fullYear).toBe(2_000_002);
    expect(itemAt(value('mid').cells, 0).ranged).toBe(true);
    expect(pointValue(1, 2, 'mid')).toBe(1);
  });
});

const arbMeasure = fc
  .record({
    code: fc.string({ minLength: 1, maxLength: 3 }),
    title: fc.constant('x'),
    areaCode: fc.constantFrom('riktlinjer', 'boende', 'ny'),
    targetGroupCode: fc.constantFrom('barn-unga', 'vuxna', null),
    fullYearMin: fc.option(fc.integer({ min: 0, max: 1e9 })),
    spread: fc.integer({ min: 0, max: 1e8 }),
    effects: fc.array(
      fc.record({
        year: fc.constantFrom(2023, 2024, 2025),
        kind: fc.constantFrom('reduction' as const, 'implementation_cost' as const),
        min: fc.option(fc.integer({ min: 0, max: 1e9 })),
        spread: fc.integer({ min: 0, max: 1e8 }),
        partial: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  })
  .map((r): RuleMeasure => ({
    code: r.code,
    title: r.title,
    areaCode: r.areaCode,
    targetGroupCode: r.targetGroupCode,
    fullYearMin: r.fullYearMin,
    fullYearMax: r.fullYearMin === null ? null : r.fullYearMin + r.spread,
    effects: r.effects.map((e) =>
      effect(e.year, e.min, e.min === null ? null : e.min + e.spread, { kind: e.kind, isPartialYear: e.partial }),
    ),
  }));

describe('summary properties', () => {
  it('the total row is the sum of the rows, net = reduction − cost, and low ≤ mid ≤ high', () => {
    fc.assert(
      fc.property(
        fc.array(arbMeasure, { maxLength: 8 }),
        fc.constantFrom('area' as const, 'target_group' as const),
        (measures, groupBy) => {
          const at = (range: RangeSetting) =>
            summarise({ measures, years: [2023, 2024, 2025], groupBy, groups: groupBy === 'area' ? areas : groups, range });
          const [low, mid, high] = [at('low'), at('mid'), at('high')];
          const cellAt = (s: typeof mid, ri: number, ci: number) => itemAt(itemAt(s.rows, ri).cells, ci);
          for (const s of [low, mid, high]) {
            const rows = s.rows.filter((r) => r.kind === 'group');
            const total = itemAt(s.rows, -1);
            expect(total.fullYear ?? 0).toBe(sum(rows.map((r) => r.fullYear ?? 0)));
            total.cells.forEach((c, i) => {
              expect(c.reduction ?? 0).toBe(sum(rows.map((r) => itemAt(r.cells, i).reduction ?? 0)));
              expect(c.net).toBe(
                c.reduction === null && c.implementationCost === null ? null : (c.reduction ?? 0) - (c.implementationCost ?? 0),
              );
            });
          }
          low.rows.forEach((r, ri) =>
            r.cells.forEach((c, ci) => {
              expect(c.reduction ?? 0).toBeLessThanOrEqual(cellAt(mid, ri, ci).reduction ?? 0);
              expect(cellAt(mid, ri, ci).reduction ?? 0).toBeLessThanOrEqual(cellAt(high, ri, ci).reduction ?? 0);
            }),
          );
          // grouping never changes the total
          const other = summarise({
            measures,
            years: [2023, 2024, 2025],
            groupBy: groupBy === 'area' ? 'target_group' : 'area',
            groups: [],
            range: 'mid',
          });
          expect(itemAt(other.rows, -1).cells).toEqual(itemAt(mid.rows, -1).cells);
        },
      ),
    );
  });

  it('a plan compared with itself has no changes; with an empty plan everything is added', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbMeasure, { selector: (m) => m.code, maxLength: 6 }), (measures) => {
        const withStatus = measures.map((m) => ({ ...m, statusCode: 'pagaende' }));
        const same = compareVersions(withStatus, withStatus, [2023, 2024, 2025], 'mid', () => 'ongoing');
        expect(same.counts.unchanged).toBe(measures.length);
        expect(same.totals.every((t) => t.difference === 0)).toBe(true);
        const fresh = compareVersions([], withStatus, [2023, 2024, 2025], 'mid', () => 'ongoing');
        expect(fresh.counts.added).toBe(measures.length);
      }),
    );
  });
});

describe('version comparison', () => {
  it('reports added, dropped and changed measures and the change in effect per year', () => {
    const base = (code: string, amount: number): CompareMeasure => ({
      code,
      title: code,
      areaCode: 'boende',
      targetGroupCode: null,
      statusCode: 'pagaende',
      fullYearMin: amount,
      fullYearMax: amount,
      effects: [effect(2024, amount)],
    });
    const before = [base('A', 100), base('B', 200), base('C', 300)];
    const after = [{ ...base('A', 150), owner: 'x' }, { ...base('B', 200), statusCode: 'utgar' }, base('D', 50)];
    const c = compareVersions(before, after, [2024], 'mid', (s) => (s === 'utgar' ? 'dropped' : 'ongoing'));
    expect(c.measures.map((m) => [m.code, m.change, itemAt(m.effects, 0).difference])).toEqual([
      ['A', 'changed', 50],
      ['B', 'dropped', -200],
      ['C', 'dropped', -300],
      ['D', 'added', 50],
    ]);
    expect(itemAt(c.measures, 0).fields).toEqual(['owner', 'fullYearMin', 'fullYearMax', 'effects']);
    expect(c.totals[0]).toEqual({ year: 2024, before: 600, after: 200, difference: -400 });
  });
});

describe('delivery and reconciliation', () => {
  it('divides realised by planned per measure and over the followed-up years', () => {
    const d = planDelivery(
      plan2023,
      [
        { measureCode: 'R1', year: 2023, amount: 200_000 },
        { measureCode: 'U1', year: 2023, amount: 300_000 },
      ],
      years,
      'mid',
    );
    expect(d.followedUpYears).toEqual([2023]);
    expect(findIn(d.measures, (m) => m.code === 'R1').share).toBeCloseTo(0.4);
    expect(d.totals[0]).toMatchObject({ planned: 1_600_000, realised: 500_000 });
    expect(d.share).toBeCloseTo(500_000 / 1_600_000);
    expect(d.totals[1]).toMatchObject({ planned: 30_880_000, realised: null, share: null });
  });

  it('says how much of the gap the effects cover', () => {
    const base = { year: 2024, forecastDeficit: 30, unallocatedReductions: 10, decided: 50, implemented: 20, realised: 5 };
    expect(reconcile(base)).toMatchObject({ toClose: 40, uncovered: 0, coverage: 'decided' });
    expect(reconcile({ ...base, decided: 30 })).toMatchObject({ uncovered: 10, coverage: 'not_covered' });
    expect(reconcile({ ...base, forecastDeficit: -100, unallocatedReductions: null })).toMatchObject({ toClose: 0, coverage: 'no_gap' });
    expect(reconcile({ ...base, realised: 40 }).coverage).toBe('realised');
  });
});
