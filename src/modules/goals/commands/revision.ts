import { z } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { msg, type Message } from '../../../core/messages.ts';
import type { CommandOutcome } from '../../../db/command.ts';
import type { Queryable } from '../../../db/connection.ts';

/** Why a row of a decided goal set is changed (required once it is frozen). */
export const revisionReason = z.string().trim().max(2000).nullable().default(null);

const FROZEN = (what: Message) => new AppError('frozen', msg('goals.frozen_needs_reason', { what }));

/** Frozen rows change only with a reason; the database trigger logs the revision with it. */
export async function allowRevision(tx: Queryable, frozen: boolean, reason: string | null, what: Message): Promise<void> {
  if (!frozen) return;
  if (!reason) throw FROZEN(what);
  await tx.query("select set_config('styrbord.revision_reason', $1, true)", [reason]);
}
export const endRevision = (tx: Queryable) => tx.query("select set_config('styrbord.revision_reason', '', true)");

/** A revised row as a command's outcome: the reason belongs to this change; the side before it has none. */
export function revised<T extends object>(
  entity: { type: string; id: string | number },
  sides: { before: T | null; after: T },
  reason: string | null,
): CommandOutcome<T> {
  return {
    result: sides.after,
    audit: [
      {
        entityType: entity.type,
        entityId: entity.id,
        before: sides.before && { ...sides.before, revisionReason: null },
        after: { ...sides.after, revisionReason: reason },
      },
    ],
  };
}
