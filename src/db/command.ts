import type { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { parseInput } from '../core/validation.ts';
import { notFound, staleVersion } from '../core/errors.ts';
import type { Database, Queryable } from './connection.ts';

export interface AuditEntry {
  entityType: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

export interface CommandOutcome<R> {
  result: R;
  audit: AuditEntry[];
}

/**
 * Every write in Styrbord is a command: validated input, a permission check, one transaction,
 * versioned rows and an audit event per changed entity.
 */
export interface Command<S extends z.ZodType, R> {
  name: string;
  input: S;
  /** Throws AppError (403, or 404 where existence must not leak) when the actor may not run it. */
  authorize(actor: Actor, input: z.output<S>, tx: Queryable): Promise<void> | void;
  run(tx: Queryable, input: z.output<S>, actor: Actor): Promise<CommandOutcome<R>>;
}

export function defineCommand<S extends z.ZodType, R>(command: Command<S, R>): Command<S, R> {
  return command;
}

export async function execute<S extends z.ZodType, R>(
  db: Database,
  actor: Actor,
  command: Command<S, R>,
  rawInput: unknown,
): Promise<R> {
  const input = parseInput(command.input, rawInput);
  return db.transaction(async (tx) => {
    await command.authorize(actor, input, tx);
    const outcome = await command.run(tx, input, actor);
    for (const entry of outcome.audit) {
      await tx.query(
        `insert into audit_event (actor_id, actor_name, command, entity_type, entity_id, before, after)
         values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
        [
          actor.userId,
          actor.name,
          command.name,
          entry.entityType,
          entry.entityId === null ? null : String(entry.entityId),
          entry.before === null ? null : JSON.stringify(entry.before),
          entry.after === null ? null : JSON.stringify(entry.after),
        ],
      );
    }
    return outcome.result;
  });
}

/**
 * Updates one row only if its version is the one the caller saw; bumps the version.
 * Table and column names come from code, never from input.
 */
export async function updateVersioned<T extends { version: number }>(
  tx: Queryable,
  table: string,
  id: number,
  expectedVersion: number,
  changes: Record<string, unknown>,
  what: string,
): Promise<{ before: T; after: T }> {
  const [before] = await tx.query<T>(`select * from ${table} where id = $1 for update`, [id]);
  if (!before) throw notFound(what);
  if (before.version !== expectedVersion) throw staleVersion(what);
  const columns = Object.keys(changes);
  const assignments = columns.map((c, i) => `${c} = $${i + 3}`);
  const [after] = await tx.query<T>(
    `update ${table} set ${[...assignments, 'version = version + 1'].join(', ')}
     where id = $1 and version = $2 returning *`,
    [id, expectedVersion, ...columns.map((c) => changes[c])],
  );
  if (!after) throw staleVersion(what);
  return { before, after };
}
