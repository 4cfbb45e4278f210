import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { msg, type Message } from '../../core/messages.ts';

/** Someone who wrote to a draft, as the audit log records them. */
export interface Preparer {
  userId: number | null;
  name: string;
}

/** What is being decided or published, as the refusal names it ("budgetversionen Internbudget 2025"). */
export type FourEyesAct = 'decide' | 'publish';

/** A signed-in user is known by their id; the CLI (no user id) by its name. */
export const isSamePerson = (actor: Pick<Actor, 'userId' | 'name'>, p: Preparer): boolean =>
  actor.userId !== null ? p.userId === actor.userId : p.userId === null && p.name === actor.name;

/**
 * Four eyes: with the setting on, whoever prepared a draft – created it or wrote to it or its rows,
 * per the audit log – may not also decide or publish it. Off, nobody is refused.
 */
export function fourEyesRefusal(
  enabled: boolean,
  actor: Pick<Actor, 'userId' | 'name'>,
  preparers: readonly Preparer[],
  what: Message | string,
  act: FourEyesAct = 'decide',
): AppError | null {
  if (!enabled || !preparers.some((p) => isSamePerson(actor, p))) return null;
  return new AppError('forbidden', msg(act === 'decide' ? 'settings.four_eyes_decide' : 'settings.four_eyes_publish', { what }));
}
