import { z, shortText, isoDate, id, version, patchOf, kronor as anyKronor } from '../../core/validation.ts';
import { AppError, notFound, staleVersion } from '../../core/errors.ts';
import { can, ensure } from '../../core/permissions.ts';
import type { Actor } from '../../core/actor.ts';
import { defineCommand, updateVersioned, type AuditEntry } from '../../db/command.ts';
import type { Queryable } from '../../db/connection.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { EFFECT_KINDS, QUALITATIVE_KINDS, STATUS_MEANINGS, planYears, type ActionPlan, type Measure, type PlanVersion } from './model.ts';
import * as store from './store.ts';
import { ensureSecondPerson } from '../settings/store.ts';

const year = z.coerce.number().int().min(1990).max(2100);
const kronor = anyKronor.min(0, { message: 'Beloppet anges som ett positivt belopp i kronor' });
const longText = (max = 4000) => z.string().trim().max(max, { message: `Högst ${max} tecken` });
const measureCode = z.string().trim().regex(/^[A-Za-z0-9._-]{1,20}$/, { message: 'En kod med högst 20 tecken: bokstäver a–z, siffror, punkt, bindestreck, understreck' });
const termCode = z.string().trim().min(1).max(40);

/** A measure's fields as a caller sends them; every field but code, title, area and status is optional. */
export const measureFields = z.object({
  code: measureCode,
  title: shortText(200),
  description: longText().default(''),
  areaCode: termCode,
  targetGroupCode: termCode.nullable().default(null),
  owner: longText(200).default(''),
  statusCode: termCode,
  consequenceCitizen: longText().default(''),
  consequenceOperations: longText().default(''),
  consequenceChild: longText().default(''),
  goalLinks: z.array(shortText(500)).max(50).default([]),
  decisionRef: z.string().trim().max(200).nullable().default(null),
  fullYearMin: kronor.nullable().default(null),
  fullYearMax: kronor.nullable().default(null),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  sourceNote: z.string().trim().max(1000).nullable().default(null),
  activityIds: z.array(id).max(200).default([]),
});
export type MeasureFields = z.output<typeof measureFields>;

export const effectFields = z.object({
  year,
  kind: z.enum(EFFECT_KINDS as [string, ...string[]]).transform((k) => k as (typeof EFFECT_KINDS)[number]),
  amountMin: kronor.nullable().default(null),
  /** omitted = the same as amountMin (an exact amount) */
  amountMax: kronor.nullable().optional(),
  isPartialYear: z.boolean().default(false),
  qualitative: z.enum(QUALITATIVE_KINDS as [string, ...string[]]).transform((k) => k as (typeof QUALITATIVE_KINDS)[number]).nullable().default(null),
  note: longText(1000).default(''),
  sourceNote: z.string().trim().max(1000).nullable().default(null),
});
export type EffectFields = z.output<typeof effectFields>;

const invalid = (field: string, message: string) => new AppError('validation', message, { fields: [{ field, message }] });

async function planOfVersion(tx: Queryable, versionId: number): Promise<{ version: PlanVersion; plan: ActionPlan }> {
  const v = await store.getVersion(tx, versionId);
  return { version: v, plan: await store.getPlan(tx, v.planId) };
}

async function writableVersion(tx: Queryable, versionId: number): Promise<{ version: PlanVersion; plan: ActionPlan }> {
  const found = await planOfVersion(tx, versionId);
  if (found.version.status === 'decided') {
    throw new AppError('frozen', `${found.version.title} (version ${found.version.number}) är beslutad och kan inte ändras; gör en revidering.`);
  }
  return found;
}

const authorizePlan = async (actor: Actor, tx: Queryable, planId: number) => ensure(can.writeCommittee(actor, (await store.getPlan(tx, planId)).committeeId));
const authorizeVersion = async (actor: Actor, tx: Queryable, versionId: number) => authorizePlan(actor, tx, (await store.getVersion(tx, versionId)).planId);
async function authorizeMeasure(actor: Actor, tx: Queryable, measureId: number) {
  const [m] = await tx.query<{ versionId: number }>('select plan_version_id as "versionId" from measure where id = $1', [measureId]);
  if (!m) throw notFound('Åtgärden');
  await authorizeVersion(actor, tx, m.versionId);
}

