import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testTarget } from '../testing/database.ts';

// The CLI always runs on its own PGlite data directory, so it is tested once, in the PGlite project.
const cli = testTarget() === 'pglite' ? describe : describe.skip;

let dir: string;
const run = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, STYRBORD_DATA_DIR: join(dir, 'data') };
  delete env.DATABASE_URL;
  const res = spawnSync(process.execPath, ['bin/styrbord.mjs', ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'styrbord-org-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

cli('styrbord org export|import', () => {
  it('exports csv and xlsx, and re-imports them without changes', () => {
    const csv = join(dir, 'org.csv');
    const exported = run('org', 'export', '--format', 'csv', '--out', csv);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/exporterad till .*org\.csv/);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFNämnd;Kod;Namn/);

    const imported = run('org', 'import', csv);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Importen av org\.csv är klar: 0 nya, 0 ändrade och \d+ oförändrade verksamheter/);

    const xlsx = join(dir, 'org.xlsx');
    expect(run('org', 'export', '--format', 'xlsx', '--out', xlsx, '--as-of', '2024-06-01').code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect(run('org', 'import', xlsx).stdout).toMatch(/0 nya, 0 ändrade/);
  }, 120_000);

  it('exits 1 and lists the bad row on stderr', () => {
    const csv = join(dir, 'org.csv');
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    const cells = lines[4]!.split(';');
    cells[6] = 'igår';
    lines[4] = cells.join(';');
    const bad = join(dir, 'fel.csv');
    writeFileSync(bad, lines.join('\r\n'));
    const res = run('org', 'import', bad);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('fel.csv, rad 5, kolumn Giltig från');
    expect(res.stderr).toMatch(/rad/);

    const wrongFormat = run('org', 'export', '--format', 'pdf', '--out', join(dir, 'x.pdf'));
    expect(wrongFormat.code).toBe(1);
    expect(run('org', 'import', join(dir, 'saknas.csv')).code).toBe(1);
  }, 120_000);
});
