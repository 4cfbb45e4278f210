import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { testTarget } from './database.ts';

/** The CLI always runs on its own PGlite data directory, so CLI tests run once, in the PGlite project. */
export const describeCli = testTarget() === 'pglite' ? describe : describe.skip;

/** A throwaway data directory and a runner for `styrbord …` in it, exactly as a user types it. */
export function cliSandbox(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `styrbord-${prefix}-`));
  const run = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, STYRBORD_DATA_DIR: join(dir, 'data') };
    delete env.DATABASE_URL;
    const res = spawnSync(process.execPath, ['bin/styrbord.mjs', ...args], { env, encoding: 'utf8', timeout: 120_000 });
    return { code: res.status, stdout: res.stdout, stderr: res.stderr };
  };
  return { dir, run, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
