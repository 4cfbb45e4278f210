import type { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { parseInput } from '../core/validation.ts';
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

export async function execute<S extends z.ZodType, R>(db: Database, actor: Actor, command: Command<S, R>, rawInput: unknown): Promise<R> {
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
