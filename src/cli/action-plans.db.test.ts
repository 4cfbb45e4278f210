import { afterAll, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { cliSandbox, describeCli } from '../testing/cli.ts';
import { itemAt } from '../testing/must.ts';

const sandbox = cliSandbox('action-plan-cli');
afterAll(() => sandbox.remove());

describeCli('styrbord action-plan commands', () => {
  it('exports the 2023 plan per area with full-year effect, effect per year and a total from the rows', () => {
    const res = sandbox.run('export', 'action-plan-summary', '--committee', 'SON', '--plan', '2023', '--format', 'csv');
    expect(res.code).toBe(0);
    const rows = parse(res.stdout) as string[][];
    expect(rows).toEqual([
      ['Område', 'Helårseffekt', 'Effekt 2023', 'Effekt 2024', 'Effekt 2025', 'Effekt 2026'],
      ['Förändring av riktlinjer', '8000000', '500000', '8000000', '8000000', '8000000'],
      ['Boende och boendeformer', '36980000', '800000', '16000000', '31090000', '36980000'],
      ['Icke lagstadgad verksamhet', '8880000', '', '5380000', '8280000', '8280000'],
      ['Utveckling/innovation', '', '', '', '', ''],
      ['Upphandling', '1500000', '300000', '1500000', '1500000', '1500000'],
      ['Summa', '55360000', '1600000', '30880000', '48870000', '54760000'],
    ]);
    for (let c = 1; c < 6; c++) {
      expect(Number(itemAt(rows, -1)[c])).toBe(rows.slice(1, -1).reduce((acc, r) => acc + Number(r[c] || 0), 0));
    }
  });

  it('reports the full-year total that does not add up and the area whose full-year effect differs from 2026', () => {
    const res = sandbox.run('check', '--committee', 'SON');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(
      /Åtgärdsplan 2023 \(version 1\): Åtgärdsplan 2023, Beräkning kostnadsreducering: tryckt summan, helårseffekt \(54,76\u00a0mnkr\) stämmer inte med åtgärdernas summa \(55,36\u00a0mnkr\)/,
    );
    expect(res.stdout).toMatch(
      /Icke lagstadgad verksamhet: helårseffekten 8,88\u00a0mnkr skiljer sig från effekten 2026 \(8,28\u00a0mnkr\)/,
    );
    const json = JSON.parse(sandbox.run('check', '--committee', 'SN', '--json').stdout) as { findings: { area: string }[] };
    expect(json.findings.filter((f) => f.area === 'action-plan')).toEqual([]);
  });

  it('lists plans, writes the template and exports delivery and reconciliation', () => {
    expect(sandbox.run('action-plan', 'list', '--committee', 'SON').stdout).toMatch(/Åtgärdsplan 2023 \(2023–2026\), 8 åtgärder/);
    const out = join(sandbox.dir, 'mall.xlsx');
    expect(sandbox.run('action-plan', 'template', '--committee', 'SON', '--plan', '2023', '--out', out).code).toBe(0);
    const delivery = sandbox.run('export', 'action-plan-delivery', '--committee', 'SON');
    expect(delivery.stdout.split('\n')[1]).toMatch(/^Åtgärdsplan 2023 \(2023\),1600000,800000,50$/);
    const rec = sandbox.run('export', 'action-plan-reconciliation', '--committee', 'SON', '--format', 'json');
    expect((JSON.parse(rec.stdout) as { rows: unknown[] }).rows).toHaveLength(4);
    const missing = sandbox.run('export', 'action-plan-summary', '--committee', 'SON', '--plan', '2019');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ingen åtgärdsplan "2019"/);
  });
});
