import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findIn, itemAt } from '../../../testing/must.ts';
import { parseDataPage, parseGroupPage, parseKpiPage, parseSavedFile, KoladaFormatError } from './parse.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/v3/${name}`, import.meta.url), 'utf8'));
const R9 = ['0181', '0380', '0484', '0580', '0581', '0680', '1880', '1980', '2180'];

describe('the Kolada parser', () => {
  it('reads the recorded R9 data and keeps full precision', () => {
    const contents = parseSavedFile(fixture('data-son-r9-2022.json'), 'data-son-r9-2022.json');
    expect(contents.data).toHaveLength(27);
    expect(contents.fetchedAt).toBe('2024-05-02T08:15:00.000Z');
    const lkpg = findIn(contents.data, (d) => d.kpi === 'N35001' && d.municipality === '0580');
    expect(lkpg).toMatchObject({ period: 2022, gender: 'T', value: 761, count: 1, status: '', isDeleted: false });
    const real = parseSavedFile(fixture('data-n00945-real.json'), 'real.json').data;
    expect(findIn(real, (d) => d.period === 2000 && d.municipality === '0180').value).toBe(31.32959689);
  });

  it('keeps a missing value as null, never 0', () => {
    const real = parseSavedFile(fixture('data-n00945-real.json'), 'real.json').data;
    const missing = findIn(real, (d) => d.period === 1996);
    expect(missing.value).toBeNull();
    expect(missing.count).toBe(0);
    const gavle = findIn(parseSavedFile(fixture('data-n35001-r9-2021-null.json'), 'null.json').data, (d) => d.municipality === '2180');
    expect(gavle.value).toBeNull();
  });

  it('reads KPI, municipality and group metadata, also in the v2 spelling', () => {
    const kpis = parseSavedFile(fixture('kpi-son.json'), 'kpi.json').kpis;
    expect(kpis.find((k) => k.id === 'N35001')).toMatchObject({
      title: 'Kostnad missbruksvård vuxna, kr/inv',
      isDividedByGender: false,
      auspice: 'T',
      publicationDate: '2026-08-28',
    });
    const groups = parseSavedFile(fixture('municipality_groups-G96092.json'), 'g.json').groups;
    expect(itemAt(groups, 0).members.map((m) => m.id)).toEqual(R9);
    const v2 = parseKpiPage(
      { values: [{ id: 'N00001', title: 'x', is_divided_by_gender: 1, auspices: 'E' }], next_page: 'http://x/page2' },
      'v2',
    );
    expect(v2.items[0]).toMatchObject({ isDividedByGender: true, auspice: 'E' });
    expect(v2.nextUrl).toBe('http://x/page2');
    const v2Group = itemAt(
      parseGroupPage({ values: [{ id: 'G1', title: 't', members: [{ id: '0580', title: 'Linköping' }] }] }, 'v2').items,
      0,
    );
    expect(itemAt(v2Group.members, 0).id).toBe('0580');
  });

  it('is lenient on the envelope and strict on the payload', () => {
    expect(parseDataPage({ values: [], next_url: '' }, 's').nextUrl).toBeNull();
    expect(parseDataPage({ values: [] }, 's').nextUrl).toBeNull();
    const row = {
      kpi: 'N35001',
      municipality: '0580',
      period: '2022',
      values: [{ gender: 'T', count: 1, status: '', value: 1, is_deleted: 1 }],
    };
    expect(parseDataPage({ values: [row] }, 's').items[0]).toMatchObject({ period: 2022, isDeleted: true });
    const bad =
      (patch: Record<string, unknown>, inner: Record<string, unknown> = {}) =>
      () =>
        parseDataPage({ values: [{ ...row, ...patch, values: [{ ...row.values[0], ...inner }] }] }, 'fil.json');
    expect(bad({ kpi: 'X1' })).toThrow(KoladaFormatError);
    expect(bad({ municipality: '580' })).toThrow(/kommunkod/);
    expect(bad({}, { gender: 'F' })).toThrow(/könskod "F"/);
    expect(bad({}, { value: '761' })).toThrow(/values\[0\]\.values\[0\]\.value/);
  });
});
