import { z, shortText, id, version, patchOf, mergePatch } from '../../core/validation.ts';
import { colourLabel } from './model.ts';
import { AppError, staleVersion } from '../../core/errors.ts';
import { can, ensure } from '../../core/permissions.ts';
import type { Actor } from '../../core/actor.ts';
import { defineCommand, updateVersioned } from '../../db/command.ts';
import type { Queryable } from '../../db/connection.ts';
import { getCommitteeByCode, getMunicipality } from '../organisation/store.ts';
import { getBenchmarkGroup } from '../kolada/store.ts';
import * as store from './store.ts';
import { ensureSecondPerson } from '../settings/store.ts';
import { indicatorNodes } from './queries.ts';
import { rollUp } from './rules/signals.ts';

const year = z.coerce.number().int().min(1990).max(2100);
const month = z.coerce.number().int().min(1).max(12).nullable().default(null);
const gender = z.enum(['T', 'K', 'M']).default('T');
const code = z.string().trim().regex(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'Kod med bokstäver a–z, siffror, punkt, bindestreck eller understreck' });
const longText = (max = 4000) => z.string().trim().max(max).default('');
const nullableText = (max = 1000) => z.string().trim().max(max).nullable().default(null);
const finite = z.number().refine(Number.isFinite, { message: 'Ska vara ett tal' });
const revisionReason = z.string().trim().max(2000).nullable().default(null);

const FROZEN = (what: string) => new AppError('frozen', `${what} ingår i en beslutad målsättning. Ändra den som en revidering: ange ett skäl (revisionReason).`);

/** Frozen rows change only with a reason; the database trigger logs the revision with it. */
async function allowRevision(tx: Queryable, frozen: boolean, reason: string | null, what: string): Promise<void> {
  if (!frozen) return;
  if (!reason) throw FROZEN(what);
  await tx.query("select set_config('styrbord.revision_reason', $1, true)", [reason]);
}
const endRevision = (tx: Queryable) => tx.query("select set_config('styrbord.revision_reason', '', true)");

async function committeeOf(tx: Queryable, committeeCode: string) {
  return getCommitteeByCode(tx, committeeCode);
}

// ---- goal areas and council goals (administrators) ----

export const saveGoalArea = defineCommand({
  name: 'goal_area.save',
  input: z.object({ code, name: shortText(200), description: longText(2000), sortOrder: z.number().int().min(0).max(100_000).default(0), version: z.number().int().min(0) }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const [before] = await tx.query<{ id: number; version: number }>('select * from goal_area where municipality_code = $1 and code = $2 for update', [m.code, input.code]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('målområdet');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into goal_area (municipality_code, code, name, description, sort_order) values ($1, $2, $3, $4, $5)
       on conflict (municipality_code, code) do update set name = $3, description = $4, sort_order = $5, version = goal_area.version + 1 returning *`,
      [m.code, input.code, input.name, input.description, input.sortOrder]);
    return { result: after!, audit: [{ entityType: 'goal_area', entityId: after!.id as number, before: before ?? null, after: after! }] };
  },
});

export const saveCouncilGoal = defineCommand({
  name: 'council_goal.save',
  input: z.object({
    code, goalAreaCode: code, title: shortText(300), summary: longText(4000), termFrom: year, termTo: year,
    sortOrder: z.number().int().min(0).max(100_000).default(0), sourceNote: nullableText(), version: z.number().int().min(0),
  }).refine((v) => v.termTo >= v.termFrom, { message: 'Mandatperioden slutar före den börjar', path: ['termTo'] }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const [area] = await tx.query<{ id: number }>('select id from goal_area where municipality_code = $1 and code = $2', [m.code, input.goalAreaCode]);
    if (!area) throw new AppError('validation', `Målområdet ${input.goalAreaCode} finns inte.`, { fields: [{ field: 'goalAreaCode', message: 'Okänt målområde' }] });
    const [before] = await tx.query<{ version: number }>('select * from council_goal where municipality_code = $1 and code = $2 for update', [m.code, input.code]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('kommunfullmäktiges mål');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into council_goal (municipality_code, goal_area_id, code, title, summary, term_from, term_to, sort_order, source_note) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (municipality_code, code) do update set goal_area_id = $2, title = $4, summary = $5, term_from = $6, term_to = $7, sort_order = $8, source_note = $9,
         version = council_goal.version + 1 returning *`,
      [m.code, area.id, input.code, input.title, input.summary, input.termFrom, input.termTo, input.sortOrder, input.sourceNote]);
    return { result: after!, audit: [{ entityType: 'council_goal', entityId: after!.id as number, before: before ?? null, after: after! }] };
  },
});

