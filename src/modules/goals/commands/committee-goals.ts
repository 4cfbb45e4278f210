import { z, shortText, id, version, patchOf, mergePatch, committeeCode } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import type { Queryable } from '../../../db/connection.ts';
import { getCommitteeByCode, getMunicipality } from '../../organisation/store.ts';
import * as store from '../store.ts';
import { code, longText, nullableText, year } from './fields.ts';
import { allowRevision, endRevision, revised, revisionReason } from './revision.ts';
import { writesCommittee } from '../../organisation/commands.ts';

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
  const [area] = await tx.query<{ id: number }>('select id from goal_area where municipality_code = $1 and code = $2', [
    m.code,
    goalAreaCode,
  ]);
  if (!area)
    throw new AppError('validation', msg('goals.unknown_goal_area', { code: goalAreaCode }), {
      fields: [{ field: 'goalAreaCode', message: msg('goals.field_unknown_goal_area') }],
    });
  if (councilGoalCode === null) return { goalAreaId: area.id, councilGoalId: null };
  const [council] = await tx.query<{ id: number; goalAreaId: number }>(
    'select id, goal_area_id as "goalAreaId" from council_goal where municipality_code = $1 and code = $2',
    [m.code, councilGoalCode],
  );
  if (!council)
    throw new AppError('validation', msg('goals.unknown_council_goal', { code: councilGoalCode }), {
      fields: [{ field: 'councilGoalCode', message: msg('goals.field_unknown_council_goal') }],
    });
  if (council.goalAreaId !== area.id)
    throw new AppError('validation', msg('goals.council_goal_other_area', { code: councilGoalCode }), {
      fields: [{ field: 'councilGoalCode', message: msg('goals.field_other_goal_area') }],
    });
  return { goalAreaId: area.id, councilGoalId: council.id };
}

export const createCommitteeGoal = defineCommand({
  name: 'committee_goal.create',
  input: z.object({ committeeCode, code, ...committeeGoalFields }),
  authorize: writesCommittee,
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const refs = await resolveGoalRefs(tx, input.goalAreaCode, input.councilGoalCode);
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into committee_goal (committee_id, goal_area_id, council_goal_id, code, title, description, from_year, to_year, rollup_rule, sort_order, source_note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
      [
        committee.id,
        refs.goalAreaId,
        refs.councilGoalId,
        input.code,
        input.title,
        input.description,
        input.fromYear,
        input.toYear,
        input.rollupRule,
        input.sortOrder,
        input.sourceNote,
      ],
    );
    const after = await store.getCommitteeGoal(tx, row.id);
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
    const codes = await queryOne<{ goalAreaCode: string; councilGoalCode: string | null }>(
      tx,
      `select a.code as "goalAreaCode", c.code as "councilGoalCode" from goal_area a left join council_goal c on c.id = $2 where a.id = $1`,
      [current.goalAreaId, current.councilGoalId],
    );
    const { title, description, fromYear, toYear, rollupRule, sortOrder, sourceNote } = current;
    const input = {
      ...mergePatch(
        {
          title,
          description,
          fromYear,
          toYear,
          rollupRule,
          sortOrder,
          sourceNote,
          goalAreaCode: codes.goalAreaCode,
          councilGoalCode: codes.councilGoalCode,
        },
        patch,
      ),
      id: patch.id,
      version: patch.version,
      revisionReason: patch.revisionReason,
    };
    const refs = await resolveGoalRefs(tx, input.goalAreaCode, input.councilGoalCode);
    await allowRevision(tx, await store.isFrozen(tx, 'committee_goal', input.id), input.revisionReason, msg('thing.committee_goal'));
    const { before, after } = await updateVersioned(
      tx,
      { table: 'committee_goal', what: msg('thing.committee_goal'), read: store.getCommitteeGoal },
      input.id,
      input.version,
      {
        goal_area_id: refs.goalAreaId,
        council_goal_id: refs.councilGoalId,
        title: input.title,
        description: input.description,
        from_year: input.fromYear,
        to_year: input.toYear,
        rollup_rule: input.rollupRule,
        sort_order: input.sortOrder,
        source_note: input.sourceNote,
      },
    );
    await endRevision(tx);
    return revised({ type: 'committee_goal', id: after.id }, { before, after }, input.revisionReason);
  },
});
