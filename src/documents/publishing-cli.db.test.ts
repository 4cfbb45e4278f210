import { afterAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { cliSandbox, describeCli } from '../testing/cli.ts';
import { connect } from '../db/connection.ts';
import { systemActor } from '../core/actor.ts';
import { execute } from '../db/command.ts';
import { publishDocument } from './decide.ts';
import { queryOne } from '../db/rows.ts';

const sandbox = cliSandbox('publishing-cli');
afterAll(() => sandbox.remove());

describeCli('styrbord settings set four-eyes and styrbord document withdraw', () => {
  it('refuses the preparer with four eyes on, decides with it off, and withdraws the publication with a reason', async () => {
    const decide = [
      'document',
      'decide',
      'manadsrapport',
      '--committee',
      'SON',
      '--year',
      '2024',
      '--month',
      '10',
      '--date',
      '2024-11-20',
      '--ref',
      '§ 60',
      '--acknowledge',
      'Känt',
    ];
    const on = sandbox.run('settings', 'set', 'four-eyes', 'on', '--municipality', '0580');
    expect(on.stderr).toBe('');
    expect(on.stdout).toMatch(/^Kommun 0580: fyra ögon på/);
    const refused = sandbox.run(...decide);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Fel: Fyra ögon: beslutet måste fattas av någon annan än den som har förberett handlingen/);
    expect(sandbox.run('settings', 'set', 'four-eyes', 'of').code).toBe(1);
    expect(sandbox.run('settings', 'set', 'four-eyes', 'off').code).toBe(0);
    expect(sandbox.run('settings', 'show').stdout).toMatch(/fyra ögon av/);
    const decided = sandbox.run(...decide);
    expect(decided.stderr).toBe('');
    expect(decided.stdout).toMatch(/Beslutade Månadsrapport oktober 2024 v1/);

    const db = await connect({ dataDir: join(sandbox.dir, 'data') });
    try {
      const doc = await queryOne<{ id: number }>(db, "select id from document where type = 'manadsrapport' and status = 'decided'");
      await execute(db, systemActor('test'), publishDocument, { id: doc.id });
    } finally {
      await db.close();
    }
    const withdraw = [
      'document',
      'withdraw',
      'manadsrapport',
      '--committee',
      'SON',
      '--year',
      '2024',
      '--month',
      '10',
      '--reason',
      'Fel period',
    ];
    const withdrawn = sandbox.run(...withdraw);
    expect(withdrawn.stderr).toBe('');
    expect(withdrawn.stdout).toMatch(/^Återkallade publiceringen av Månadsrapport oktober 2024 v1 .*: Fel period/);
    const again = sandbox.run(...withdraw);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/ingen publicerad handling/);
  }, 300_000);
});
