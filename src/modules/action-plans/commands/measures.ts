import { z, id, version, patchOf } from '../../../core/validation.ts';
import { notFound, staleVersion } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { required } from '../../../core/required.ts';
import { defineCommand } from '../../../db/command.ts';
import type { Queryable } from '../../../db/connection.ts';
import { queryOne } from '../../../db/rows.ts';
import { updateVersioned, type VersionedRow } from '../../../db/versioned.ts';
import { type ActionPlan, type Measure } from '../model.ts';
import { planYears } from '../rules/measures.ts';
import * as store from '../store.ts';
import { type EffectFields, type MeasureFields, effectFields, invalid, measureFields, year } from './fields.ts';
import { authorizeMeasure, authorizeVersion, writableVersion } from './access.ts';

/** Measures of a draft version and their effects per year and kind. */

const measureRow: VersionedRow<Measure> = { table: 'measure', what: msg('thing.measure'), read: store.getMeasure };

/** Checks codes against the vocabulary, activities against the committee, and ranges. */
export async function checkMeasure(
  tx: Queryable,
  plan: ActionPlan,
  m: Pick<MeasureFields, 'areaCode' | 'targetGroupCode' | 'statusCode' | 'activityIds' | 'fullYearMin' | 'fullYearMax'>,
): Promise<void> {
  const vocab = await store.vocabulary(tx, await store.municipalityOfCommittee(tx, plan.committeeId));
  if (!vocab.areas.some((t) => t.code === m.areaCode)) throw invalid('areaCode', msg('action_plans.unknown_area', { code: m.areaCode }));
  if (m.targetGroupCode !== null && !vocab.targetGroups.some((t) => t.code === m.targetGroupCode))
    throw invalid('targetGroupCode', msg('action_plans.unknown_target_group', { code: m.targetGroupCode }));
  if (!vocab.statuses.some((t) => t.code === m.statusCode))
    throw invalid('statusCode', msg('action_plans.unknown_status', { code: m.statusCode }));
  if ((m.fullYearMin === null) !== (m.fullYearMax === null)) throw invalid('fullYearMax', msg('action_plans.full_year_both'));
  if (m.fullYearMin !== null && m.fullYearMax !== null && m.fullYearMax < m.fullYearMin)
    throw invalid('fullYearMax', msg('action_plans.full_year_reversed'));
  if (m.activityIds.length > 0) {
    const rows = await tx.query<{ id: number }>('select id from activity where committee_id = $1 and id = any($2::int[])', [
      plan.committeeId,
      m.activityIds,
    ]);
    if (rows.length !== new Set(m.activityIds).size) throw invalid('activityIds', msg('action_plans.activities_other_committee'));
  }
}

export function normaliseEffect(plan: ActionPlan, e: EffectFields): EffectFields & { amountMax: number | null } {
  const amountMax = e.amountMax === undefined ? e.amountMin : e.amountMax;
  if (!planYears(plan).includes(e.year))
    throw invalid('year', msg('action_plans.year_outside_period', { year: e.year, first: plan.firstYear, last: plan.lastYear }));
  if ((e.amountMin === null) !== (amountMax === null)) throw invalid('amountMax', msg('action_plans.amount_both'));
  if (e.amountMin !== null && amountMax !== null && amountMax < e.amountMin)
    throw invalid('amountMax', msg('action_plans.amount_reversed'));
  if (e.amountMin === null && e.qualitative === null) throw invalid('qualitative', msg('action_plans.amount_or_qualitative'));
  if (e.qualitative === 'other' && e.note === '') throw invalid('note', msg('action_plans.other_needs_note'));
  return { ...e, amountMax };
}

export async function insertMeasure(tx: Queryable, versionId: number, m: MeasureFields): Promise<number> {
  const row = await queryOne<{ id: number }>(
    tx,
    `insert into measure (plan_version_id, code, title, description, area_code, target_group_code, owner, status_code,
       consequence_citizen, consequence_operations, consequence_child, goal_links, decision_ref, full_year_min, full_year_max, sort_order, source_note)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text[], $13, $14, $15, $16, $17) returning id`,
    [
      versionId,
      m.code,
      m.title,
      m.description,
      m.areaCode,
      m.targetGroupCode,
      m.owner,
      m.statusCode,
      m.consequenceCitizen,
      m.consequenceOperations,
      m.consequenceChild,
      m.goalLinks,
      m.decisionRef,
      m.fullYearMin,
      m.fullYearMax,
      m.sortOrder,
      m.sourceNote,
    ],
  );
  await setActivities(tx, row.id, m.activityIds);
  return row.id;
}

async function setActivities(tx: Queryable, measureId: number, activityIds: readonly number[]) {
  await tx.query('delete from measure_activity where measure_id = $1', [measureId]);
  for (const activityId of new Set(activityIds)) {
    await tx.query('insert into measure_activity (measure_id, activity_id) values ($1, $2)', [measureId, activityId]);
  }
}

export async function upsertEffect(tx: Queryable, measureId: number, e: EffectFields & { amountMax: number | null }): Promise<void> {
  await tx.query(
    `insert into measure_effect (measure_id, year, kind, amount_min, amount_max, is_partial_year, qualitative, note, source_note)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (measure_id, year, kind) do update set amount_min = $4, amount_max = $5, is_partial_year = $6, qualitative = $7, note = $8, source_note = $9`,
    [measureId, e.year, e.kind, e.amountMin, e.amountMax, e.isPartialYear, e.qualitative, e.note, e.sourceNote],
  );
}

