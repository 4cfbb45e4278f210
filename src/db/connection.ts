import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { AppError } from '../core/errors.ts';

/** The smallest surface every store needs: parameterised SQL returning plain rows. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgresql';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const INT8 = 20;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/** A bigint (amounts, their SQL sums) beyond 2^53 cannot be a JS number exactly: refused, never rounded. */
function int8ToNumber(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw new AppError('validation', `Talet ${value} är för stort för att räknas exakt (över 2^53). Kontrollera beloppen.`);
  return n;
}
const timestampToIso = (value: string) =>
  new Date(value.includes('T') || /[+-]\d\d(:?\d\d)?$/.test(value) ? value : `${value}Z`).toISOString();

export interface ConnectOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` for a throwaway database. */
  dataDir?: string | undefined;
}

export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl);
  return connectPglite(options.dataDir ?? 'memory://');
}

async function connectPglite(dataDir: string): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
  }
  // loaded only when used: a PostgreSQL deployment never pays for the embedded engine
  const { PGlite, types: pgliteTypes } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir, {
    parsers: {
      [INT8]: int8ToNumber,
      [DATE]: (v: string) => v,
      [TIMESTAMP]: timestampToIso,
      [TIMESTAMPTZ]: timestampToIso,
    },
    serializers: { [pgliteTypes.DATE]: (v: unknown) => String(v) },
  });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      await db.close();
      lock?.release();
    },
  };
}

async function connectPostgres(url: string): Promise<Database> {
  const parsers: Record<number, (v: string) => unknown> = {
    [INT8]: int8ToNumber,
    [DATE]: (v) => v,
    [TIMESTAMP]: timestampToIso,
    [TIMESTAMPTZ]: timestampToIso,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server ends (a restart, a terminated backend, a dropped test
  // database) must not crash the process: the pool discards it and opens a new one on next use.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  return {
    kind: 'postgresql',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
