import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDataPage, parseGroupPage, parseKpiPage, parseSavedFile, KoladaFormatError } from './rules/parse.ts';
import { average, groupStats, median } from './rules/stats.ts';
import { chunk, KoladaClient, KoladaNetworkError } from './client.ts';
import { startFakeKolada, type FakeKolada } from '../../testing/kolada-stand-in.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/v3/${name}`, import.meta.url), 'utf8'));
const R9 = ['0181', '0380', '0484', '0580', '0581', '0680', '1880', '1980', '2180'];

describe('the Kolada parser', () => {
  it('reads the recorded R9 data and keeps full precision', () => {
    const contents = parseSavedFile(fixture('data-son-r9-2022.json'), 'data-son-r9-2022.json');
    expect(contents.data).toHaveLength(27);
    expect(contents.fetchedAt).toBe('2024-05-02T08:15:00.000Z');
    const lkpg = contents.data.find((d) => d.kpi === 'N35001' && d.municipality === '0580')!;
    expect(lkpg).toMatchObject({ period: 2022, gender: 'T', value: 761, count: 1, status: '', isDeleted: false });
    const real = parseSavedFile(fixture('data-n00945-real.json'), 'real.json').data;
    expect(real.find((d) => d.period === 2000 && d.municipality === '0180')!.value).toBe(31.32959689);
  });

  it('keeps a missing value as null, never 0', () => {
    const real = parseSavedFile(fixture('data-n00945-real.json'), 'real.json').data;
    const missing = real.find((d) => d.period === 1996)!;
    expect(missing.value).toBeNull();
    expect(missing.count).toBe(0);
    const gavle = parseSavedFile(fixture('data-n35001-r9-2021-null.json'), 'null.json').data.find((d) => d.municipality === '2180')!;
    expect(gavle.value).toBeNull();
  });

  it('reads KPI, municipality and group metadata, also in the v2 spelling', () => {
    const kpis = parseSavedFile(fixture('kpi-son.json'), 'kpi.json').kpis;
    expect(kpis.find((k) => k.id === 'N35001')).toMatchObject({ title: 'Kostnad missbruksvård vuxna, kr/inv', isDividedByGender: false, auspice: 'T', publicationDate: '2026-08-28' });
    const groups = parseSavedFile(fixture('municipality_groups-G96092.json'), 'g.json').groups;
    expect(groups[0]!.members.map((m) => m.id)).toEqual(R9);
    const v2 = parseKpiPage({ values: [{ id: 'N00001', title: 'x', is_divided_by_gender: 1, auspices: 'E' }], next_page: 'http://x/page2' }, 'v2');
    expect(v2.items[0]).toMatchObject({ isDividedByGender: true, auspice: 'E' });
    expect(v2.nextUrl).toBe('http://x/page2');
    expect(parseGroupPage({ values: [{ id: 'G1', title: 't', members: [{ id: '0580', title: 'Linköping' }] }] }, 'v2').items[0]!.members[0]!.id).toBe('0580');
  });

  it('is lenient on the envelope and strict on the payload', () => {
    expect(parseDataPage({ values: [], next_url: '' }, 's').nextUrl).toBeNull();
    expect(parseDataPage({ values: [] }, 's').nextUrl).toBeNull();
    const row = { kpi: 'N35001', municipality: '0580', period: '2022', values: [{ gender: 'T', count: 1, status: '', value: 1, is_deleted: 1 }] };
    expect(parseDataPage({ values: [row] }, 's').items[0]).toMatchObject({ period: 2022, isDeleted: true });
    const bad = (patch: Record<string, unknown>, inner: Record<string, unknown> = {}) =>
      () => parseDataPage({ values: [{ ...row, ...patch, values: [{ ...row.values[0], ...inner }] }] }, 'fil.json');
    expect(bad({ kpi: 'X1' })).toThrow(KoladaFormatError);
    expect(bad({ municipality: '580' })).toThrow(/kommunkod/);
    expect(bad({}, { gender: 'F' })).toThrow(/könskod "F"/);
    expect(bad({}, { value: '761' })).toThrow(/values\[0\]\.values\[0\]\.value/);
  });
});

