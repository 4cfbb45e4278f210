import { afterAll, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliSandbox, describeCli } from '../testing/cli.ts';
import { itemAt } from '../testing/must.ts';

const { dir, run, remove } = cliSandbox('org-cli');
afterAll(remove);

describeCli('styrbord org export|import', () => {
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
    // an export of its own to spoil, not the one of the test above
    const csv = join(dir, 'org-att-förstöra.csv');
    expect(run('org', 'export', '--format', 'csv', '--out', csv).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    const cells = itemAt(lines, 4).split(';');
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