// ---- committee goals ----

const committeeGoalFields = {
  title: shortText(300),
  description: longText(4000),
  goalAreaCode: code,
  councilGoalCode: code.nullable().default(null),
  fromYear: year,
  toYear: year.nullable().default(null),
  rollupRule: z.enum(['worst', 'majority', 'average']).default('worst'),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  sourceNote: nullableText(),
};

async function resolveGoalRefs(tx: Queryable, goalAreaCode: string, councilGoalCode: string | null) {
  const m = await getMunicipality(tx);
  const [area] = await tx.query<{ id: number }>('select id from goal_area where municipality_code = $1 and code = $2', [m.code, goalAreaCode]);
  if (!area) throw new AppError('validation', `Målområdet ${goalAreaCode} finns inte.`, { fields: [{ field: 'goalAreaCode', message: 'Okänt målområde' }] });
  if (councilGoalCode === null) return { goalAreaId: area.id, councilGoalId: null };
  const [council] = await tx.query<{ id: number; goalAreaId: number }>('select id, goal_area_id as "goalAreaId" from council_goal where municipality_code = $1 and code = $2', [m.code, councilGoalCode]);
  if (!council) throw new AppError('validation', `Kommunfullmäktiges mål ${councilGoalCode} finns inte.`, { fields: [{ field: 'councilGoalCode', message: 'Okänt KF-mål' }] });
  if (council.goalAreaId !== area.id) throw new AppError('validation', `KF-målet ${councilGoalCode} hör till ett annat målområde.`, { fields: [{ field: 'councilGoalCode', message: 'Annat målområde' }] });
  return { goalAreaId: area.id, councilGoalId: council.id };
}

