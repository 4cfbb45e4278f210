import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Database } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { grantRuntimeRole } from '../db/roles.ts';
import { loadDemo } from '../../demo/load.ts';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by STYRBORD_TEST_PG_URL when the suite runs in its PostgreSQL project.
 * On PostgreSQL the tests run as the application does in production: the schema is migrated by
 * the server's superuser (the owner) and the code under test connects as a runtime role.
 */
export interface TestDatabase {
  db: Database;
  drop(): Promise<void>;
}

export const testTarget = (): 'pglite' | 'postgresql' => (process.env.STYRBORD_TEST_TARGET === 'postgresql' ? 'postgresql' : 'pglite');

/** The runtime role every test database grants to; roles are per server, so it is shared. */
export const TEST_RUNTIME_ROLE = 'styrbord_runtime';
const TEST_RUNTIME_PASSWORD = 'styrbord_runtime';

function serverUrl(): string {
  const url = process.env.STYRBORD_TEST_PG_URL;
  if (!url) throw new Error('STYRBORD_TEST_PG_URL saknas för PostgreSQL-testerna');
  return url;
}

async function asAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** Creates the runtime role once per server; test files start in parallel, so losing the race is fine. */
async function ensureRuntimeRole(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query('select 1 from pg_roles where rolname = $1', [TEST_RUNTIME_ROLE]);
  if (rows.length > 0) return;
  try {
    await admin.query(
      `create role ${TEST_RUNTIME_ROLE} login password '${TEST_RUNTIME_PASSWORD}' nosuperuser nocreatedb nocreaterole nobypassrls`,
    );
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== '42710' && code !== '23505') throw err;
  }
}

/** A new, empty PostgreSQL database: its owner's (superuser's) URL, the runtime role's URL, and how to drop it. */
export async function createPostgresDatabase(prefix: string): Promise<{ ownerUrl: string; runtimeUrl: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await asAdmin(async (admin) => {
    await ensureRuntimeRole(admin);
    await admin.query(`create database ${name}`);
  });
  const owner = new URL(serverUrl());
  owner.pathname = `/${name}`;
  const runtime = new URL(owner);
  runtime.username = TEST_RUNTIME_ROLE;
  runtime.password = TEST_RUNTIME_PASSWORD;
  return {
    ownerUrl: owner.toString(),
    runtimeUrl: runtime.toString(),
    drop: () =>
      asAdmin(async (admin) => {
        await admin.query(`drop database if exists ${name} with (force)`);
      }),
  };
}

export async function createTestDatabase(options: { demo?: boolean; asOwner?: boolean } = {}): Promise<TestDatabase> {
  let db: Database;
  let drop: () => Promise<void>;
  if (testTarget() === 'postgresql') {
    const created = await createPostgresDatabase('styrbord_test');
    const owner = await connect({ databaseUrl: created.ownerUrl });
    try {
      await migrate(owner);
      await grantRuntimeRole(owner, TEST_RUNTIME_ROLE);
    } finally {
      if (!options.asOwner) await owner.close();
    }
    db = options.asOwner ? owner : await connect({ databaseUrl: created.runtimeUrl });
    drop = async () => {
      await db.close();
      await created.drop();
    };
  } else {
    db = await connect({ dataDir: 'memory://' });
    drop = () => db.close();
  }
  await migrate(db);
  if (options.demo) await loadDemo(db, 'test');
  return { db, drop };
}