const measureColumnOf: Record<string, string> = {
  code: 'code',
  title: 'title',
  description: 'description',
  areaCode: 'area_code',
  targetGroupCode: 'target_group_code',
  owner: 'owner',
  statusCode: 'status_code',
  consequenceCitizen: 'consequence_citizen',
  consequenceOperations: 'consequence_operations',
  consequenceChild: 'consequence_child',
  goalLinks: 'goal_links',
  decisionRef: 'decision_ref',
  fullYearMin: 'full_year_min',
  fullYearMax: 'full_year_max',
  sortOrder: 'sort_order',
  sourceNote: 'source_note',
};

export const createMeasure = defineCommand({
  name: 'measure.create',
  input: measureFields.extend({ planVersionId: id, effects: z.array(effectFields).max(200).default([]) }),
  async authorize(actor, input, tx) {
    await authorizeVersion(actor, tx, input.planVersionId);
  },
  async run(tx, input) {
    const { plan } = await writableVersion(tx, input.planVersionId);
    // a full-year effect given as one amount is exact
    if (input.fullYearMin !== null && input.fullYearMax === null) input.fullYearMax = input.fullYearMin;
    await checkMeasure(tx, plan, input);
    const [dup] = await tx.query('select 1 from measure where plan_version_id = $1 and code = $2', [input.planVersionId, input.code]);
    if (dup) throw invalid('code', msg('action_plans.measure_code_taken', { code: input.code }));
    const effects = input.effects.map((e) => normaliseEffect(plan, e));
    const measureId = await insertMeasure(tx, input.planVersionId, input);
    for (const e of effects) await upsertEffect(tx, measureId, e);
    const after = await store.getMeasure(tx, measureId);
    return { result: after, audit: [{ entityType: 'measure', entityId: after.id, before: null, after }] };
  },
});

export const updateMeasure = defineCommand({
  name: 'measure.update',
  // patchOf, not .partial(): zod's partial still fills defaults and would blank omitted fields
  input: z.object(patchOf(measureFields.shape)).extend({ id, version }),
  async authorize(actor, input, tx) {
    await authorizeMeasure(actor, tx, input.id);
  },
  async run(tx, input) {
    const before = await store.getMeasure(tx, input.id);
    const { plan } = await writableVersion(tx, before.planVersionId);
    const next = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as Measure;
    await checkMeasure(tx, plan, next);
    if (next.code !== before.code) {
      const [dup] = await tx.query('select 1 from measure where plan_version_id = $1 and code = $2', [before.planVersionId, next.code]);
      if (dup) throw invalid('code', msg('action_plans.measure_code_taken', { code: next.code }));
    }
    const changes: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(measureColumnOf)) {
      const value = (input as Record<string, unknown>)[key];
      if (value !== undefined) changes[column] = value;
    }
    if (input.fullYearMin !== undefined && input.fullYearMax === undefined) changes.full_year_max = input.fullYearMin;
    await updateVersioned(tx, measureRow, input.id, input.version, changes);
    if (input.activityIds !== undefined) await setActivities(tx, input.id, input.activityIds);
    const after = await store.getMeasure(tx, input.id);
    return { result: after, audit: [{ entityType: 'measure', entityId: after.id, before, after }] };
  },
});

export const deleteMeasure = defineCommand({
  name: 'measure.delete',
  input: z.object({ id, version }),
  async authorize(actor, input, tx) {
    await authorizeMeasure(actor, tx, input.id);
  },
  async run(tx, input) {
    const before = await store.getMeasure(tx, input.id);
    await writableVersion(tx, before.planVersionId);
    if (before.version !== input.version) throw staleVersion(msg('thing.measure'));
    await tx.query('delete from measure where id = $1', [input.id]);
    return { result: { deleted: input.id }, audit: [{ entityType: 'measure', entityId: input.id, before, after: null }] };
  },
});

/** Sets one effect (year and kind) of a measure; the measure's version guards against stale edits. */
export const setEffect = defineCommand({
  name: 'measure.effect.set',
  input: effectFields.extend({ measureId: id, version }),
  async authorize(actor, input, tx) {
    await authorizeMeasure(actor, tx, input.measureId);
  },
  async run(tx, input) {
    const before = await store.getMeasure(tx, input.measureId);
    const { plan } = await writableVersion(tx, before.planVersionId);
    const effect = normaliseEffect(plan, input);
    await updateVersioned(tx, measureRow, input.measureId, input.version, {});
    await upsertEffect(tx, input.measureId, effect);
    const after = await store.getMeasure(tx, input.measureId);
    const effectOf = (m: Measure) => m.effects.find((e) => e.year === input.year && e.kind === input.kind);
    return {
      result: after,
      audit: [
        {
          entityType: 'measure_effect',
          entityId: `${input.measureId}:${input.year}:${input.kind}`,
          before: effectOf(before) ?? null,
          after: required(effectOf(after), 'effekten efter skrivningen'),
        },
      ],
    };
  },
});

export const removeEffect = defineCommand({
  name: 'measure.effect.remove',
  input: z.object({ measureId: id, version, year, kind: z.enum(['reduction', 'implementation_cost']) }),
  async authorize(actor, input, tx) {
    await authorizeMeasure(actor, tx, input.measureId);
  },
  async run(tx, input) {
    const before = await store.getMeasure(tx, input.measureId);
    await writableVersion(tx, before.planVersionId);
    const effect = before.effects.find((e) => e.year === input.year && e.kind === input.kind);
    if (!effect) throw notFound(msg('thing.effect'));
    await updateVersioned(tx, measureRow, input.measureId, input.version, {});
    await tx.query('delete from measure_effect where measure_id = $1 and year = $2 and kind = $3', [
      input.measureId,
      input.year,
      input.kind,
    ]);
    const after = await store.getMeasure(tx, input.measureId);
    return {
      result: after,
      audit: [{ entityType: 'measure_effect', entityId: `${input.measureId}:${input.year}:${input.kind}`, before: effect, after: null }],
    };
  },
});
