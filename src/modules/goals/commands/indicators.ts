import { z, shortText, id, version, patchOf, mergePatch, committeeCode } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { msg, schemaText } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import type { Actor } from '../../../core/actor.ts';
import { defineCommand } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import type { Queryable } from '../../../db/connection.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import { getBenchmarkGroup } from '../../kolada/store.ts';
import type { Indicator } from '../model.ts';
import * as store from '../store.ts';
import { code, longText, nullableText } from './fields.ts';
import { allowRevision, endRevision, revised, revisionReason } from './revision.ts';
import { writesCommittee } from '../../organisation/commands.ts';

/** The authorize step of a write to an indicator's values or targets: a writer of its committee. */
export async function writesIndicator(actor: Actor, input: { indicatorId: number }, tx: Queryable): Promise<void> {
  ensure(can.writeCommittee(actor, (await store.getIndicator(tx, input.indicatorId)).committeeId));
}

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
  koladaKpi: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[NU]\d{5}$/, { message: schemaText('goals.kolada_id_format') })
    .nullable()
    .default(null),
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
  if (input.source === 'kolada' && input.koladaKpi === null)
    throw new AppError('validation', msg('goals.kolada_needs_id'), {
      fields: [{ field: 'koladaKpi', message: msg('field.missing') }],
    });
  if (input.source === 'computed' && !input.computedFormula)
    throw new AppError('validation', msg('goals.computed_needs_formula'), {
      fields: [{ field: 'computedFormula', message: msg('field.missing') }],
    });
}

async function indicatorColumnsFor(tx: Queryable, input: IndicatorInput, committeeId: number) {
  const goal = await store.getCommitteeGoal(tx, input.committeeGoalId);
  if (goal.committeeId !== committeeId)
    throw new AppError('validation', msg('goals.goal_other_committee'), {
      fields: [{ field: 'committeeGoalId', message: msg('field.other_committee') }],
    });
  const groupId = input.benchmarkGroupCode === null ? null : (await getBenchmarkGroup(tx, input.benchmarkGroupCode)).id;
  return {
    committee_goal_id: input.committeeGoalId,
    name: input.name,
    definition: input.definition,
    numerator: input.numerator,
    denominator: input.denominator,
    unit: input.unit,
    decimals: input.decimals,
    source: input.source,
    source_detail: input.sourceDetail,
    kolada_kpi: input.koladaKpi,
    computed_formula: input.computedFormula,
    periodicity: input.periodicity,
    expected_note: input.expectedNote,
    gender_split: input.genderSplit,
    mandatory: input.mandatory,
    polarity: input.polarity,
    benchmark_group_id: groupId,
    owner: input.owner,
    footnote: input.footnote,
    sort_order: input.sortOrder,
  };
}

export const createIndicator = defineCommand({
  name: 'indicator.create',
  input: z.object({ committeeCode, code, ...indicatorFields }),
  authorize: writesCommittee,
  async run(tx, input) {
    checkIndicator(input);
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const columns = { committee_id: committee.id, code: input.code, ...(await indicatorColumnsFor(tx, input, committee.id)) };
    const names = Object.keys(columns);
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into indicator (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
      Object.values(columns),
    );
    const after = await store.getIndicator(tx, row.id);
    return { result: after, audit: [{ entityType: 'indicator', entityId: after.id, before: null, after }] };
  },
});

async function currentAsInput(tx: Queryable, current: Indicator): Promise<IndicatorInput> {
  const [group] =
    current.benchmarkGroupId === null
      ? []
      : await tx.query<{ code: string }>('select code from benchmark_group where id = $1', [current.benchmarkGroupId]);
  // everything an input holds, less what the indicator has of its own (id, code, version) or keeps by id
  const { id: _id, committeeId: _committeeId, code: _code, benchmarkGroupId: _groupId, version: _version, ...fields } = current;
  return { ...fields, benchmarkGroupCode: group?.code ?? null };
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
    const input = {
      ...mergePatch(await currentAsInput(tx, current), patch),
      id: patch.id,
      version: patch.version,
      revisionReason: patch.revisionReason,
    };
    checkIndicator(input);
    const columns = await indicatorColumnsFor(tx, input, current.committeeId);
    await allowRevision(tx, await store.isFrozen(tx, 'indicator', input.id), input.revisionReason, msg('thing.indicator'));
    const { before, after } = await updateVersioned(
      tx,
      { table: 'indicator', what: msg('thing.indicator'), read: store.getIndicator },
      input.id,
      input.version,
      columns,
    );
    await endRevision(tx);
    return revised({ type: 'indicator', id: after.id }, { before, after }, input.revisionReason);
  },
});
