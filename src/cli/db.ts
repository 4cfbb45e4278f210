import type { Database } from '../db/connection.ts';
import { openDatabase, settingsFromEnv } from '../db/open.ts';
import { loadDemo } from '../../demo/load.ts';
import { demoModeAllowed } from '../modules/auth/rules/demo-mode.ts';
import { systemActor, type Actor } from '../core/actor.ts';
import { userInfo } from 'node:os';

/** The CLI works on the same database as the server; a new database gets the demo in demo mode, like `npm start`. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>, options: { demo?: boolean } = { demo: true }): Promise<T> {
  const db = await openDatabase(settingsFromEnv());
  try {
    if (options.demo !== false && demoModeAllowed(db.kind)) await loadDemo(db, cliActor().name);
    return await fn(db);
  } finally {
    await db.close();
  }
}

export function cliActor(): Actor {
  return systemActor(`cli:${userInfo().username}`);
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
