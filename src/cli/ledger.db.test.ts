import { afterAll, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliSandbox, describeCli } from '../testing/cli.ts';

const { dir, run, remove } = cliSandbox('ledger-cli');
afterAll(remove);

describeCli('styrbord ledger', () => {
  it('imports a file, shows the history and exports the mapping rules', () => {
    const file = join(dir, 'dec.csv');
    writeFileSync(file, 'månad;ansvar;verksamhet;konto;belopp\n2024-12;61010;IFO-BOU;4610;1 000,50\n2024-12;61010;FH;3100;-500\n');
    const imported = run('ledger', 'import', file, '--committee', 'SON', '--year', '2024');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Importen av dec\.csv är klar: 2 rader, månad 12 2024, 2 summerade rader/);
    const history = run('ledger', 'history', '--committee', 'SON', '--year', '2024', '--json');
    expect(history.code).toBe(0);
    expect(JSON.parse(history.stdout).map((i: { fileName: string }) => i.fileName)).toEqual(['dec.csv', 'syntetisk-huvudbok-2024.csv']);
    const out = join(dir, 'regler.xlsx');
    expect(run('ledger', 'mappings', 'export', '--committee', 'SON', '--format', 'xlsx', '--out', out).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const csv = run('ledger', 'mappings', 'export', '--committee', 'SON', '--format', 'csv');
    expect(csv.stdout).toContain(';IFO-BOU;3000;8999;IFO-BOU;');
  }, 120_000);

  it('exits 1 on a bad file and names the row', () => {
    const file = join(dir, 'fel.csv');
    writeFileSync(file, 'månad;ansvar;verksamhet;konto;belopp\n2024-12;61010;IFO-BOU;4610;100\n2024-12;61010;IFO-BOU;4610;mycket\n');
    const res = run('ledger', 'import', file, '--committee', 'SON', '--year', '2024');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('fel.csv, rad 3, kolumn belopp');
    expect(run('ledger', 'history', '--committee', 'SON', '--json').stdout).not.toContain('fel.csv');
    expect(run('ledger', 'import', join(dir, 'saknas.csv'), '--committee', 'SON', '--year', '2024').code).toBe(1);
  }, 120_000);
});
