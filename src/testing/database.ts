import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Database } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { loadDemo } from '../../demo/load.ts';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by STYRBORD_TEST_PG_URL when the suite runs in its PostgreSQL project.
 */
export interface TestDatabase {
  db: Database;
  drop(): Promise<void>;
}

export const testTarget = (): 'pglite' | 'postgresql' => (process.env.STYRBORD_TEST_TARGET === 'postgresql' ? 'postgresql' : 'pglite');

export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  let db: Database;
  let drop: () => Promise<void>;
  if (testTarget() === 'postgresql') {
    const serverUrl = process.env.STYRBORD_TEST_PG_URL;
    if (!serverUrl) throw new Error('STYRBORD_TEST_PG_URL saknas för PostgreSQL-testerna');
    const name = `styrbord_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = await connect({ databaseUrl: url.toString() });
    drop = async () => {
      await db.close();
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  } else {
    db = await connect({ dataDir: 'memory://' });
    drop = () => db.close();
  }
  await migrate(db);
  if (options.demo) await loadDemo(db, 'test');
  return { db, drop };
}
