import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort();
}

/** Applies every migration not yet applied, each in its own transaction; returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(`create table if not exists schema_migration (
    name text primary key,
    applied_at timestamptz not null default now()
  )`);
  const applied = new Set(
    (await db.query<{ name: string }>('select name from schema_migration')).map((r) => r.name),
  );
  const done: string[] = [];
  for (const file of migrationFiles()) {
    if (applied.has(file)) continue;
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