export const createCommitteeGoal = defineCommand({
  name: 'committee_goal.create',
  input: z.object({ committeeCode: shortText(12), code, ...committeeGoalFields }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await committeeOf(tx, input.committeeCode)).id));
  },
  async run(tx, input) {
    const committee = await committeeOf(tx, input.committeeCode);
    const refs = await resolveGoalRefs(tx, input.goalAreaCode, input.councilGoalCode);
    const [row] = await tx.query<{ id: number }>(
      `insert into committee_goal (committee_id, goal_area_id, council_goal_id, code, title, description, from_year, to_year, rollup_rule, sort_order, source_note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
      [committee.id, refs.goalAreaId, refs.councilGoalId, input.code, input.title, input.description, input.fromYear, input.toYear, input.rollupRule, input.sortOrder, input.sourceNote]);
    const after = await store.getCommitteeGoal(tx, row!.id);
    return { result: after, audit: [{ entityType: 'committee_goal', entityId: after.id, before: null, after }] };
  },
});

export const updateCommitteeGoal = defineCommand({
  name: 'committee_goal.update',
  input: z.object({ id, version, ...patchOf(committeeGoalFields), revisionReason }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await store.getCommitteeGoal(tx, input.id)).committeeId));
  },
  async run(tx, patch) {
    const current = await store.getCommitteeGoal(tx, patch.id);
    const [codes] = await tx.query<{ goalAreaCode: string; councilGoalCode: string | null }>(
      `select a.code as "goalAreaCode", c.code as "councilGoalCode" from goal_area a left join council_goal c on c.id = $2 where a.id = $1`,
      [current.goalAreaId, current.councilGoalId]);
    const { title, description, fromYear, toYear, rollupRule, sortOrder, sourceNote } = current;
    const input = { ...mergePatch({ title, description, fromYear, toYear, rollupRule, sortOrder, sourceNote, goalAreaCode: codes!.goalAreaCode, councilGoalCode: codes!.councilGoalCode }, patch), id: patch.id, version: patch.version, revisionReason: patch.revisionReason };
    const refs = await resolveGoalRefs(tx, input.goalAreaCode, input.councilGoalCode);
    await allowRevision(tx, await store.isFrozen(tx, 'committee_goal', input.id), input.revisionReason, 'Nämndmålet');
    const { before } = await updateVersioned<store.CommitteeGoal>(tx, 'committee_goal', input.id, input.version, {
      goal_area_id: refs.goalAreaId, council_goal_id: refs.councilGoalId, title: input.title, description: input.description, from_year: input.fromYear,
      to_year: input.toYear, rollup_rule: input.rollupRule, sort_order: input.sortOrder, source_note: input.sourceNote,
    }, 'nämndmålet');
    await endRevision(tx);
    const after = await store.getCommitteeGoal(tx, input.id);
    return { result: after, audit: [{ entityType: 'committee_goal', entityId: after.id, before, after: { ...after, revisionReason: input.revisionReason } }] };
  },
});

// ---- indicators ----

const indicatorFields = {
  committeeGoalId: id,
  name: shortText(300),
  definition: longText(4000),
  numerator: nullableText(1000),
  denominator: nullableText(1000),
  unit: z.string().trim().max(40).default(''),
  decimals: z.number().int().min(0).max(6).default(0),
  source: z.enum(['manual', 'import', 'kolada', 'computed']).default('manual'),
  sourceDetail: longText(1000),
  koladaKpi: z.string().trim().toUpperCase().regex(/^[NU]\d{5}$/, { message: 'Kolada-id som N35001' }).nullable().default(null),
  computedFormula: nullableText(1000),
  periodicity: z.enum(['year', 'half_year', 'tertial', 'quarter', 'month']).default('year'),
  expectedNote: longText(500),
  genderSplit: z.boolean().default(false),
  mandatory: z.boolean().default(false),
  polarity: z.enum(['higher_is_better', 'lower_is_better']).nullable().default(null),
  benchmarkGroupCode: code.nullable().default(null),
  owner: z.string().trim().max(200).default(''),
  footnote: longText(2000),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
};

type IndicatorInput = { [K in keyof typeof indicatorFields]: z.output<(typeof indicatorFields)[K]> };

function checkIndicator(input: IndicatorInput) {
  if (input.source === 'kolada' && input.koladaKpi === null) throw new AppError('validation', 'En indikator med källan Kolada behöver ett Kolada-id.', { fields: [{ field: 'koladaKpi', message: 'Saknas' }] });
  if (input.source === 'computed' && !input.computedFormula) throw new AppError('validation', 'En beräknad indikator behöver en beräkning.', { fields: [{ field: 'computedFormula', message: 'Saknas' }] });
}

async function indicatorColumnsFor(tx: Queryable, input: IndicatorInput, committeeId: number) {
  const goal = await store.getCommitteeGoal(tx, input.committeeGoalId);
  if (goal.committeeId !== committeeId) throw new AppError('validation', 'Nämndmålet tillhör en annan nämnd.', { fields: [{ field: 'committeeGoalId', message: 'Annan nämnd' }] });
  const groupId = input.benchmarkGroupCode === null ? null : (await getBenchmarkGroup(tx, input.benchmarkGroupCode)).id;
  return {
    committee_goal_id: input.committeeGoalId, name: input.name, definition: input.definition, numerator: input.numerator, denominator: input.denominator,
    unit: input.unit, decimals: input.decimals, source: input.source, source_detail: input.sourceDetail, kolada_kpi: input.koladaKpi,
    computed_formula: input.computedFormula, periodicity: input.periodicity, expected_note: input.expectedNote, gender_split: input.genderSplit,
    mandatory: input.mandatory, polarity: input.polarity, benchmark_group_id: groupId, owner: input.owner, footnote: input.footnote, sort_order: input.sortOrder,
  };
}

export const createIndicator = defineCommand({
  name: 'indicator.create',
  input: z.object({ committeeCode: shortText(12), code, ...indicatorFields }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await committeeOf(tx, input.committeeCode)).id));
  },
  async run(tx, input) {
    checkIndicator(input);
    const committee = await committeeOf(tx, input.committeeCode);
    const columns = { committee_id: committee.id, code: input.code, ...(await indicatorColumnsFor(tx, input, committee.id)) };
    const names = Object.keys(columns);
    const [row] = await tx.query<{ id: number }>(
      `insert into indicator (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
      Object.values(columns));
    const after = await store.getIndicator(tx, row!.id);
    return { result: after, audit: [{ entityType: 'indicator', entityId: after.id, before: null, after }] };
  },
});

