import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cliSandbox, describeCli } from '../testing/cli.ts';
import { startFakeKolada, type FakeKolada } from '../testing/kolada-stand-in.ts';
import { findIn, must } from '../testing/must.ts';

const sandbox = cliSandbox('goals-cli');
const fixture = (name: string) => fileURLToPath(new URL(`../modules/kolada/fixtures/v3/${name}`, import.meta.url));
let fake: FakeKolada;

/** Like sandbox.run, but without blocking the event loop, so the fake Kolada server in this process can answer. */
function runAsync(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, STYRBORD_DATA_DIR: join(sandbox.dir, 'data'), ...env };
    delete childEnv.DATABASE_URL;
    const child = spawn(process.execPath, ['bin/styrbord.mjs', ...args], { env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  fake = await startFakeKolada();
});
afterAll(async () => {
  await fake.close();
  sandbox.remove();
});

describeCli('styrbord export goals, goals and kolada', () => {
  it('lists every indicator of the internal budget 2024 with goal area, committee goal, values and directions for 2024 and 2025', () => {
    const res = sandbox.run('export', 'goals', '--committee', 'SON', '--year', '2024', '--format', 'csv');
    expect(res.code).toBe(0);
    const [head, ...rows] = parse(res.stdout) as string[][];
    const header = must(head, 'a header row');
    const col = (name: string) => header.indexOf(name);
    expect(header.slice(0, 5)).toEqual(['Målområde', 'KF-mål', 'Nämndmål', 'Indikator', 'Kön']);
    for (const name of ['2022', '2023', 'augusti 2023', 'Riktning 2024', 'Riktning 2025']) expect(col(name)).toBeGreaterThan(0);
    const totals = rows.filter((r) => r[col('Kön')] === 'Totalt');
    expect(totals).toHaveLength(20);
    const missbruk = findIn(rows, (r) => r[col('Kolada-id')] === 'N35001');
    expect(missbruk[col('Målområde')]).toBe('Ekonomi');
    expect(missbruk[col('Nämndmål')]).toBe('Hållbar ekonomi');
    expect(missbruk[col('2022')]).toBe('761');
    expect(missbruk[col('Jämförelsevärde (snitt)')]).toBe('1063');
    expect(missbruk[col('Måluppfyllelse 2024')]).toBe('uppfyllt');
    expect(missbruk[col('Riktning 2025')]).toBe('Samma eller lägre än R9-snitt');
    const sickMen = findIn(rows, (r) => r[col('Indikator')] === 'Total sjukfrånvaro' && r[col('Kön')] === 'Män');
    expect([sickMen[col('2022')], sickMen[col('2023')], sickMen[col('Riktning 2024')], sickMen[col('Obligatorisk')]]).toEqual([
      '4.8',
      '3.6',
      'Bibehålla',
      'ja',
    ]);
    expect(findIn(rows, (r) => r[col('Indikator')]?.startsWith('Andel personer som fått hyresavtal'))[col('augusti 2023')]).toBe('53');
  });

  it('imports a saved Kolada file and shows the group average with the missing member counted', () => {
    const res = sandbox.run('kolada', 'import', fixture('data-n35001-r9-2021-null.json'));
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/9 värden \(1 saknade\)/);
    const bench = sandbox.run('kolada', 'benchmark', '--kpi', 'N35001', '--group', 'R9', '--json');
    const { series } = JSON.parse(bench.stdout) as {
      series: { year: number; membersWithValue: number; missing: string[]; average: number }[];
    };
    expect(series.find((s) => s.year === 2021)).toMatchObject({ membersWithValue: 8, missing: ['2180'] });
    expect(Math.round(findIn(series, (s) => s.year === 2022).average)).toBe(1063);
    const broken = sandbox.run('kolada', 'import', 'finns-inte.json');
    expect(broken.code).toBe(1);
  });

  it('says clearly when Kolada cannot be reached', async () => {
    const res = await runAsync(
      { STYRBORD_KOLADA_URL: 'http://127.0.0.1:1/v3' },
      'kolada',
      'fetch',
      '--kpi',
      'N35001',
      '--municipality',
      '0580',
      '--year',
      '2022',
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Kunde inte nå Kolada/);
    expect(res.stderr).toMatch(/kolada import/);
  });

  it('fetches through the live client (here a local stand-in) and saves the pages as a file', async () => {
    const out = join(sandbox.dir, 'hamtat.json');
    const res = await runAsync(
      { STYRBORD_KOLADA_URL: fake.baseUrl },
      'kolada',
      'fetch',
      '--kpi',
      'N35001,N33022',
      '--group',
      'R9',
      '--year',
      '2022',
      '--save',
      out,
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Hämtade 18 värden/);
    expect(fake.requests.some((r) => r.startsWith('/v3/data/kpi/N35001,N33022/municipality/'))).toBe(true);
    expect((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length).toBeGreaterThan(0);
    expect(sandbox.run('kolada', 'import', out).code).toBe(0);
  });

  it('answers in English when LANG asks for it, e.g. for an unknown committee', async () => {
    const en = { LANG: 'en_GB.UTF-8' };
    const unknown = await runAsync(en, 'export', 'goals', '--committee', 'NOPE', '--year', '2024', '--format', 'csv');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('Error: Not found: committee NOPE.');
  }, 90_000);

  it('exports and re-imports indicator values and targets', () => {
    const file = join(sandbox.dir, 'indikatorer.xlsx');
    expect(sandbox.run('goals', 'export-data', '--committee', 'SON', '--format', 'xlsx', '--out', file).code).toBe(0);
    const res = sandbox.run('goals', 'import', file, '--committee', 'SON');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/0 mål sparade/);
  });
});