/** Checks codes against the vocabulary, activities against the committee, and ranges. */
export async function checkMeasure(tx: Queryable, plan: ActionPlan, m: Pick<MeasureFields, 'areaCode' | 'targetGroupCode' | 'statusCode' | 'activityIds' | 'fullYearMin' | 'fullYearMax'>): Promise<void> {
  const vocab = await store.vocabulary(tx, await store.municipalityOfCommittee(tx, plan.committeeId));
  if (!vocab.areas.some((t) => t.code === m.areaCode)) throw invalid('areaCode', `Okänt område "${m.areaCode}".`);
  if (m.targetGroupCode !== null && !vocab.targetGroups.some((t) => t.code === m.targetGroupCode)) throw invalid('targetGroupCode', `Okänd målgrupp "${m.targetGroupCode}".`);
  if (!vocab.statuses.some((t) => t.code === m.statusCode)) throw invalid('statusCode', `Okänd status "${m.statusCode}".`);
  if ((m.fullYearMin === null) !== (m.fullYearMax === null)) throw invalid('fullYearMax', 'Ange både lägsta och högsta helårseffekt, eller ingen av dem.');
  if (m.fullYearMin !== null && m.fullYearMax! < m.fullYearMin) throw invalid('fullYearMax', 'Högsta helårseffekt är lägre än den lägsta.');
  if (m.activityIds.length > 0) {
    const rows = await tx.query<{ id: number }>('select id from activity where committee_id = $1 and id = any($2::int[])', [plan.committeeId, m.activityIds]);
    if (rows.length !== new Set(m.activityIds).size) throw invalid('activityIds', 'En eller flera verksamheter hör inte till nämnden.');
  }
}

export function normaliseEffect(plan: ActionPlan, e: EffectFields): EffectFields & { amountMax: number | null } {
  const amountMax = e.amountMax === undefined ? e.amountMin : e.amountMax;
  if (!planYears(plan).includes(e.year)) throw invalid('year', `Året ${e.year} ligger utanför planens period ${plan.firstYear}–${plan.lastYear}.`);
  if ((e.amountMin === null) !== (amountMax === null)) throw invalid('amountMax', 'Ange både lägsta och högsta belopp, eller inget belopp.');
  if (e.amountMin !== null && amountMax! < e.amountMin) throw invalid('amountMax', 'Högsta belopp är lägre än det lägsta.');
  if (e.amountMin === null && e.qualitative === null) throw invalid('qualitative', 'Ange ett belopp eller en kvalitativ bedömning (ingen ekonomisk effekt, marknadsberoende, annan).');
  if (e.qualitative === 'other' && e.note === '') throw invalid('note', 'En annan kvalitativ bedömning behöver en not.');
  return { ...e, amountMax };
}

