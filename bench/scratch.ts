import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface Scratch {
  /** A fresh database of its own on the PostgreSQL server. */
  dbUrl: string;
  /** A fresh, empty PGlite folder. */
  pgliteDir: string;
  /** Drops the database and removes the folder. */
  dispose(): Promise<void>;
}

/** The two empty targets a benchmark loads into, so that a run never touches anyone's data. */
export async function createScratch(serverUrl: string): Promise<Scratch> {
  const name = `styrbord_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pgliteDir = mkdtempSync(join(tmpdir(), 'styrbord-bench-'));
  return {
    dbUrl: url.toString(),
    pgliteDir,
    async dispose() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      rmSync(pgliteDir, { recursive: true, force: true });
    },
  };
}
