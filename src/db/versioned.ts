import { notFound, staleVersion } from '../core/errors.ts';
import { render, type Message } from '../core/messages.ts';
import { required } from '../core/required.ts';
import type { Queryable } from './connection.ts';
import { maybeOne } from './rows.ts';

// Table and column names in these helpers come from code, never from input.

/** A versioned row by id: its table, its name in messages ("åtgärden") and the getter its GET answers with. */
export interface VersionedRow<T> {
  table: string;
  what: Message;
  read: (db: Queryable, id: number) => Promise<T>;
}

/**
 * Updates one row only if its version is the one the caller saw, and bumps the version. Before and
 * after are read with the same getter, so an audit event's two sides have the same keys.
 */
export async function updateVersioned<T>(
  tx: Queryable,
  row: VersionedRow<T>,
  id: number,
  expectedVersion: number,
  changes: Record<string, unknown>,
): Promise<{ before: T; after: T }> {
  const locked = await maybeOne<{ version: number }>(tx, `select version from ${row.table} where id = $1 for update`, [id]);
  if (!locked) throw notFound(row.what);
  if (locked.version !== expectedVersion) throw staleVersion(row.what);
  const before = await row.read(tx, id);
  const columns = Object.keys(changes);
  const assignments = columns.map((c, i) => `${c} = $${i + 2}`);
  await tx.query(`update ${row.table} set ${[...assignments, 'version = version + 1'].join(', ')} where id = $1`, [
    id,
    ...columns.map((c) => changes[c]),
  ]);
  return { before, after: await row.read(tx, id) };
}

export interface VersionedUpsert<T> {
  table: string;
  /** The columns of the row's unique key and their values. */
  key: Record<string, unknown>;
  /** The columns written, on insert and on update alike. */
  values: Record<string, unknown>;
  /** The version the caller saw, 0 when it saw no row; null when an import overwrites whatever is there. */
  expectedVersion: number | null;
  what: Message;
  /** Reads the row as its GET answers: before (when the row exists) and after the write. */
  read: (db: Queryable) => Promise<T | null>;
  /** SQL casts of value columns, e.g. `{ weights: 'int[]' }`. */
  casts?: Record<string, string>;
  /** Columns set to now() when an existing row is updated (an insert takes the column default). */
  stampOnUpdate?: string[];
  /** Runs after the version check, before the write; false leaves the row as it is (nothing to change). */
  beforeWrite?: (before: T | null) => Promise<boolean>;
}

/**
 * Inserts the row, or updates it if the caller saw its current version, and bumps the version.
 * A row inserted by someone else since the caller looked is a stale version too, never overwritten.
 */
export async function upsertVersioned<T>(
  tx: Queryable,
  spec: VersionedUpsert<T>,
): Promise<{ before: T | null; after: T; written: boolean }> {
  const keyColumns = Object.keys(spec.key);
  const valueColumns = Object.keys(spec.values);
  const params = [...keyColumns.map((c) => spec.key[c]), ...valueColumns.map((c) => spec.values[c])];
  const placeholder = (column: string, n: number) => `$${n}${spec.casts?.[column] ? `::${spec.casts[column]}` : ''}`;
  const where = keyColumns.map((c, i) => `${c} = $${i + 1}`).join(' and ');

  const locked = await maybeOne<{ version: number }>(
    tx,
    `select version from ${spec.table} where ${where} for update`,
    params.slice(0, keyColumns.length),
  );
  if (spec.expectedVersion !== null && (locked?.version ?? 0) !== spec.expectedVersion) throw staleVersion(spec.what);
  const before = locked ? await spec.read(tx) : null;
  if (spec.beforeWrite && !(await spec.beforeWrite(before)) && before !== null) return { before, after: before, written: false };
  if (locked) {
    const assignments = [
      ...valueColumns.map((c, i) => `${c} = ${placeholder(c, keyColumns.length + i + 1)}`),
      ...(spec.stampOnUpdate ?? []).map((c) => `${c} = now()`),
      'version = version + 1',
    ];
    await tx.query(`update ${spec.table} set ${assignments.join(', ')} where ${where}`, params);
  } else {
    const columns = [...keyColumns, ...valueColumns];
    const inserted = await tx.query(
      `insert into ${spec.table} (${columns.join(', ')}) values (${columns.map((c, i) => placeholder(c, i + 1)).join(', ')})
       on conflict (${keyColumns.join(', ')}) do nothing returning version`,
      params,
    );
    if (inserted.length === 0) throw staleVersion(spec.what);
  }
  return { before, after: required(await spec.read(tx), `${render(spec.what)} efter skrivningen`), written: true };
}
