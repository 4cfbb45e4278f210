import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/errors.ts';
import { acquireDataDirLock, lockPath } from './lock.ts';
import type { DatabaseSettings } from './open.ts';

/**
 * Backup and restore with each engine's own tool: PGlite's data-folder dump (a gzipped tarball of
 * the folder, taken while this process holds the writer lock) and pg_dump/pg_restore in their
 * custom format for PostgreSQL. A restore goes into an empty target only, unless forced.
 */
export type BackupKind = 'pglite' | 'postgresql';

const PGDMP = Buffer.from('PGDMP');
const GZIP = Buffer.from([0x1f, 0x8b]);

/** What a backup file is, from its first bytes. */
export function backupKind(file: string): BackupKind {
  if (!existsSync(file)) throw new AppError('not_found', `Säkerhetskopian ${file} finns inte.`);
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 5).equals(PGDMP)) return 'postgresql';
  if (head.subarray(0, 2).equals(GZIP)) return 'pglite';
  throw new AppError('validation', `${file} är ingen säkerhetskopia från Styrbord (varken en PGlite-dump eller pg_dump i eget format).`);
}

/** A libpq URL without its password, which goes in PGPASSWORD instead of the process list. */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) =>
      reject(new AppError('internal', `${command} kunde inte startas (${err.message}); installera PostgreSQL:s klientprogram.`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new AppError('conflict', `${command} misslyckades: ${stderr.trim() || `slutkod ${code}`}`)),
    );
  });
}

export async function backup(settings: DatabaseSettings, out: string): Promise<BackupKind> {
  if (settings.databaseUrl) {
    const { dbname, env } = libpq(settings.ownerUrl ?? settings.databaseUrl);
    await run('pg_dump', ['--format=custom', '--file', out, '--dbname', dbname], env);
    return 'postgresql';
  }
  if (!existsSync(join(settings.dataDir, 'PG_VERSION')))
    throw new AppError('not_found', `Det finns ingen databas i ${settings.dataDir} att säkerhetskopiera.`);
  const lock = acquireDataDirLock(settings.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(settings.dataDir);
    try {
      const dump = await db.dumpDataDir('gzip');
      writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
  return 'pglite';
}

/** A PGlite folder is empty when it holds nothing but, perhaps, our own lock. */
const folderIsEmpty = (dir: string) => !existsSync(dir) || readdirSync(dir).every((f) => f === 'writer.lock');

export async function restore(settings: DatabaseSettings, file: string, options: { force: boolean }): Promise<BackupKind> {
  const kind = backupKind(file);
  const target: BackupKind = settings.databaseUrl ? 'postgresql' : 'pglite';
  if (kind !== target) {
    throw new AppError(
      'validation',
      `Säkerhetskopian är från ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} men målet är ${target === 'pglite' ? 'PGlite' : 'PostgreSQL'}; återställ den till samma slags databas.`,
    );
  }
  if (settings.databaseUrl) {
    const { dbname, env } = libpq(settings.ownerUrl ?? settings.databaseUrl);
    if (!options.force && !(await postgresIsEmpty(settings.ownerUrl ?? settings.databaseUrl))) {
      throw new AppError(
        'conflict',
        'Måldatabasen innehåller redan tabeller. Återställ till en tom databas, eller ange --force för att ersätta innehållet.',
      );
    }
    // Owned by whoever restores; the runtime role's rights are granted again on the next start.
    await run(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', ...(options.force ? ['--clean', '--if-exists'] : []), '--dbname', dbname, file],
      env,
    );
    return kind;
  }
  const dir = settings.dataDir;
  if (!options.force && !folderIsEmpty(dir)) {
    throw new AppError(
      'conflict',
      `Datamappen ${dir} innehåller redan en databas. Återställ till en ny mapp, eller ange --force för att ersätta den.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const lock = acquireDataDirLock(dir);
  try {
    for (const entry of readdirSync(dir))
      if (join(dir, entry) !== lockPath(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(file)]) });
    await db.close();
  } finally {
    lock.release();
  }
  return kind;
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p')`,
    );
    return (rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}
