import { z } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import type { Queryable } from '../../../db/connection.ts';

/** Why a row of a decided goal set is changed (required once it is frozen). */
export const revisionReason = z.string().trim().max(2000).nullable().default(null);

const FROZEN = (what: string) =>
  new AppError('frozen', `${what} ingår i en beslutad målsättning. Ändra den som en revidering: ange ett skäl (revisionReason).`);

/** Frozen rows change only with a reason; the database trigger logs the revision with it. */
export async function allowRevision(tx: Queryable, frozen: boolean, reason: string | null, what: string): Promise<void> {
  if (!frozen) return;
  if (!reason) throw FROZEN(what);
  await tx.query("select set_config('styrbord.revision_reason', $1, true)", [reason]);
}
export const endRevision = (tx: Queryable) => tx.query("select set_config('styrbord.revision_reason', '', true)");
