import { z, shortText, committeeCode } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import { ensureSecondPerson } from '../../settings/store.ts';
import type { Snapshot } from '../model.ts';
import { year } from './fields.ts';

/** Freezes the year's goal set explicitly (the internal budget's decision does it automatically). */
export const decideGoalSet = defineCommand({
  name: 'goal_set.decide',
  input: z.object({ committeeCode, year, decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), reason: shortText(500) }),
  async authorize(actor, input, tx) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
    await ensureSecondPerson(
      tx,
      actor,
      { kind: 'goal_set', committeeId: committee.id, year: input.year },
      msg('thing.goal_set_for_year', { year: input.year }),
    );
  },
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const [row] = await tx.query<{ id: number | null }>('select goal_set_freeze($1, $2, null, $3::date, $4) as id', [
      committee.id,
      input.year,
      input.decidedOn,
      input.reason,
    ]);
    if (row?.id === null || row?.id === undefined)
      throw new AppError('validation', msg('goals.no_goals_to_decide', { committee: committee.code, year: input.year }));
    const after = await queryOne<Snapshot>(
      tx,
      'select id, committee_id as "committeeId", year, decided_on as "decidedOn", reason, taken_at as "takenAt" from goal_set_snapshot where id = $1',
      [row.id],
    );
    return { result: after, audit: [{ entityType: 'goal_set_snapshot', entityId: row.id, before: null, after }] };
  },
});