async function currentAsInput(tx: Queryable, current: store.Indicator): Promise<IndicatorInput> {
  const [group] = current.benchmarkGroupId === null ? [] : await tx.query<{ code: string }>('select code from benchmark_group where id = $1', [current.benchmarkGroupId]);
  const { committeeGoalId, name, definition, numerator, denominator, unit, decimals, source, sourceDetail, koladaKpi, computedFormula, periodicity, expectedNote, genderSplit, mandatory, polarity, owner, footnote, sortOrder } = current;
  return { committeeGoalId, name, definition, numerator, denominator, unit, decimals, source, sourceDetail, koladaKpi, computedFormula, periodicity, expectedNote, genderSplit, mandatory, polarity, benchmarkGroupCode: group?.code ?? null, owner, footnote, sortOrder };
}

/** A changed definition; once the indicator is in a decided goal set, only as a revision with a reason. */
export const updateIndicator = defineCommand({
  name: 'indicator.update',
  input: z.object({ id, version, ...patchOf(indicatorFields), revisionReason }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await store.getIndicator(tx, input.id)).committeeId));
  },
  async run(tx, patch) {
    const current = await store.getIndicator(tx, patch.id);
    const input = { ...mergePatch(await currentAsInput(tx, current), patch), id: patch.id, version: patch.version, revisionReason: patch.revisionReason };
    checkIndicator(input);
    const columns = await indicatorColumnsFor(tx, input, current.committeeId);
    await allowRevision(tx, await store.isFrozen(tx, 'indicator', input.id), input.revisionReason, 'Indikatorn');
    const { before } = await updateVersioned<store.Indicator>(tx, 'indicator', input.id, input.version, columns, 'indikatorn');
    await endRevision(tx);
    const after = await store.getIndicator(tx, input.id);
    return { result: after, audit: [{ entityType: 'indicator', entityId: after.id, before, after: { ...after, revisionReason: input.revisionReason } }] };
  },
});

// ---- values ----

export const valueInput = z.object({
  indicatorId: id,
  year,
  month,
  gender,
  value: finite.nullable(),
  numerator: finite.nullable().default(null),
  denominator: finite.nullable().default(null),
  preliminary: z.boolean().default(false),
  note: z.string().trim().max(500).default(''),
  sourceNote: nullableText(),
  /** 0 for a new value. */
  version: z.number().int().min(0),
});

async function writableIndicator(tx: Queryable, indicatorId: number) {
  const indicator = await store.getIndicator(tx, indicatorId);
  if (indicator.source === 'kolada') {
    throw new AppError('validation', `Indikatorn ${indicator.name} hämtar sina värden från Kolada (${indicator.koladaKpi}); läs in dem med Kolada-importen.`);
  }
  return indicator;
}

export async function upsertValue(tx: Queryable, input: z.output<typeof valueInput>, actorName: string, checkVersion = true) {
  const indicator = await writableIndicator(tx, input.indicatorId);
  if (input.gender !== 'T' && !indicator.genderSplit) {
    throw new AppError('validation', `Indikatorn ${indicator.name} är inte uppdelad på kön; ange kön T.`, { fields: [{ field: 'gender', message: 'Endast T' }] });
  }
  const key = [input.indicatorId, input.year, input.month ?? 0, input.gender];
  const [before] = await tx.query<Record<string, unknown> & { version: number }>(
    'select * from indicator_value where indicator_id = $1 and year = $2 and month = $3 and gender = $4 for update', key);
  if (checkVersion && (before?.version ?? 0) !== input.version) throw staleVersion('värdet');
  const [after] = await tx.query<Record<string, unknown>>(
    `insert into indicator_value (indicator_id, year, month, gender, value, numerator, denominator, preliminary, note, source_note, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (indicator_id, year, month, gender) do update set value = $5, numerator = $6, denominator = $7, preliminary = $8, note = $9,
       source_note = $10, updated_by = $11, updated_at = now(), version = indicator_value.version + 1 returning *`,
    [...key, input.value, input.numerator, input.denominator, input.preliminary, input.note, input.sourceNote, actorName]);
  return { before: before ?? null, after: after!, key: key.join(':') };
}

