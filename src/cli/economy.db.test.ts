import { afterAll, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cliSandbox, describeCli } from '../testing/cli.ts';
import { itemAt } from '../testing/must.ts';

const sandbox = cliSandbox('economy-cli');
afterAll(() => sandbox.remove());

describeCli('styrbord economy and charter commands', () => {
  it('answers the charter questions of the foundation issue', () => {
    const elder = sandbox.run('charter', 'lookup', '--law', 'SoL', '--age', '70', '--intervention', 'hemtjänst', '--date', '2023-06-01');
    expect(elder.code).toBe(0);
    expect(elder.stdout).toMatch(/^Äldrenämnden/);
    const lss = sandbox.run(
      'charter',
      'lookup',
      '--law',
      'LSS',
      '--age',
      '30',
      '--intervention',
      'bostad med särskild service',
      '--date',
      '2023-06-01',
    );
    expect(lss.stdout).toMatch(/^Social- och omsorgsnämnden/);
    expect(
      sandbox.run('charter', 'lookup', '--law', 'SoL', '--age', '70', '--intervention', 'hemtjänst', '--date', '2024-06-01').stdout,
    ).toMatch(/^Vård- och omsorgsnämnden/);
    const bad = sandbox.run('charter', 'lookup', '--law', 'SoL', '--age', 'sjuttio');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/age/);
  });

  it('exports the internal budget operating summary as csv in whole kronor', () => {
    const res = sandbox.run('export', 'operating-summary', '--committee', 'SON', '--year', '2024', '--format', 'csv');
    expect(res.code).toBe(0);
    const rows = parse(res.stdout) as string[][];
    expect(rows[0]).toEqual([
      'Rad',
      'Utfall 2022',
      'Budget 2023',
      'Budget 2024',
      'Plan 2025',
      'Plan 2026',
      'Plan 2027',
      'Plan 2028',
      'Plan 2029',
    ]);
    expect(rows.find((r) => r[0] === 'Ny gruppbostad Harvestad')).toEqual([
      'Ny gruppbostad Harvestad',
      '',
      '',
      '2000000',
      '6000000',
      '6000000',
      '6000000',
      '6000000',
      '6000000',
    ]);
  });

  it('reports where the printed totals do not add up', () => {
    const res = sandbox.run('check', '--committee', 'SON', '--year', '2024', '--json');
    expect(res.code).toBe(0);
    const { findings } = JSON.parse(res.stdout) as { findings: { kind: string; message: string }[] };
    expect(findings.filter((f) => f.kind === 'control_total' && f.message.startsWith('Driftsammandrag'))).toHaveLength(10);
    expect(findings.filter((f) => f.kind === 'tables_disagree')).toHaveLength(5);
    expect(findings.some((f) => /2022: tryckt nettokostnad/.test(f.message))).toBe(true);
  });

  it('exports the follow-up for a month and the forecast accuracy of a closed year', () => {
    const followUp = sandbox.run(
      'export',
      'operating-summary',
      '--committee',
      'SON',
      '--year',
      '2024',
      '--month',
      '10',
      '--format',
      'json',
    );
    const table = JSON.parse(followUp.stdout) as { rows: { label: string; values: (number | null)[] }[] };
    expect(itemAt(table.rows, -3).label).toBe('Summa');
    const accuracy = sandbox.run('export', 'forecast-accuracy', '--committee', 'SON', '--year', '2023');
    expect(accuracy.code).toBe(0);
    expect(accuracy.stdout.split('\n')[0]).toMatch(/^Verksamhet,Slutligt utfall,Månad 1/);
    const open = sandbox.run('export', 'forecast-accuracy', '--committee', 'SON', '--year', '2024');
    expect(open.code).toBe(1);
    expect(open.stderr).toMatch(/inte avslutat/);
  });

  it('says which committee is unknown', () => {
    const res = sandbox.run('export', 'operating-summary', '--committee', 'XYZ', '--year', '2024');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Nämnden XYZ finns inte/);
  });
});
