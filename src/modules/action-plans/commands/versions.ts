import { z, shortText, id, version, kronor as anyKronor } from '../../../core/validation.ts';
import { AppError, staleVersion } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { defineCommand } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import * as store from '../store.ts';
import { decideVersionCommand } from '../../settings/commands.ts';
import { year } from './fields.ts';
import { authorizeVersion, planOfVersion, writableVersion } from './access.ts';
import { insertMeasure, upsertEffect } from './measures.ts';

/** Versions of a plan: deciding (frozen), revising, throwing away a draft, the printed control totals. */

export const decideVersion = decideVersionCommand({
  kind: 'action_plan_version',
  what: msg('thing.action_plan_version'),
  read: store.getVersion,
  authorize: authorizeVersion,
  async ensureDecidable(tx, id) {
    await writableVersion(tx, id);
    const [any] = await tx.query('select 1 from measure where plan_version_id = $1 limit 1', [id]);
    if (!any) throw new AppError('validation', msg('action_plans.no_measures'));
  },
});

/** A revision of a decided version: a new draft that starts as a copy and points back with a reason. */
export const reviseVersion = defineCommand({
  name: 'action_plan_version.revise',
  input: z.object({ id, title: shortText(200).optional(), reason: shortText(2000) }),
  async authorize(actor, input, tx) {
    await authorizeVersion(actor, tx, input.id);
  },
  async run(tx, input) {
    const { version: base, plan } = await planOfVersion(tx, input.id);
    if (base.status !== 'decided') throw new AppError('validation', msg('action_plans.only_decided_revisable'));
    const next = await queryOne<{ n: number }>(tx, 'select coalesce(max(number), 0) + 1 as n from action_plan_version where plan_id = $1', [
      plan.id,
    ]);
    const row = await queryOne<{ id: number }>(
      tx,
      'insert into action_plan_version (plan_id, number, title, revises_id, revision_reason) values ($1, $2, $3, $4, $5) returning id',
      [plan.id, next.n, input.title ?? `${plan.title}, revidering ${next.n - 1}`, base.id, input.reason],
    );
    for (const m of await store.measures(tx, base.id)) {
      const measureId = await insertMeasure(tx, row.id, { ...m, sourceNote: m.sourceNote });
      for (const e of m.effects) await upsertEffect(tx, measureId, e);
    }
    const after = await store.getVersion(tx, row.id);
    return {
      result: after,
      audit: [{ entityType: 'action_plan_version', entityId: after.id, before: null, after: { ...after, copiedFrom: base.id } }],
    };
  },
});

/** Throws away a draft (never a decided version, never one that a later version revises). */
export const deleteDraft = defineCommand({
  name: 'action_plan_version.delete',
  input: z.object({ id, version }),
  async authorize(actor, input, tx) {
    await authorizeVersion(actor, tx, input.id);
  },
  async run(tx, input) {
    const { version: v } = await writableVersion(tx, input.id);
    if (v.version !== input.version) throw staleVersion(msg('thing.action_plan_version'));
    const [later] = await tx.query('select 1 from action_plan_version where revises_id = $1', [v.id]);
    if (later) throw new AppError('conflict', msg('action_plans.later_version'));
    const [others] = await tx.query<{ n: number }>('select count(*)::int as n from action_plan_version where plan_id = $1', [v.planId]);
    if ((others?.n ?? 0) <= 1) throw new AppError('conflict', msg('action_plans.only_version'));
    await tx.query('delete from action_plan_control_total where plan_version_id = $1', [v.id]);
    await tx.query('delete from measure where plan_version_id = $1', [v.id]);
    await tx.query('delete from action_plan_version where id = $1', [v.id]);
    return { result: { deleted: v.id }, audit: [{ entityType: 'action_plan_version', entityId: v.id, before: v, after: null }] };
  },
});

/** Replaces the totals printed in the source document(s) for a draft version. */
export const setControlTotals = defineCommand({
  name: 'action_plan_version.control_totals',
  input: z.object({
    planVersionId: id,
    controls: z
      .array(
        z.object({
          source: shortText(200),
          groupBy: z.enum(['area', 'target_group']).default('area'),
          rowCode: z.string().trim().min(1).max(40),
          year: year.nullable(),
          kind: z.enum(['reduction', 'implementation_cost', 'net']).default('reduction'),
          amount: anyKronor,
          precision: z.number().int().min(1).max(1_000_000_000).default(1),
        }),
      )
      .max(500),
  }),
  async authorize(actor, input, tx) {
    await authorizeVersion(actor, tx, input.planVersionId);
  },
  async run(tx, input) {
    await writableVersion(tx, input.planVersionId);
    const before = await store.controlTotals(tx, input.planVersionId);
    await tx.query('delete from action_plan_control_total where plan_version_id = $1', [input.planVersionId]);
    for (const c of input.controls) {
      await tx.query(
        `insert into action_plan_control_total (plan_version_id, source, group_by, row_code, year, kind, amount, precision)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [input.planVersionId, c.source, c.groupBy, c.rowCode, c.year, c.kind, c.amount, c.precision],
      );
    }
    const after = await store.controlTotals(tx, input.planVersionId);
    return { result: after, audit: [{ entityType: 'action_plan_control_total', entityId: input.planVersionId, before, after }] };
  },
});