export const setIndicatorValue = defineCommand({
  name: 'indicator_value.set',
  input: valueInput,
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await store.getIndicator(tx, input.indicatorId)).committeeId));
  },
  async run(tx, input, actor) {
    const { before, after, key } = await upsertValue(tx, input, actor.name);
    return { result: after, audit: [{ entityType: 'indicator_value', entityId: key, before, after }] };
  },
});

export const deleteIndicatorValue = defineCommand({
  name: 'indicator_value.delete',
  input: z.object({ indicatorId: id, year, month, gender, version }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await store.getIndicator(tx, input.indicatorId)).committeeId));
  },
  async run(tx, input) {
    await writableIndicator(tx, input.indicatorId);
    const key = [input.indicatorId, input.year, input.month ?? 0, input.gender];
    const [before] = await tx.query<{ version: number }>('select * from indicator_value where indicator_id = $1 and year = $2 and month = $3 and gender = $4 for update', key);
    if (!before) throw new AppError('not_found', 'Värdet finns inte.');
    if (before.version !== input.version) throw staleVersion('värdet');
    await tx.query('delete from indicator_value where indicator_id = $1 and year = $2 and month = $3 and gender = $4', key);
    return { result: { deleted: true }, audit: [{ entityType: 'indicator_value', entityId: key.join(':'), before, after: null }] };
  },
});

// ---- targets ----

export const targetInput = z.object({
  indicatorId: id,
  year,
  gender,
  kind: z.enum(['direction', 'value', 'benchmark']),
  direction: z.enum(['increase', 'decrease', 'maintain']).nullable().default(null),
  comparator: z.enum(['at_least', 'at_most', 'equal']).nullable().default(null),
  value: finite.nullable().default(null),
  benchmarkGroupCode: code.nullable().default(null),
  statistic: z.enum(['average', 'median']).nullable().default(null),
  label: z.string().trim().max(200).default(''),
  version: z.number().int().min(0),
  revisionReason,
}).superRefine((t, ctx) => {
  if (t.kind === 'direction' && t.direction === null) ctx.addIssue({ code: 'custom', path: ['direction'], message: 'Ange riktning (increase, decrease, maintain)' });
  if (t.kind === 'value' && t.value === null) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Ange målvärde' });
  if (t.kind === 'benchmark' && t.benchmarkGroupCode === null) ctx.addIssue({ code: 'custom', path: ['benchmarkGroupCode'], message: 'Ange jämförelsegrupp' });
  if (t.kind === 'benchmark' && t.comparator === 'equal') ctx.addIssue({ code: 'custom', path: ['comparator'], message: 'Mot en jämförelsegrupp: at_most eller at_least' });
});

