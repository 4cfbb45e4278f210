import { resolve } from 'node:path';
import { connect, type Database } from './connection.ts';
import { migrate } from './migrate.ts';

export interface DatabaseSettings {
  databaseUrl: string | undefined;
  dataDir: string;
}

/** DATABASE_URL selects a PostgreSQL server; otherwise PGlite in STYRBORD_DATA_DIR (default ./data). */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.STYRBORD_DATA_DIR || 'data'),
  };
}

export function describe(settings: DatabaseSettings): string {
  return settings.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite i ${settings.dataDir}`;
}

/** Connects and brings the schema up to date. */
export async function openDatabase(settings: DatabaseSettings = settingsFromEnv()): Promise<Database> {
  const db = await connect(settings);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