export async function insertMeasure(tx: Queryable, versionId: number, m: MeasureFields): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `insert into measure (plan_version_id, code, title, description, area_code, target_group_code, owner, status_code,
       consequence_citizen, consequence_operations, consequence_child, goal_links, decision_ref, full_year_min, full_year_max, sort_order, source_note)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text[], $13, $14, $15, $16, $17) returning id`,
    [versionId, m.code, m.title, m.description, m.areaCode, m.targetGroupCode, m.owner, m.statusCode, m.consequenceCitizen,
      m.consequenceOperations, m.consequenceChild, m.goalLinks, m.decisionRef, m.fullYearMin, m.fullYearMax, m.sortOrder, m.sourceNote],
  );
  await setActivities(tx, row!.id, m.activityIds);
  return row!.id;
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
  code: 'code', title: 'title', description: 'description', areaCode: 'area_code', targetGroupCode: 'target_group_code', owner: 'owner',
  statusCode: 'status_code', consequenceCitizen: 'consequence_citizen', consequenceOperations: 'consequence_operations',
  consequenceChild: 'consequence_child', goalLinks: 'goal_links', decisionRef: 'decision_ref', fullYearMin: 'full_year_min',
  fullYearMax: 'full_year_max', sortOrder: 'sort_order', sourceNote: 'source_note',
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const saveTerm = defineCommand({
  name: 'action_plan.term.save',
  input: z.object({
    kind: z.enum(['area', 'target_group', 'status']),
    code: z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, { message: 'Gemener a–z, siffror, bindestreck, understreck; högst 40 tecken' }),
    label: shortText(200),
    meaning: z.enum(STATUS_MEANINGS as [string, ...string[]]).nullable().default(null),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
    active: z.boolean().default(true),
    /** 0 for a new term */
    version: z.number().int().min(0),
  }).refine((t) => (t.kind === 'status') === (t.meaning !== null), { message: 'En status behöver en innebörd (meaning); andra ord har ingen', path: ['meaning'] }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const [m] = await tx.query<{ code: string }>('select code from municipality order by code limit 1');
    if (!m) throw notFound('Kommunen');
    const [before] = await tx.query<{ version: number }>('select * from action_plan_term where municipality_code = $1 and kind = $2 and code = $3 for update', [m.code, input.kind, input.code]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('ordlistan');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into action_plan_term (municipality_code, kind, code, label, meaning, sort_order, active) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (municipality_code, kind, code) do update set label = $4, meaning = $5, sort_order = $6, active = $7, version = action_plan_term.version + 1
       returning id, kind, code, label, meaning, sort_order as "sortOrder", active, version`,
      [m.code, input.kind, input.code, input.label, input.meaning, input.sortOrder, input.active],
    );
    return { result: after!, audit: [{ entityType: 'action_plan_term', entityId: `${input.kind}:${input.code}`, before: before ?? null, after: after! }] };
  },
});

// ---------------------------------------------------------------------------------------------
// Plans and versions

/** A new plan starts with an empty draft, version 1. */
export const createPlan = defineCommand({
  name: 'action_plan.create',
  input: z.object({
    committeeCode: shortText(12),
    title: shortText(200),
    firstYear: year,
    lastYear: year,
    sourceNote: z.string().trim().max(1000).nullable().default(null),
  }).refine((p) => p.lastYear >= p.firstYear && p.lastYear - p.firstYear <= 15, { message: 'Perioden ska vara 1–16 år och sluta efter att den börjar', path: ['lastYear'] }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await getCommitteeByCode(tx, input.committeeCode)).id));
  },
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const [existing] = await tx.query('select 1 from action_plan where committee_id = $1 and title = $2', [committee.id, input.title]);
    if (existing) throw new AppError('conflict', `${committee.code} har redan en åtgärdsplan som heter "${input.title}".`);
    const [row] = await tx.query<{ id: number }>(
      'insert into action_plan (committee_id, title, first_year, last_year, source_note) values ($1, $2, $3, $4, $5) returning id',
      [committee.id, input.title, input.firstYear, input.lastYear, input.sourceNote],
    );
    const [v] = await tx.query<{ id: number }>('insert into action_plan_version (plan_id, number, title) values ($1, 1, $2) returning id', [row!.id, input.title]);
    const plan = await store.getPlan(tx, row!.id);
    const draft = await store.getVersion(tx, v!.id);
    return {
      result: { ...plan, versions: [draft] },
      audit: [{ entityType: 'action_plan', entityId: plan.id, before: null, after: plan }, { entityType: 'action_plan_version', entityId: draft.id, before: null, after: draft }],
    };
  },
});

export const updatePlan = defineCommand({
  name: 'action_plan.update',
  input: z.object({
    id, version,
    title: shortText(200).optional(),
    firstYear: year.optional(),
    lastYear: year.optional(),
    sourceNote: z.string().trim().max(1000).nullable().optional(),
  }),
  async authorize(actor, input, tx) {
    await authorizePlan(actor, tx, input.id);
  },
  async run(tx, input) {
    const current = await store.getPlan(tx, input.id);
    const firstYear = input.firstYear ?? current.firstYear;
    const lastYear = input.lastYear ?? current.lastYear;
    if (lastYear < firstYear || lastYear - firstYear > 15) throw invalid('lastYear', 'Perioden ska vara 1–16 år och sluta efter att den börjar.');
    if (firstYear !== current.firstYear || lastYear !== current.lastYear) {
      const [outside] = await tx.query(
        `select 1 from measure_effect e join measure m on m.id = e.measure_id join action_plan_version v on v.id = m.plan_version_id
         where v.plan_id = $1 and (e.year < $2 or e.year > $3) limit 1`, [input.id, firstYear, lastYear]);
      if (outside) throw invalid('firstYear', 'Det finns effekter utanför den nya perioden; ta bort dem först.');
    }
    const changes: Record<string, unknown> = { first_year: firstYear, last_year: lastYear };
    if (input.title !== undefined) changes.title = input.title;
    if (input.sourceNote !== undefined) changes.source_note = input.sourceNote;
    await updateVersioned(tx, 'action_plan', input.id, input.version, changes, 'åtgärdsplanen');
    const after = await store.getPlan(tx, input.id);
    return { result: after, audit: [{ entityType: 'action_plan', entityId: after.id, before: current, after }] };
  },
});

/** Deciding freezes the version in the database; later changes need a revision. */
export const decideVersion = defineCommand({
  name: 'action_plan_version.decide',
  input: z.object({ id, version, decidedOn: isoDate, decisionRef: shortText(100) }),
  async authorize(actor, input, tx) {
    await authorizeVersion(actor, tx, input.id);
    await ensureSecondPerson(tx, actor, { kind: 'action_plan_version', id: input.id }, 'versionen av åtgärdsplanen');
  },
  async run(tx, input) {
    await writableVersion(tx, input.id);
    const [any] = await tx.query('select 1 from measure where plan_version_id = $1 limit 1', [input.id]);
    if (!any) throw new AppError('validation', 'En åtgärdsplan utan åtgärder kan inte beslutas.');
    const { before } = await updateVersioned<PlanVersion>(tx, 'action_plan_version', input.id, input.version,
      { status: 'decided', decided_on: input.decidedOn, decision_ref: input.decisionRef }, 'versionen av åtgärdsplanen');
    const after = await store.getVersion(tx, input.id);
    return { result: after, audit: [{ entityType: 'action_plan_version', entityId: after.id, before, after }] };
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
    if (base.status !== 'decided') throw new AppError('validation', 'Bara en beslutad version kan revideras; ändra utkastet direkt.');
    const [next] = await tx.query<{ n: number }>('select coalesce(max(number), 0) + 1 as n from action_plan_version where plan_id = $1', [plan.id]);
    const [row] = await tx.query<{ id: number }>(
      'insert into action_plan_version (plan_id, number, title, revises_id, revision_reason) values ($1, $2, $3, $4, $5) returning id',
      [plan.id, next!.n, input.title ?? `${plan.title}, revidering ${next!.n - 1}`, base.id, input.reason],
    );
    for (const m of await store.measures(tx, base.id)) {
      const measureId = await insertMeasure(tx, row!.id, { ...m, sourceNote: m.sourceNote });
      for (const e of m.effects) await upsertEffect(tx, measureId, e);
    }
    const after = await store.getVersion(tx, row!.id);
    return { result: after, audit: [{ entityType: 'action_plan_version', entityId: after.id, before: null, after: { ...after, copiedFrom: base.id } }] };
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
    if (v.version !== input.version) throw staleVersion('versionen av åtgärdsplanen');
    const [later] = await tx.query('select 1 from action_plan_version where revises_id = $1', [v.id]);
    if (later) throw new AppError('conflict', 'En senare version bygger på utkastet.');
    const [others] = await tx.query<{ n: number }>('select count(*)::int as n from action_plan_version where plan_id = $1', [v.planId]);
    if ((others?.n ?? 0) <= 1) throw new AppError('conflict', 'Planens enda version kan inte tas bort.');
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
    controls: z.array(z.object({
      source: shortText(200),
      groupBy: z.enum(['area', 'target_group']).default('area'),
      rowCode: z.string().trim().min(1).max(40),
      year: year.nullable(),
      kind: z.enum(['reduction', 'implementation_cost', 'net']).default('reduction'),
      amount: anyKronor,
      precision: z.number().int().min(1).max(1_000_000_000).default(1),
    })).max(500),
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

// ---------------------------------------------------------------------------------------------
// Measures and effects

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
    if (dup) throw invalid('code', `Det finns redan en åtgärd med koden ${input.code} i versionen.`);
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
      if (dup) throw invalid('code', `Det finns redan en åtgärd med koden ${next.code} i versionen.`);
    }
    const changes: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(measureColumnOf)) {
      const value = (input as Record<string, unknown>)[key];
      if (value !== undefined) changes[column] = value;
    }
    if (input.fullYearMin !== undefined && input.fullYearMax === undefined) changes.full_year_max = input.fullYearMin;
    await updateVersioned(tx, 'measure', input.id, input.version, changes, 'åtgärden');
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
    if (before.version !== input.version) throw staleVersion('åtgärden');
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
    await updateVersioned(tx, 'measure', input.measureId, input.version, {}, 'åtgärden');
    await upsertEffect(tx, input.measureId, effect);
    const after = await store.getMeasure(tx, input.measureId);
    return { result: after, audit: [{ entityType: 'measure_effect', entityId: `${input.measureId}:${input.year}:${input.kind}`, before: before.effects.find((e) => e.year === input.year && e.kind === input.kind) ?? null, after: after.effects.find((e) => e.year === input.year && e.kind === input.kind)! }] };
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
    if (!effect) throw notFound('Effekten');
    await updateVersioned(tx, 'measure', input.measureId, input.version, {}, 'åtgärden');
    await tx.query('delete from measure_effect where measure_id = $1 and year = $2 and kind = $3', [input.measureId, input.year, input.kind]);
    const after = await store.getMeasure(tx, input.measureId);
    return { result: after, audit: [{ entityType: 'measure_effect', entityId: `${input.measureId}:${input.year}:${input.kind}`, before: effect, after: null }] };
  },
});

// ---------------------------------------------------------------------------------------------
// Follow-up: realised effects and current status (beside the frozen versions)

async function knownMeasure(tx: Queryable, planId: number, code: string) {
  const [m] = await tx.query('select 1 from measure m join action_plan_version v on v.id = m.plan_version_id where v.plan_id = $1 and m.code = $2 limit 1', [planId, code]);
  if (!m) throw invalid('measureCode', `Planen har ingen åtgärd med koden ${code}.`);
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
    version: z.number().int().min(0),
  }),
  async authorize(actor, input, tx) {
    await authorizePlan(actor, tx, input.planId);
  },
  async run(tx, input, actor) {
    const plan = await store.getPlan(tx, input.planId);
    await knownMeasure(tx, plan.id, input.measureCode);
    if (input.year < plan.firstYear || input.year > plan.lastYear) throw invalid('year', `Året ${input.year} ligger utanför planens period ${plan.firstYear}–${plan.lastYear}.`);
    const before = await store.getOutcome(tx, plan.id, input.measureCode, input.year);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('det realiserade utfallet');
    if (before) {
      await tx.query(
        `update measure_outcome set amount = $2, comment = $3, author = $4, source_note = $5, updated_at = now(), version = version + 1
         where id = $1 and version = $6`, [before.id, input.amount, input.comment, actor.name, input.sourceNote, input.version]);
    } else {
      await tx.query(
        'insert into measure_outcome (plan_id, measure_code, year, amount, comment, author, source_note) values ($1, $2, $3, $4, $5, $6, $7)',
        [plan.id, input.measureCode, input.year, input.amount, input.comment, actor.name, input.sourceNote]);
    }
    const after = (await store.getOutcome(tx, plan.id, input.measureCode, input.year))!;
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
    if (!before) throw notFound('Det realiserade utfallet');
    if (before.version !== input.version) throw staleVersion('det realiserade utfallet');
    await tx.query('delete from measure_outcome where id = $1', [before.id]);
    return { result: { deleted: before.id }, audit: [{ entityType: 'measure_outcome', entityId: before.id, before, after: null }] };
  },
});

export const saveFollowUp = defineCommand({
  name: 'measure.follow_up.save',
  input: z.object({ planId: id, measureCode, statusCode: termCode, comment: longText(2000).default(''), version: z.number().int().min(0) }),
  async authorize(actor, input, tx) {
    await authorizePlan(actor, tx, input.planId);
  },
  async run(tx, input, actor) {
    const plan = await store.getPlan(tx, input.planId);
    await knownMeasure(tx, plan.id, input.measureCode);
    const vocab = await store.vocabulary(tx, await store.municipalityOfCommittee(tx, plan.committeeId));
    if (!vocab.statuses.some((t) => t.code === input.statusCode)) throw invalid('statusCode', `Okänd status "${input.statusCode}".`);
    const before = await store.getFollowUp(tx, plan.id, input.measureCode);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('åtgärdens status');
    await tx.query(
      `insert into measure_follow_up (plan_id, measure_code, status_code, comment, author) values ($1, $2, $3, $4, $5)
       on conflict (plan_id, measure_code) do update set status_code = $3, comment = $4, author = $5, updated_at = now(), version = measure_follow_up.version + 1`,
      [plan.id, input.measureCode, input.statusCode, input.comment, actor.name]);
    const after = (await store.getFollowUp(tx, plan.id, input.measureCode))!;
    const audit: AuditEntry[] = [{ entityType: 'measure_follow_up', entityId: `${plan.id}:${input.measureCode}`, before, after }];
    return { result: after, audit };
  },
});
