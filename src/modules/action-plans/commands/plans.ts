import { z, shortText, id, version, committeeCode } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { msg, schemaText } from '../../../core/messages.ts';
import { defineCommand } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import * as store from '../store.ts';
import { invalid, year } from './fields.ts';
import { authorizePlan } from './access.ts';
import { writesCommittee } from '../../organisation/commands.ts';

/** Action plans: a title and a period of years, with versions. */

/** A new plan starts with an empty draft, version 1. */
export const createPlan = defineCommand({
  name: 'action_plan.create',
  input: z
    .object({
      committeeCode,
      title: shortText(200),
      firstYear: year,
      lastYear: year,
      sourceNote: z.string().trim().max(1000).nullable().default(null),
    })
    .refine((p) => p.lastYear >= p.firstYear && p.lastYear - p.firstYear <= 15, {
      message: schemaText('action_plans.period'),
      path: ['lastYear'],
    }),
  authorize: writesCommittee,
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const [existing] = await tx.query('select 1 from action_plan where committee_id = $1 and title = $2', [committee.id, input.title]);
    if (existing) throw new AppError('conflict', msg('action_plans.title_taken', { committee: committee.code, title: input.title }));
    const row = await queryOne<{ id: number }>(
      tx,
      'insert into action_plan (committee_id, title, first_year, last_year, source_note) values ($1, $2, $3, $4, $5) returning id',
      [committee.id, input.title, input.firstYear, input.lastYear, input.sourceNote],
    );
    const v = await queryOne<{ id: number }>(
      tx,
      'insert into action_plan_version (plan_id, number, title) values ($1, 1, $2) returning id',
      [row.id, input.title],
    );
    const plan = await store.getPlan(tx, row.id);
    const draft = await store.getVersion(tx, v.id);
    return {
      result: { ...plan, versions: [draft] },
      audit: [
        { entityType: 'action_plan', entityId: plan.id, before: null, after: plan },
        { entityType: 'action_plan_version', entityId: draft.id, before: null, after: draft },
      ],
    };
  },
});

export const updatePlan = defineCommand({
  name: 'action_plan.update',
  input: z.object({
    id,
    version,
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
    if (lastYear < firstYear || lastYear - firstYear > 15) throw invalid('lastYear', msg('action_plans.period_sentence'));
    if (firstYear !== current.firstYear || lastYear !== current.lastYear) {
      const [outside] = await tx.query(
        `select 1 from measure_effect e join measure m on m.id = e.measure_id join action_plan_version v on v.id = m.plan_version_id
         where v.plan_id = $1 and (e.year < $2 or e.year > $3) limit 1`,
        [input.id, firstYear, lastYear],
      );
      if (outside) throw invalid('firstYear', msg('action_plans.effects_outside_period'));
    }
    const changes: Record<string, unknown> = { first_year: firstYear, last_year: lastYear };
    if (input.title !== undefined) changes.title = input.title;
    if (input.sourceNote !== undefined) changes.source_note = input.sourceNote;
    const { before, after } = await updateVersioned(
      tx,
      { table: 'action_plan', what: msg('thing.action_plan'), read: store.getPlan },
      input.id,
      input.version,
      changes,
    );
    return { result: after, audit: [{ entityType: 'action_plan', entityId: after.id, before, after }] };
  },
});
