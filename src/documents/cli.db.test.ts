import { afterAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliSandbox, describeCli } from '../testing/cli.ts';

const sandbox = cliSandbox('documents-cli');
afterAll(() => sandbox.remove());

describeCli('styrbord document decide', () => {
  it('refuses while findings are open, decides once each is acknowledged, and then renders from the template again', () => {
    const args = ['document', 'decide', 'internbudget', '--committee', 'SON', '--year', '2024', '--date', '2024-01-25', '--ref', '§ 12'];
    const refused = sandbox.run(...args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/kontroller är öppna/);
    const decided = sandbox.run(...args, '--acknowledge', 'Avvikelserna finns i referensdokumentet');
    expect(decided.stderr).toBe('');
    expect(decided.code).toBe(0);
    expect(decided.stdout).toMatch(/^Kvitterade \d+ kontroller/);
    expect(decided.stdout).toMatch(/Beslutade Internbudget 2024 v1/);
    expect(decided.stdout).toMatch(/pdf sha256 [0-9a-f]{64}/);
    const out = join(sandbox.dir, 'ib.html');
    const render = sandbox.run(
      'document',
      'render',
      'internbudget',
      '--committee',
      'SON',
      '--year',
      '2024',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(render.stdout).toMatch(/standardmallen/);
    expect(readFileSync(out, 'utf8')).toContain('<caption>Driftsammandrag</caption>');
  }, 120_000);
});
