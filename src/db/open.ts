import { resolve } from 'node:path';
import { connect, type Database } from './connection.ts';
import { migrate, pendingMigrations } from './migrate.ts';
import { grantRuntimeRole, hasRuntimeGrants } from './roles.ts';
import { AppError } from '../core/errors.ts';

export interface DatabaseSettings {
  /** The connection the server and the CLI work on: on PostgreSQL the runtime role. */
  databaseUrl: string | undefined;
  /** The schema owner's connection, used only to migrate and to grant the runtime role its rights. */
  ownerUrl?: string | undefined;
  dataDir: string;
}

/**
 * DATABASE_URL selects a PostgreSQL server; otherwise PGlite in STYRBORD_DATA_DIR (default ./data).
 * STYRBORD_MIGRATION_DATABASE_URL names the owner role that migrates; without it DATABASE_URL
 * migrates too, which only works when it is the owner (a single-role installation).
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    ownerUrl: env.STYRBORD_MIGRATION_DATABASE_URL || undefined,
    dataDir: resolve(env.STYRBORD_DATA_DIR || 'data'),
  };
}

export function describe(settings: DatabaseSettings): string {
  if (!settings.databaseUrl) return `PGlite i ${settings.dataDir}`;
  return settings.ownerUrl ? 'PostgreSQL (DATABASE_URL, migrerad med STYRBORD_MIGRATION_DATABASE_URL)' : 'PostgreSQL (DATABASE_URL)';
}

/** Migrates as the owner, then grants the runtime role (DATABASE_URL's user) what it needs. */
async function migrateAsOwner(ownerUrl: string, runtime: Database): Promise<string[]> {
  const owner = await connect({ databaseUrl: ownerUrl });
  try {
    const applied = await migrate(owner);
    const [me] = await runtime.query<{ name: string }>('select current_user as name');
    const [them] = await owner.query<{ name: string }>('select current_user as name');
    if (me && them && me.name !== them.name && (applied.length > 0 || !(await hasRuntimeGrants(owner, me.name)))) {
      await grantRuntimeRole(owner, me.name);
    }
    return applied;
  } finally {
    await owner.close();
  }
}

async function migrateFor(settings: DatabaseSettings, db: Database): Promise<string[]> {
  if (!settings.databaseUrl || !settings.ownerUrl) return migrate(db);
  const applied = await migrateAsOwner(settings.ownerUrl, db);
  const pending = await pendingMigrations(db);
  if (pending.length > 0)
    throw new AppError(
      'conflict',
      `Migreringarna ${pending.join(', ')} syns inte för DATABASE_URL: pekar de två adresserna på samma databas?`,
    );
  return applied;
}

/** Brings the schema up to date (as the owner when one is configured); returns the migrations applied. */
export async function migrateDatabase(settings: DatabaseSettings = settingsFromEnv()): Promise<string[]> {
  const db = await connect(settings);
  try {
    return await migrateFor(settings, db);
  } finally {
    await db.close();
  }
}

/** Connects and brings the schema up to date. */
export async function openDatabase(settings: DatabaseSettings = settingsFromEnv()): Promise<Database> {
  const db = await connect(settings);
  try {
    await migrateFor(settings, db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
