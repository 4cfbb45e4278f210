import { z, id, version, expectedVersion } from '../../../core/validation.ts';
import { AppError, staleVersion, notFound } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { defineCommand } from '../../../db/command.ts';
import { upsertVersioned } from '../../../db/versioned.ts';
import type { Queryable } from '../../../db/connection.ts';
import * as store from '../store.ts';
import { finite, gender, month, nullableText, year } from './fields.ts';
import { writesIndicator } from './indicators.ts';

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
  version: expectedVersion,
});

async function writableIndicator(tx: Queryable, indicatorId: number) {
  const indicator = await store.getIndicator(tx, indicatorId);
  if (indicator.source === 'kolada') {
    throw new AppError('validation', msg('goals.values_from_kolada', { name: indicator.name, kpi: indicator.koladaKpi ?? '' }));
  }
  return indicator;
}

export async function upsertValue(tx: Queryable, input: z.output<typeof valueInput>, actorName: string, checkVersion = true) {
  const indicator = await writableIndicator(tx, input.indicatorId);
  if (input.gender !== 'T' && !indicator.genderSplit) {
    throw new AppError('validation', msg('goals.not_gender_split', { name: indicator.name }), {
      fields: [{ field: 'gender', message: msg('field.total_only') }],
    });
  }
  const month = input.month ?? 0;
  const { before, after } = await upsertVersioned(tx, {
    table: 'indicator_value',
    key: { indicator_id: input.indicatorId, year: input.year, month, gender: input.gender },
    values: {
      value: input.value,
      numerator: input.numerator,
      denominator: input.denominator,
      preliminary: input.preliminary,
      note: input.note,
      source_note: input.sourceNote,
      updated_by: actorName,
    },
    stampOnUpdate: ['updated_at'],
    expectedVersion: checkVersion ? input.version : null,
    what: msg('thing.indicator_value'),
    read: (db) => store.getIndicatorValue(db, input.indicatorId, input.year, month, input.gender),
  });
  return { before, after, key: [input.indicatorId, input.year, month, input.gender].join(':') };
}

export const setIndicatorValue = defineCommand({
  name: 'indicator_value.set',
  input: valueInput,
  authorize: writesIndicator,
  async run(tx, input, actor) {
    const { before, after, key } = await upsertValue(tx, input, actor.name);
    return { result: after, audit: [{ entityType: 'indicator_value', entityId: key, before, after }] };
  },
});

export const deleteIndicatorValue = defineCommand({
  name: 'indicator_value.delete',
  input: z.object({ indicatorId: id, year, month, gender, version }),
  authorize: writesIndicator,
  async run(tx, input) {
    await writableIndicator(tx, input.indicatorId);
    const key = [input.indicatorId, input.year, input.month ?? 0, input.gender] as const;
    await tx.query('select 1 from indicator_value where indicator_id = $1 and year = $2 and month = $3 and gender = $4 for update', [
      ...key,
    ]);
    const before = await store.getIndicatorValue(tx, ...key);
    if (!before) throw notFound(msg('thing.indicator_value'));
    if (before.version !== input.version) throw staleVersion(msg('thing.indicator_value'));
    await tx.query('delete from indicator_value where indicator_id = $1 and year = $2 and month = $3 and gender = $4', [...key]);
    return { result: { deleted: true }, audit: [{ entityType: 'indicator_value', entityId: key.join(':'), before, after: null }] };
  },
});
