import { z, shortText, expectedVersion } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { msg, schemaText } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { upsertVersioned } from '../../../db/versioned.ts';
import { getCouncilGoal, getGoalArea } from '../store.ts';
import { getMunicipality } from '../../organisation/store.ts';
import { code, longText, nullableText, year } from './fields.ts';

/** The municipality's goal structure, kept by administrators: goal areas and the council's goals. */

export const saveGoalArea = defineCommand({
  name: 'goal_area.save',
  input: z.object({
    code,
    name: shortText(200),
    description: longText(2000),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
    version: expectedVersion,
  }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const { before, after } = await upsertVersioned(tx, {
      table: 'goal_area',
      key: { municipality_code: m.code, code: input.code },
      values: { name: input.name, description: input.description, sort_order: input.sortOrder },
      expectedVersion: input.version,
      what: msg('thing.goal_area'),
      read: (db) => getGoalArea(db, m.code, input.code),
    });
    return { result: after, audit: [{ entityType: 'goal_area', entityId: after.id, before, after }] };
  },
});

export const saveCouncilGoal = defineCommand({
  name: 'council_goal.save',
  input: z
    .object({
      code,
      goalAreaCode: code,
      title: shortText(300),
      summary: longText(4000),
      termFrom: year,
      termTo: year,
      sortOrder: z.number().int().min(0).max(100_000).default(0),
      sourceNote: nullableText(),
      version: expectedVersion,
    })
    .refine((v) => v.termTo >= v.termFrom, { message: schemaText('goals.term_ends_before_start'), path: ['termTo'] }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const [area] = await tx.query<{ id: number }>('select id from goal_area where municipality_code = $1 and code = $2', [
      m.code,
      input.goalAreaCode,
    ]);
    if (!area)
      throw new AppError('validation', msg('goals.unknown_goal_area', { code: input.goalAreaCode }), {
        fields: [{ field: 'goalAreaCode', message: msg('goals.field_unknown_goal_area') }],
      });
    const { before, after } = await upsertVersioned(tx, {
      table: 'council_goal',
      key: { municipality_code: m.code, code: input.code },
      values: {
        goal_area_id: area.id,
        title: input.title,
        summary: input.summary,
        term_from: input.termFrom,
        term_to: input.termTo,
        sort_order: input.sortOrder,
        source_note: input.sourceNote,
      },
      expectedVersion: input.version,
      what: msg('thing.council_goal'),
      read: (db) => getCouncilGoal(db, m.code, input.code),
    });
    return { result: after, audit: [{ entityType: 'council_goal', entityId: after.id, before, after }] };
  },
});
