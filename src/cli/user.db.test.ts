import { afterAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cliSandbox, describeCli } from '../testing/cli.ts';

const { dir, run, remove } = cliSandbox('user-cli');
afterAll(remove);

/** `styrbord …` with the new password piped to stdin, as a script would. */
function withStdin(input: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, STYRBORD_DATA_DIR: join(dir, 'data') };
  delete env.DATABASE_URL;
  const res = spawnSync(process.execPath, ['bin/styrbord.mjs', ...args], { env, input, encoding: 'utf8', timeout: 120_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describeCli('styrbord user passwd|add', () => {
  it('sets a password that passes the policy, refuses one that does not, and audits the change', () => {
    expect(run('demo', 'load').code).toBe(0);
    const common = withStdin('styrbord1234\n', 'user', 'passwd', 'politiker');
    expect(common.code).toBe(1);
    expect(common.stderr).toMatch(/för vanligt/);
    expect(withStdin('politiker-hemligt-2026\n', 'user', 'passwd', 'politiker').stderr).toMatch(/användarnamnet/);
    expect(withStdin('x\n', 'user', 'passwd', 'ingen-sadan').code).toBe(1);

    const changed = withStdin('Ett lösenord ingen gissar 2026\n', 'user', 'passwd', 'politiker');
    expect(changed.stderr).toBe('');
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/Lösenordet för politiker är bytt/);

    const audit = run('audit', 'list', '--entity', 'app_user', '--id', 'politiker', '--json');
    const events = JSON.parse(audit.stdout) as { command: string; after: Record<string, unknown> }[];
    expect(events.map((e) => e.command)).toContain('auth.password_change');
    expect(audit.stdout).not.toContain('Ett lösenord');
  }, 120_000);

  it('creates an account with a policy-checked password', () => {
    expect(withStdin('kort\n', 'user', 'add', 'nyadmin', '--role', 'admin', '--name', 'Ny Administratör').code).toBe(1);
    const added = withStdin('Ett annat långt lösenord 77\n', 'user', 'add', 'nyadmin', '--role', 'admin', '--name', 'Ny Administratör');
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/Kontot nyadmin \(admin\) är skapat/);
    expect(withStdin('Ett annat långt lösenord 77\n', 'user', 'add', 'nyadmin', '--role', 'admin', '--name', 'X').code).toBe(1);
  }, 120_000);
});