describe('group statistics', () => {
  it('computes the R9 averages printed in the internal budget 2024 from the nine members', () => {
    const data = parseSavedFile(fixture('data-son-r9-2022.json'), 'f').data;
    for (const [kpi, printed] of [['N35001', 1063], ['N33022', 9260], ['N33009', 913]] as const) {
      const stats = groupStats(R9, (c) => data.find((d) => d.kpi === kpi && d.municipality === c)?.value);
      expect(stats.membersWithValue).toBe(9);
      expect(Math.round(stats.average!)).toBe(printed);
    }
  });

  it('leaves missing members out and counts them', () => {
    const data = parseSavedFile(fixture('data-n35001-r9-2021-null.json'), 'f').data;
    const stats = groupStats(R9, (c) => data.find((d) => d.municipality === c)?.value);
    expect(stats).toMatchObject({ membersWithValue: 8, memberCount: 9, missing: ['2180'] });
    const present = data.filter((d) => d.value !== null).map((d) => d.value!);
    expect(stats.average).toBeCloseTo(present.reduce((a, b) => a + b) / 8, 9);
    expect(stats.average).not.toBeCloseTo(present.reduce((a, b) => a + b) / 9, 3);
    expect(groupStats(R9, () => null)).toMatchObject({ average: null, median: null, membersWithValue: 0 });
    expect(groupStats(R9, () => 1, '0580').memberCount).toBe(8);
  });

  it('median and average agree with their definitions', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
      const a = average(xs)!;
      return a >= Math.min(...xs) - 1e-6 && a <= Math.max(...xs) + 1e-6;
    }));
  });
});

describe('the Kolada v3 client against a local fake server', () => {
  let fake: FakeKolada;
  const client = (options: ConstructorParameters<typeof KoladaClient>[0] = {}) =>
    new KoladaClient({ baseUrl: fake.baseUrl, requestsPerSecond: 1000, retryBaseMs: 1, ...options });
  beforeAll(async () => {
    fake = await startFakeKolada();
  });
  afterAll(() => fake.close());

  it('follows next_url through every page', async () => {
    fake.requests.length = 0;
    const c = client({ perPage: 4 });
    const rows = await c.data(['N35001', 'N33022', 'N33009'], R9, [2022]);
    expect(rows).toHaveLength(27);
    expect(fake.requests).toHaveLength(7);
    expect(fake.requests[1]).toMatch(/page=2/);
    expect(c.recorded).toHaveLength(7);
    // the recorded pages are a saved file the offline import reads with the same parser
    expect(parseSavedFile(JSON.parse(JSON.stringify(c.recorded)), 'saved.json').data).toHaveLength(27);
  });

  it('batches lists into at most 25 values per path segment', async () => {
    fake.requests.length = 0;
    const many = Array.from({ length: 30 }, (_, i) => String(1000 + i).padStart(4, '0')).concat(R9);
    const rows = await client().data(['N35001'], many, [2021, 2022]);
    expect(rows.filter((r) => r.period === 2022)).toHaveLength(9);
    expect(fake.requests).toHaveLength(2);
    for (const r of fake.requests) expect(decodeURIComponent(r).split('/municipality/')[1]!.split('/')[0]!.split(',').length).toBeLessThanOrEqual(25);
    expect(chunk(Array.from({ length: 51 }, (_, i) => i)).map((c) => c.length)).toEqual([25, 25, 1]);
  });

  it('retries politely after 429 and then succeeds', async () => {
    fake.requests.length = 0;
    const waits: number[] = [];
    fake.fail429(2);
    const kpis = await client({ sleep: async (ms) => { waits.push(ms); } }).kpis(['N35001']);
    expect(kpis[0]!.id).toBe('N35001');
    expect(fake.requests).toHaveLength(3);
    expect(waits.filter((w) => w === 0)).toHaveLength(2); // Retry-After: 0
  });

  it('gives up after the allowed retries', async () => {
    fake.fail429(10);
    await expect(client({ maxRetries: 2 }).kpis(['N35001'])).rejects.toThrow(/429 efter 3 försök/);
    fake.fail429(0);
  });

  it('searches KPI titles and reads groups', async () => {
    expect((await client().searchKpis('missbruk')).map((k) => k.id)).toEqual(['N35001']);
    expect((await client().municipalityGroups(['G96092']))[0]!.members).toHaveLength(9);
  });

  it('says clearly when Kolada cannot be reached', async () => {
    await expect(new KoladaClient({ baseUrl: 'http://127.0.0.1:1/v3', retryBaseMs: 1 }).kpis(['N35001'])).rejects.toThrow(KoladaNetworkError);
  });
});
