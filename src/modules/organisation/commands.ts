import { z, isoDate, shortText, version, id, committeeCode } from '../../core/validation.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { msg, schemaText } from '../../core/messages.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import { queryOne } from '../../db/rows.ts';
import { updateVersioned, type VersionedRow } from '../../db/versioned.ts';
import type { Queryable } from '../../db/connection.ts';
import type { Actor } from '../../core/actor.ts';
import { startsWithinCommittee, type Activity } from './model.ts';
import { getActivity, getCommitteeByCode } from './store.ts';

/**
 * The authorize step of every command on one committee's data named by its code (`committeeCode`
 * in the input): the actor must be allowed to write that committee.
 */
export async function writesCommittee(actor: Actor, input: { committeeCode: string }, tx: Queryable): Promise<void> {
  ensure(can.writeCommittee(actor, (await getCommitteeByCode(tx, input.committeeCode)).id));
}

export const activityRow: VersionedRow<Activity> = { table: 'activity', what: msg('thing.activity'), read: getActivity };

const activityCode = z
  .string()
  .trim()
  .regex(/^[\p{L}0-9._-]{1,40}$/u, {
    message: schemaText('organisation.activity_code_format'),
  });

async function committeeOf(tx: Queryable, committeeId: number) {
  const [c] = await tx.query<{ id: number; code: string; validFrom: string; validTo: string | null }>(
    'select id, code, valid_from as "validFrom", valid_to as "validTo" from committee where id = $1',
    [committeeId],
  );
  if (!c) throw notFound(msg('thing.committee'));
  return c;
}

async function checkPlacement(
  tx: Queryable,
  committeeId: number,
  parentId: number | null,
  validity: { validFrom: string },
  selfId?: number,
) {
  const committee = await committeeOf(tx, committeeId);
  if (!startsWithinCommittee(validity, committee)) {
    throw new AppError('validation', msg('organisation.starts_before_committee', { from: committee.validFrom }), {
      fields: [{ field: 'validFrom', message: msg('organisation.field_before_committee_start') }],
    });
  }
  if (parentId === null) return;
  const parent = await getActivity(tx, parentId);
  if (parent.committeeId !== committeeId) {
    throw new AppError('validation', msg('organisation.parent_other_committee'), {
      fields: [{ field: 'parentId', message: msg('field.other_committee') }],
    });
  }
  // walk upwards so that an activity can never become its own ancestor
  let cursor: Activity | null = parent;
  while (cursor) {
    if (cursor.id === selfId) {
      throw new AppError('validation', msg('organisation.under_itself'), {
        fields: [{ field: 'parentId', message: msg('organisation.field_circular') }],
      });
    }
    cursor = cursor.parentId === null ? null : await getActivity(tx, cursor.parentId);
  }
}

export const createActivity = defineCommand({
  name: 'activity.create',
  input: z.object({
    committeeCode,
    parentId: id.nullable().default(null),
    code: activityCode,
    name: shortText(200),
    isSubset: z.boolean().default(false),
    sortOrder: z.number().int().min(0).max(100000).default(0),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  }),
  async authorize(actor, input, tx) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
  },
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    if (input.isSubset && input.parentId === null) {
      throw new AppError('validation', msg('organisation.subset_needs_parent'), {
        fields: [{ field: 'parentId', message: msg('organisation.field_subset_needs_parent') }],
      });
    }
    await checkPlacement(tx, committee.id, input.parentId, input);
    const exists = await tx.query('select 1 from activity where committee_id = $1 and code = $2', [committee.id, input.code]);
    if (exists.length > 0) {
      throw new AppError('conflict', msg('organisation.code_taken_in_committee', { committee: committee.code, code: input.code }), {
        fields: [{ field: 'code', message: msg('organisation.field_code_taken') }],
      });
    }
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into activity (committee_id, parent_id, code, name, is_subset, sort_order, valid_from, valid_to)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [committee.id, input.parentId, input.code, input.name, input.isSubset, input.sortOrder, input.validFrom, input.validTo],
    );
    const created = await getActivity(tx, row.id);
    return { result: created, audit: [{ entityType: 'activity', entityId: created.id, before: null, after: created }] };
  },
});