export async function upsertTarget(tx: Queryable, input: z.output<typeof targetInput>, checkVersion = true) {
  const indicator = await store.getIndicator(tx, input.indicatorId);
  if (input.gender !== 'T' && !indicator.genderSplit) throw new AppError('validation', `Indikatorn ${indicator.name} är inte uppdelad på kön; ange kön T.`, { fields: [{ field: 'gender', message: 'Endast T' }] });
  const groupId = input.kind === 'benchmark' ? (await getBenchmarkGroup(tx, input.benchmarkGroupCode!)).id : null;
  const row = {
    kind: input.kind,
    direction: input.kind === 'direction' ? input.direction : null,
    comparator: input.kind === 'direction' ? null : input.comparator ?? (input.kind === 'benchmark' ? 'at_most' : 'equal'),
    target_value: input.kind === 'value' ? input.value : null,
    benchmark_group_id: groupId,
    statistic: input.kind === 'benchmark' ? input.statistic ?? 'average' : null,
    label: input.label,
  };
  const key = [input.indicatorId, input.year, input.gender];
  const [before] = await tx.query<Record<string, unknown> & { version: number }>('select * from indicator_target where indicator_id = $1 and year = $2 and gender = $3 for update', key);
  if (checkVersion && (before?.version ?? 0) !== input.version) throw staleVersion('målet');
  const same = before && Object.entries(row).every(([k, v]) => before[k] === v);
  if (same) return { before, after: before, key: key.join(':'), changed: false };
  await allowRevision(tx, await store.isTargetYearFrozen(tx, indicator.committeeId, input.year), input.revisionReason, `Målet för ${input.year}`);
  const [after] = await tx.query<Record<string, unknown>>(
    `insert into indicator_target (indicator_id, year, gender, kind, direction, comparator, target_value, benchmark_group_id, statistic, label)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (indicator_id, year, gender) do update set kind = $4, direction = $5, comparator = $6, target_value = $7, benchmark_group_id = $8,
       statistic = $9, label = $10, version = indicator_target.version + 1 returning *`,
    [...key, row.kind, row.direction, row.comparator, row.target_value, row.benchmark_group_id, row.statistic, row.label]);
  await endRevision(tx);
  return { before: before ?? null, after: after!, key: key.join(':'), changed: true };
}

export const setIndicatorTarget = defineCommand({
  name: 'indicator_target.set',
  input: targetInput,
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await store.getIndicator(tx, input.indicatorId)).committeeId));
  },
  async run(tx, input) {
    const { before, after, key } = await upsertTarget(tx, input);
    return { result: after, audit: [{ entityType: 'indicator_target', entityId: key, before, after: { ...after, revisionReason: input.revisionReason } }] };
  },
});

export const deleteIndicatorTarget = defineCommand({
  name: 'indicator_target.delete',
  input: z.object({ indicatorId: id, year, gender, version, revisionReason }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await store.getIndicator(tx, input.indicatorId)).committeeId));
  },
  async run(tx, input) {
    const indicator = await store.getIndicator(tx, input.indicatorId);
    const key = [input.indicatorId, input.year, input.gender];
    const [before] = await tx.query<{ version: number }>('select * from indicator_target where indicator_id = $1 and year = $2 and gender = $3 for update', key);
    if (!before) throw new AppError('not_found', 'Målet finns inte.');
    if (before.version !== input.version) throw staleVersion('målet');
    await allowRevision(tx, await store.isTargetYearFrozen(tx, indicator.committeeId, input.year), input.revisionReason, `Målet för ${input.year}`);
    await tx.query('delete from indicator_target where indicator_id = $1 and year = $2 and gender = $3', key);
    await endRevision(tx);
    return { result: { deleted: true }, audit: [{ entityType: 'indicator_target', entityId: key.join(':'), before, after: null }] };
  },
});

// ---- assessments ----

/** Suggested colour computed now by the rules, stored beside the colour that is set. */
export async function suggestionFor(tx: Queryable, subjectType: 'indicator' | 'committee_goal', subjectId: number, year: number, month: number | null) {
  if (subjectType === 'indicator') {
    const indicator = await store.getIndicator(tx, subjectId);
    const [node] = await indicatorNodes(tx, [indicator], year, month);
    return { committeeId: indicator.committeeId, suggested: node!.suggestedColour };
  }
  const goal = await store.getCommitteeGoal(tx, subjectId);
  const indicators = (await store.listIndicators(tx, goal.committeeId)).filter((i) => i.committeeGoalId === goal.id);
  const nodes = await indicatorNodes(tx, indicators, year, month);
  return { committeeId: goal.committeeId, suggested: rollUp(nodes.map((n) => n.suggestedColour), goal.rollupRule) };
}

