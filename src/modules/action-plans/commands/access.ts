import { AppError, notFound } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Queryable } from '../../../db/connection.ts';
import type { ActionPlan, PlanVersion } from '../model.ts';
import * as store from '../store.ts';

/** Who may write a plan, and which of its versions can still be changed. */

export async function planOfVersion(tx: Queryable, versionId: number): Promise<{ version: PlanVersion; plan: ActionPlan }> {
  const v = await store.getVersion(tx, versionId);
  return { version: v, plan: await store.getPlan(tx, v.planId) };
}

export async function writableVersion(tx: Queryable, versionId: number): Promise<{ version: PlanVersion; plan: ActionPlan }> {
  const found = await planOfVersion(tx, versionId);
  if (found.version.status === 'decided') {
    throw new AppError('frozen', msg('action_plans.frozen', { title: found.version.title, number: found.version.number }));
  }
  return found;
}

export const authorizePlan = async (actor: Actor, tx: Queryable, planId: number) =>
  ensure(can.writeCommittee(actor, (await store.getPlan(tx, planId)).committeeId));
export const authorizeVersion = async (actor: Actor, tx: Queryable, versionId: number) =>
  authorizePlan(actor, tx, (await store.getVersion(tx, versionId)).planId);
export async function authorizeMeasure(actor: Actor, tx: Queryable, measureId: number) {
  const [m] = await tx.query<{ versionId: number }>('select plan_version_id as "versionId" from measure where id = $1', [measureId]);
  if (!m) throw notFound(msg('thing.measure'));
  await authorizeVersion(actor, tx, m.versionId);
}
