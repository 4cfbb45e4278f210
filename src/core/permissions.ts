import type { Actor } from './actor.ts';
import { forbidden } from './errors.ts';

/** Every permission in one place, as pure predicates. */
export const can = {
  administer: (a: Actor) => a.role === 'admin',
  readAudit: (a: Actor) => a.role === 'admin' || a.role === 'auditor',
  writeCommittee: (a: Actor, committeeId: number) =>
    a.role === 'admin' || (a.role === 'controller' && a.committeeIds.includes(committeeId)),
};

export function ensure(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
