import { z, id, version } from '../../../core/validation.ts';
import { AppError, staleVersion } from '../../../core/errors.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import type { Queryable } from '../../../db/connection.ts';
import { getBenchmarkGroup } from '../../kolada/store.ts';
import * as store from '../store.ts';
import { code, finite, gender, year } from './fields.ts';
import { allowRevision, endRevision, revisionReason } from './revision.ts';

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
