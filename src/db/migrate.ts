import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/errors.ts';
import type { Database } from './connection.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

/** The migrations not yet applied; reads only, so the runtime role (which may not run DDL) can ask. */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const [table] = await db.query<{ exists: boolean }>(`select to_regclass('public.schema_migration') is not null as exists`);
  if (!table?.exists) return migrationFiles();
  const names = await db.query<{ name: string }>('select name from schema_migration').catch((err: { code?: string; message: string }) => {
    if (err.code !== '42501') throw err;
    throw new AppError(
      'forbidden',
      `Databasrollen får inte läsa Styrbords tabeller (${err.message}). Ge den rättigheterna med \`styrbord db grant-runtime --role NAMN\` som ägarrollen.`,
    );
  });
  const applied = new Set(names.map((r) => r.name));
  return migrationFiles().filter((f) => !applied.has(f));
}

/** Applies every migration not yet applied, each in its own transaction; returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  if ((await pendingMigrations(db)).length === 0) return [];
  try {
    await db.exec(`create table if not exists schema_migration (
      name text primary key,
      applied_at timestamptz not null default now()
    )`);
  } catch (err) {
    throw new AppError(
      'conflict',
      `Databasschemat behöver uppdateras, men den här användaren får inte ändra det (${(err as Error).message}). Kör \`styrbord migrate\` med ägarrollen i STYRBORD_MIGRATION_DATABASE_URL.`,
    );
  }
  const done: string[] = [];
  for (const file of await pendingMigrations(db)) {
    const sql = readFileSync(migrationsDir + file, 'utf8');
    await db.transaction(async (tx) => {
      if (db.kind === 'postgresql') await tx.query('select pg_advisory_xact_lock(580580)');
      const again = await tx.query('select 1 from schema_migration where name = $1', [file]);
      if (again.length > 0) return;
      await tx.exec(sql);
      await tx.query('insert into schema_migration (name) values ($1)', [file]);
      done.push(file);
    });
  }
  return done;
}