export const recordAssessment = defineCommand({
  name: 'assessment.record',
  input: z.object({
    subjectType: z.enum(['indicator', 'committee_goal']),
    subjectId: id,
    year,
    month,
    colour: z.enum(['green', 'yellow', 'red', 'none']),
    analysis: z.string().trim().max(8000).default(''),
  }),
  async authorize(actor, input, tx) {
    const committeeId = input.subjectType === 'indicator' ? (await store.getIndicator(tx, input.subjectId)).committeeId : (await store.getCommitteeGoal(tx, input.subjectId)).committeeId;
    ensure(can.writeCommittee(actor, committeeId));
  },
  async run(tx, input, actor) {
    const { committeeId, suggested } = await suggestionFor(tx, input.subjectType, input.subjectId, input.year, input.month);
    if (input.colour !== suggested && input.analysis === '') {
      throw new AppError('validation', `Den satta färgen skiljer sig från förslaget (${colourLabel[suggested]}); skriv en analys som förklarar varför.`, { fields: [{ field: 'analysis', message: 'Analys krävs när färgen avviker från förslaget' }] });
    }
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into assessment (committee_id, subject_type, subject_id, year, month, suggested_colour, colour, analysis, author)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id, subject_type as "subjectType", subject_id as "subjectId", year, nullif(month, 0)::int as month,
         suggested_colour as "suggestedColour", colour, analysis, author, created_at as "createdAt"`,
      [committeeId, input.subjectType, input.subjectId, input.year, input.month ?? 0, suggested, input.colour, input.analysis, actor.name]);
    return { result: after!, audit: [{ entityType: 'assessment', entityId: after!.id as number, before: null, after: after! }] };
  },
});

// ---- the decided goal set ----

/** Freezes the year's goal set explicitly (the internal budget's decision does it automatically). */
export const decideGoalSet = defineCommand({
  name: 'goal_set.decide',
  input: z.object({ committeeCode: shortText(12), year, decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), reason: shortText(500) }),
  async authorize(actor, input, tx) {
    const committee = await committeeOf(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
    await ensureSecondPerson(tx, actor, { kind: 'goal_set', committeeId: committee.id, year: input.year }, `målsättningen för ${input.year}`);
  },
  async run(tx, input) {
    const committee = await committeeOf(tx, input.committeeCode);
    const [row] = await tx.query<{ id: number | null }>('select goal_set_freeze($1, $2, null, $3::date, $4) as id', [committee.id, input.year, input.decidedOn, input.reason]);
    if (row?.id === null || row?.id === undefined) throw new AppError('validation', `${committee.code} har inga nämndmål för ${input.year} att besluta.`);
    const [after] = await tx.query<store.Snapshot>('select id, committee_id as "committeeId", year, decided_on as "decidedOn", reason, taken_at as "takenAt" from goal_set_snapshot where id = $1', [row.id]);
    return { result: after!, audit: [{ entityType: 'goal_set_snapshot', entityId: row.id, before: null, after: after! }] };
  },
});

// ---- strategic assignments ----

const assignmentFields = {
  issuer: z.enum(['council', 'committee']),
  /** For the committee's own assignments: the committee. */
  issuerCommitteeCode: z.string().trim().max(12).nullable().default(null),
  number: z.number().int().positive().nullable().default(null),
  scope: z.enum(['all', 'named', 'own']),
  title: shortText(1000),
  termFrom: year,
  termTo: year,
  /** Named recipients: committee codes in Styrbord, or names of committees outside it. */
  recipients: z.array(shortText(200)).max(50).default([]),
  sourceNote: nullableText(),
};

async function authorizeAssignment(actor: Actor, tx: Queryable, input: { issuer: string; issuerCommitteeCode: string | null }) {
  if (input.issuer === 'council') return ensure(can.administer(actor));
  if (!input.issuerCommitteeCode) throw new AppError('validation', 'Ange vilken nämnd som ger uppdraget.', { fields: [{ field: 'issuerCommitteeCode', message: 'Saknas' }] });
  ensure(can.writeCommittee(actor, (await committeeOf(tx, input.issuerCommitteeCode)).id));
}

export const saveAssignment = defineCommand({
  name: 'strategic_assignment.save',
  input: z.object({ id: id.nullable().default(null), version: z.number().int().min(0), ...assignmentFields })
    .refine((a) => a.termTo >= a.termFrom, { message: 'Perioden slutar före den börjar', path: ['termTo'] })
    .refine((a) => (a.issuer === 'committee') === (a.scope === 'own'), { message: 'En nämnds eget uppdrag har omfattningen own; KF:s uppdrag all eller named', path: ['scope'] })
    .refine((a) => a.scope !== 'named' || a.recipients.length > 0, { message: 'Ange minst en mottagare', path: ['recipients'] }),
  async authorize(actor, input, tx) {
    await authorizeAssignment(actor, tx, input);
    if (input.id !== null) {
      const [existing] = await tx.query<{ issuer: string; issuerCommitteeCode: string | null }>(
        'select a.issuer, c.code as "issuerCommitteeCode" from strategic_assignment a left join committee c on c.id = a.issuer_committee_id where a.id = $1', [input.id]);
      if (existing) await authorizeAssignment(actor, tx, existing);
    }
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const issuerId = input.issuerCommitteeCode && input.issuer === 'committee' ? (await committeeOf(tx, input.issuerCommitteeCode)).id : null;
    const values = [m.code, input.issuer, issuerId, input.number, input.scope, input.title, input.termFrom, input.termTo, input.sourceNote];
    let assignmentId: number;
    let before: unknown = null;
    if (input.id === null) {
      const [row] = await tx.query<{ id: number }>(
        `insert into strategic_assignment (municipality_code, issuer, issuer_committee_id, number, scope, title, term_from, term_to, source_note)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`, values);
      assignmentId = row!.id;
    } else {
      const changed = await updateVersioned(tx, 'strategic_assignment', input.id, input.version, {
        issuer: input.issuer, issuer_committee_id: issuerId, number: input.number, scope: input.scope, title: input.title,
        term_from: input.termFrom, term_to: input.termTo, source_note: input.sourceNote,
      }, 'uppdraget');
      before = changed.before;
      assignmentId = input.id;
      await tx.query('delete from strategic_assignment_recipient where assignment_id = $1', [assignmentId]);
    }
    for (const r of input.scope === 'named' ? [...new Set(input.recipients)] : []) {
      const [committee] = await tx.query<{ id: number; name: string }>('select id, name from committee where upper(code) = upper($1) or lower(name) = lower($1)', [r]);
      await tx.query('insert into strategic_assignment_recipient (assignment_id, committee_id, committee_name) values ($1, $2, $3) on conflict do nothing',
        [assignmentId, committee?.id ?? null, committee?.name ?? r]);
    }
    const [after] = await tx.query<Record<string, unknown>>('select * from strategic_assignment where id = $1', [assignmentId]);
    return { result: after!, audit: [{ entityType: 'strategic_assignment', entityId: assignmentId, before, after: after! }] };
  },
});

export const followUpAssignment = defineCommand({
  name: 'strategic_assignment.follow_up',
  input: z.object({
    assignmentId: id, committeeCode: shortText(12), year, month,
    status: z.enum(['not_started', 'ongoing', 'done', 'cancelled']),
    text: z.string().trim().max(8000).default(''),
    version: z.number().int().min(0),
  }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await committeeOf(tx, input.committeeCode)).id));
  },
  async run(tx, input, actor) {
    const committee = await committeeOf(tx, input.committeeCode);
    const [assignment] = await tx.query<{ id: number }>('select id from strategic_assignment where id = $1', [input.assignmentId]);
    if (!assignment) throw new AppError('not_found', 'Uppdraget finns inte.');
    const key = [input.assignmentId, committee.id, input.year, input.month ?? 0];
    const [before] = await tx.query<{ version: number }>('select * from strategic_assignment_follow_up where assignment_id = $1 and committee_id = $2 and year = $3 and month = $4 for update', key);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('uppföljningen');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into strategic_assignment_follow_up (assignment_id, committee_id, year, month, status, text, author) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (assignment_id, committee_id, year, month) do update set status = $5, text = $6, author = $7, updated_at = now(),
         version = strategic_assignment_follow_up.version + 1 returning *`,
      [...key, input.status, input.text, actor.name]);
    return { result: after!, audit: [{ entityType: 'strategic_assignment_follow_up', entityId: key.join(':'), before: before ?? null, after: after! }] };
  },
});
