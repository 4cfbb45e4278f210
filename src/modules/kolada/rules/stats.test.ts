import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { must } from '../../../testing/must.ts';
import { parseSavedFile } from './parse.ts';
import { average, groupStats, median } from './stats.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/v3/${name}`, import.meta.url), 'utf8'));
const R9 = ['0181', '0380', '0484', '0580', '0581', '0680', '1880', '1980', '2180'];

describe('group statistics', () => {
  it('computes the R9 averages printed in the internal budget 2024 from the nine members', () => {
    const data = parseSavedFile(fixture('data-son-r9-2022.json'), 'f').data;
    for (const [kpi, printed] of [
      ['N35001', 1063],
      ['N33022', 9260],
      ['N33009', 913],
    ] as const) {
      const stats = groupStats(R9, (c) => data.find((d) => d.kpi === kpi && d.municipality === c)?.value);
      expect(stats.membersWithValue).toBe(9);
      expect(Math.round(must(stats.average, `the R9 average of ${kpi}`))).toBe(printed);
    }
  });

  it('leaves missing members out and counts them', () => {
    const data = parseSavedFile(fixture('data-n35001-r9-2021-null.json'), 'f').data;
    const stats = groupStats(R9, (c) => data.find((d) => d.municipality === c)?.value);
    expect(stats).toMatchObject({ membersWithValue: 8, memberCount: 9, missing: ['2180'] });
    const present = data.flatMap((d) => (d.value === null ? [] : [d.value]));
    expect(stats.average).toBeCloseTo(present.reduce((a, b) => a + b) / 8, 9);
    expect(stats.average).not.toBeCloseTo(present.reduce((a, b) => a + b) / 9, 3);
    expect(groupStats(R9, () => null)).toMatchObject({ average: null, median: null, membersWithValue: 0 });
    expect(groupStats(R9, () => 1, '0580').memberCount).toBe(8);
  });

  it('median and average agree with their definitions', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const a = must(average(xs), 'the average of a non-empty list');
        return a >= Math.min(...xs) - 1e-6 && a <= Math.max(...xs) + 1e-6;
      }),
    );
  });
});
