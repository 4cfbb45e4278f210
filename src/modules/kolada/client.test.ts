import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSavedFile } from './rules/parse.ts';
import { chunk, KoladaClient, KoladaNetworkError } from './client.ts';
import { startFakeKolada, type FakeKolada } from '../../testing/kolada-stand-in.ts';
import { itemAt } from '../../testing/must.ts';

const R9 = ['0181', '0380', '0484', '0580', '0581', '0680', '1880', '1980', '2180'];

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
    for (const r of fake.requests) {
      const municipalities = itemAt(
        itemAt(decodeURIComponent(r).split('/municipality/'), 1, `a municipality segment in ${r}`).split('/'),
        0,
      );
      expect(municipalities.split(',').length).toBeLessThanOrEqual(25);
    }
    expect(chunk(Array.from({ length: 51 }, (_, i) => i)).map((c) => c.length)).toEqual([25, 25, 1]);
  });

  it('retries politely after 429 and then succeeds', async () => {
    fake.requests.length = 0;
    const waits: number[] = [];
    fake.fail429(2);
    const kpis = await client({
      sleep: async (ms) => {
        waits.push(ms);
      },
    }).kpis(['N35001']);
    expect(itemAt(kpis, 0).id).toBe('N35001');
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
    expect(itemAt(await client().municipalityGroups(['G96092']), 0).members).toHaveLength(9);
  });

  it('says clearly when Kolada cannot be reached', async () => {
    await expect(new KoladaClient({ baseUrl: 'http://127.0.0.1:1/v3', retryBaseMs: 1 }).kpis(['N35001'])).rejects.toThrow(
      KoladaNetworkError,
    );
  });
});