export const updateActivity = defineCommand({
  name: 'activity.update',
  input: z
    .object({
      id,
      version,
      code: activityCode.optional(),
      name: shortText(200).optional(),
      isSubset: z.boolean().optional(),
      parentId: id.nullable().optional(),
      sortOrder: z.number().int().min(0).max(100000).optional(),
      validFrom: isoDate.optional(),
      validTo: isoDate.nullable().optional(),
    })
    .strict(),
  async authorize(actor, input, tx) {
    const activity = await getActivity(tx, input.id);
    ensure(can.writeCommittee(actor, activity.committeeId));
  },
  async run(tx, input) {
    const current = await getActivity(tx, input.id);
    const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as Activity;
    if (next.validTo !== null && next.validTo < next.validFrom) {
      throw new AppError('validation', msg('organisation.valid_to_before_from'), {
        fields: [{ field: 'validTo', message: msg('organisation.field_before_valid_from') }],
      });
    }
    if (next.isSubset && next.parentId === null) {
      throw new AppError('validation', msg('organisation.subset_needs_parent'), {
        fields: [{ field: 'parentId', message: msg('organisation.field_subset_needs_parent') }],
      });
    }
    await checkPlacement(tx, current.committeeId, next.parentId, next, current.id);
    if (next.code !== current.code) {
      const clash = await tx.query('select 1 from activity where committee_id = $1 and code = $2 and id <> $3', [
        current.committeeId,
        next.code,
        current.id,
      ]);
      if (clash.length > 0)
        throw new AppError('conflict', msg('organisation.code_taken', { code: next.code }), {
          fields: [{ field: 'code', message: msg('organisation.field_code_taken') }],
        });
    }
    const { before, after } = await updateVersioned(tx, activityRow, input.id, input.version, {
      code: next.code,
      name: next.name,
      is_subset: next.isSubset,
      parent_id: next.parentId,
      sort_order: next.sortOrder,
      valid_from: next.validFrom,
      valid_to: next.validTo,
    });
    return { result: after, audit: [{ entityType: 'activity', entityId: after.id, before, after }] };
  },
});

export const createActivityMapping = defineCommand({
  name: 'activity_mapping.create',
  input: z.object({
    fromActivityId: id,
    toActivityId: id,
    shareBp: z.number().int().min(1).max(10000).default(10000),
    effectiveFrom: isoDate,
  }),
  async authorize(actor, input, tx) {
    const [from, to] = [await getActivity(tx, input.fromActivityId), await getActivity(tx, input.toActivityId)];
    ensure(can.writeCommittee(actor, from.committeeId) && can.writeCommittee(actor, to.committeeId));
  },
  async run(tx, input) {
    if (input.fromActivityId === input.toActivityId) {
      throw new AppError('validation', msg('organisation.succeeds_itself'), {
        fields: [{ field: 'toActivityId', message: msg('organisation.field_same_activity') }],
      });
    }
    const { total } = await queryOne<{ total: number }>(
      tx,
      'select coalesce(sum(share_bp), 0)::int as total from activity_mapping where from_activity_id = $1',
      [input.fromActivityId],
    );
    if (total + input.shareBp > 10000) {
      throw new AppError('validation', msg('organisation.shares_over_100', { percent: (total + input.shareBp) / 100 }), {
        fields: [{ field: 'shareBp', message: msg('organisation.field_shares_over_100') }],
      });
    }
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into activity_mapping (from_activity_id, to_activity_id, share_bp, effective_from)
       values ($1, $2, $3, $4) returning id, from_activity_id as "fromActivityId", to_activity_id as "toActivityId",
       share_bp as "shareBp", effective_from as "effectiveFrom", version`,
      [input.fromActivityId, input.toActivityId, input.shareBp, input.effectiveFrom],
    );
    return { result: row, audit: [{ entityType: 'activity_mapping', entityId: row.id, before: null, after: row }] };
  },
});

export const updateCommittee = defineCommand({
  name: 'committee.update',
  input: z
    .object({
      code: shortText(12),
      version,
      name: shortText(200).optional(),
      validTo: isoDate.nullable().optional(),
    })
    .strict(),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const current = await getCommitteeByCode(tx, input.code);
    const changes: Record<string, unknown> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.validTo !== undefined) changes.valid_to = input.validTo;
    const { before, after } = await updateVersioned(
      tx,
      { table: 'committee', what: msg('thing.committee'), read: () => getCommitteeByCode(tx, input.code) },
      current.id,
      input.version,
      changes,
    );
    return { result: after, audit: [{ entityType: 'committee', entityId: after.id, before, after }] };
  },
});
