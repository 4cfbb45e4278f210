import { notFound } from '../core/errors.ts';
import type { Message } from '../core/messages.ts';
import { required } from '../core/required.ts';
import type { Queryable } from './connection.ts';

/** The first row, or null when the query found none. */
export async function maybeOne<T = Record<string, unknown>>(db: Queryable, sql: string, params: unknown[] = []): Promise<T | null> {
  const [row] = await db.query<T>(sql, params);
  return row ?? null;
}

/**
 * The first row of a query that must find one. With `what` a missing row is the caller's 404
 * ("Nämnden finns inte."); without, it is a broken invariant (an insert … returning that returned nothing).
 */
export async function queryOne<T = Record<string, unknown>>(
  db: Queryable,
  sql: string,
  params: unknown[] = [],
  what?: Message,
): Promise<T> {
  const row = await maybeOne<T>(db, sql, params);
  if (row === null && what !== undefined) throw notFound(what);
  return required(row, `en rad från ${sql.trim().split(/\s+/).slice(0, 4).join(' ')} …`);
}
