import { z, id, version, kronor as anyKronor, expectedVersion } from '../../../core/validation.ts';
import { notFound, staleVersion } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { defineCommand, type AuditEntry } from '../../../db/command.ts';
import { upsertVersioned } from '../../../db/versioned.ts';
import type { Queryable } from '../../../db/connection.ts';
import * as store from '../store.ts';
import { invalid, longText, measureCode, termCode, year } from './fields.ts';
import { authorizePlan } from './access.ts';

/** Follow-up beside the frozen versions: realised effects and each measure's current status. */

async function knownMeasure(tx: Queryable, planId: number, code: string) {
  const [m] = await tx.query(
    'select 1 from measure m join action_plan_version v on v.id = m.plan_version_id where v.plan_id = $1 and m.code = $2 limit 1',
    [planId, code],
  );
  if (!m) throw invalid('measureCode', msg('action_plans.no_measure_with_code', { code }));
}

export const saveOutcome = defineCommand({
  name: 'measure.outcome.save',
  input: z.object({
    planId: id,
    measureCode: measureCode,
    year,
    amount: anyKronor,
    comment: longText(2000).default(''),
    sourceNote: z.string().trim().max(1000).nullable().default(null),
    /** 0 when the caller saw no outcome for the year */
    version: expectedVersion,
  }),
  async authorize(actor, input, tx) {
    await authorizePlan(actor, tx, input.planId);
  },
  async run(tx, input, actor) {
    const plan = await store.getPlan(tx, input.planId);
    await knownMeasure(tx, plan.id, input.measureCode);
    if (input.year < plan.firstYear || input.year > plan.lastYear)
      throw invalid('year', msg('action_plans.year_outside_period', { year: input.year, first: plan.firstYear, last: plan.lastYear }));
    const { before, after } = await upsertVersioned(tx, {
      table: 'measure_outcome',
      key: { plan_id: plan.id, measure_code: input.measureCode, year: input.year },
      values: { amount: input.amount, comment: input.comment, author: actor.name, source_note: input.sourceNote },
      stampOnUpdate: ['updated_at'],
      expectedVersion: input.version,
      what: msg('thing.realised_outcome'),
      read: (db) => store.getOutcome(db, plan.id, input.measureCode, input.year),
    });
    return { result: after, audit: [{ entityType: 'measure_outcome', entityId: after.id, before, after }] };
  },
});

export const deleteOutcome = defineCommand({
  name: 'measure.outcome.delete',
  input: z.object({ planId: id, measureCode, year, version }),
  async authorize(actor, input, tx) {
    await authorizePlan(actor, tx, input.planId);
  },
  async run(tx, input) {
    const before = await store.getOutcome(tx, input.planId, input.measureCode, input.year);
    if (!before) throw notFound(msg('thing.realised_outcome'));
    if (before.version !== input.version) throw staleVersion(msg('thing.realised_outcome'));
    await tx.query('delete from measure_outcome where id = $1', [before.id]);
    return { result: { deleted: before.id }, audit: [{ entityType: 'measure_outcome', entityId: before.id, before, after: null }] };
  },
});

export const saveFollowUp = defineCommand({
  name: 'measure.follow_up.save',
  input: z.object({ planId: id, measureCode, statusCode: termCode, comment: longText(2000).default(''), version: expectedVersion }),
  async authorize(actor, input, tx) {
    await authorizePlan(actor, tx, input.planId);
  },
  async run(tx, input, actor) {
    const plan = await store.getPlan(tx, input.planId);
    await knownMeasure(tx, plan.id, input.measureCode);
    const vocab = await store.vocabulary(tx, await store.municipalityOfCommittee(tx, plan.committeeId));
    if (!vocab.statuses.some((t) => t.code === input.statusCode))
      throw invalid('statusCode', msg('action_plans.unknown_status', { code: input.statusCode }));
    const { before, after } = await upsertVersioned(tx, {
      table: 'measure_follow_up',
      key: { plan_id: plan.id, measure_code: input.measureCode },
      values: { status_code: input.statusCode, comment: input.comment, author: actor.name },
      stampOnUpdate: ['updated_at'],
      expectedVersion: input.version,
      what: msg('thing.measure_status'),
      read: (db) => store.getFollowUp(db, plan.id, input.measureCode),
    });
    const audit: AuditEntry[] = [{ entityType: 'measure_follow_up', entityId: `${plan.id}:${input.measureCode}`, before, after }];
    return { result: after, audit };
  },
});
