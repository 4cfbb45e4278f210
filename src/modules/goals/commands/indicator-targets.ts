import { z, id, version, expectedVersion } from '../../../core/validation.ts';
import { AppError, staleVersion, notFound } from '../../../core/errors.ts';
import { msg, schemaText } from '../../../core/messages.ts';
import { required } from '../../../core/required.ts';
import { defineCommand } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import { upsertVersioned } from '../../../db/versioned.ts';
import type { Queryable } from '../../../db/connection.ts';
import { getBenchmarkGroup } from '../../kolada/store.ts';
import * as store from '../store.ts';
import { code, finite, gender, year } from './fields.ts';
import { allowRevision, endRevision, revised, revisionReason } from './revision.ts';
import { writesIndicator } from './indicators.ts';

export const targetInput = z
  .object({
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
    version: expectedVersion,
    revisionReason,
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'direction' && t.direction === null)
      ctx.addIssue({ code: 'custom', path: ['direction'], message: schemaText('goals.give_direction') });
    if (t.kind === 'value' && t.value === null)
      ctx.addIssue({ code: 'custom', path: ['value'], message: schemaText('goals.give_target_value') });
    if (t.kind === 'benchmark' && t.benchmarkGroupCode === null)
      ctx.addIssue({ code: 'custom', path: ['benchmarkGroupCode'], message: schemaText('goals.give_benchmark_group') });
    if (t.kind === 'benchmark' && t.comparator === 'equal')
      ctx.addIssue({ code: 'custom', path: ['comparator'], message: schemaText('goals.benchmark_comparator') });
  });

export async function upsertTarget(tx: Queryable, input: z.output<typeof targetInput>, checkVersion = true) {
  const indicator = await store.getIndicator(tx, input.indicatorId);
  if (input.gender !== 'T' && !indicator.genderSplit)
    throw new AppError('validation', msg('goals.not_gender_split', { name: indicator.name }), {
      fields: [{ field: 'gender', message: msg('field.total_only') }],
    });
  const groupId =
    input.kind === 'benchmark' ? (await getBenchmarkGroup(tx, required(input.benchmarkGroupCode, 'jämförelsegrupp (validerad)'))).id : null;
  const row = {
    kind: input.kind,
    direction: input.kind === 'direction' ? input.direction : null,
    comparator: input.kind === 'direction' ? null : (input.comparator ?? (input.kind === 'benchmark' ? 'at_most' : 'equal')),
    target_value: input.kind === 'value' ? input.value : null,
    benchmark_group_id: groupId,
    statistic: input.kind === 'benchmark' ? (input.statistic ?? 'average') : null,
    label: input.label,
  };
  const key = [input.indicatorId, input.year, input.gender];
  const { before, after, written } = await upsertVersioned(tx, {
    table: 'indicator_target',
    key: { indicator_id: input.indicatorId, year: input.year, gender: input.gender },
    values: row,
    expectedVersion: checkVersion ? input.version : null,
    what: msg('thing.indicator_target'),
    read: (db) => store.getIndicatorTarget(db, input.indicatorId, input.year, input.gender),
    async beforeWrite(existing) {
      if (existing) {
        const stored = await queryOne<Record<string, unknown>>(
          tx,
          `select ${Object.keys(row).join(', ')} from indicator_target where indicator_id = $1 and year = $2 and gender = $3`,
          key,
        );
        if (Object.entries(row).every(([k, v]) => stored[k] === v)) return false;
      }
      await allowRevision(
        tx,
        await store.isTargetYearFrozen(tx, indicator.committeeId, input.year),
        input.revisionReason,
        msg('thing.target_for_year', { year: input.year }),
      );
      return true;
    },
  });
  if (written) await endRevision(tx);
  return { before, after, key: key.join(':'), changed: written };
}

export const setIndicatorTarget = defineCommand({
  name: 'indicator_target.set',
  input: targetInput,
  authorize: writesIndicator,
  async run(tx, input) {
    const { before, after, key } = await upsertTarget(tx, input);
    return revised({ type: 'indicator_target', id: key }, { before, after }, input.revisionReason);
  },
});

export const deleteIndicatorTarget = defineCommand({
  name: 'indicator_target.delete',
  input: z.object({ indicatorId: id, year, gender, version, revisionReason }),
  authorize: writesIndicator,
  async run(tx, input) {
    const indicator = await store.getIndicator(tx, input.indicatorId);
    const key = [input.indicatorId, input.year, input.gender];
    await tx.query('select 1 from indicator_target where indicator_id = $1 and year = $2 and gender = $3 for update', key);
    const before = await store.getIndicatorTarget(tx, input.indicatorId, input.year, input.gender);
    if (!before) throw notFound(msg('thing.indicator_target'));
    if (before.version !== input.version) throw staleVersion(msg('thing.indicator_target'));
    await allowRevision(
      tx,
      await store.isTargetYearFrozen(tx, indicator.committeeId, input.year),
      input.revisionReason,
      msg('thing.target_for_year', { year: input.year }),
    );
    await tx.query('delete from indicator_target where indicator_id = $1 and year = $2 and gender = $3', key);
    await endRevision(tx);
    return { result: { deleted: true }, audit: [{ entityType: 'indicator_target', entityId: key.join(':'), before, after: null }] };
  },
});
