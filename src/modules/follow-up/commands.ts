import { z, id, kronor, committeeCode, expectedVersion, month, year } from '../../core/validation.ts';
import { AppError } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import { upsertVersioned } from '../../db/versioned.ts';
import { getActivity, getCommitteeByCode } from '../organisation/store.ts';
import { economySettings, getForecast } from './store.ts';

export const saveForecast = defineCommand({
  name: 'forecast.save',
  input: z.object({
    committeeCode,
    activityId: id,
    year,
    month,
    amount: kronor,
    comment: z.string().trim().max(2000).default(''),
    /** 0 when the caller saw no forecast for the month */
    version: expectedVersion,
  }),
  async authorize(actor, input, tx) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
    const activity = await getActivity(tx, input.activityId);
    if (activity.committeeId !== committee.id) throw new AppError('not_found', msg('follow_up.activity_not_in_committee'));
  },
  async run(tx, input, actor) {
    const { before, after } = await upsertVersioned(tx, {
      table: 'forecast',
      key: { activity_id: input.activityId, year: input.year, month: input.month },
      values: { amount: input.amount, comment: input.comment, author: actor.name },
      stampOnUpdate: ['updated_at'],
      expectedVersion: input.version,
      what: msg('thing.forecast'),
      read: (db) => getForecast(db, input.activityId, input.year, input.month),
    });
    return {
      result: after,
      audit: [{ entityType: 'forecast', entityId: `${input.activityId}:${input.year}-${input.month}`, before, after }],
    };
  },
});

export const closeMonth = defineCommand({
  name: 'month.close',
  input: z.object({ committeeCode, year, month }),
  async authorize(actor, input, tx) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
  },
  async run(tx, input, actor) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const exists = await tx.query('select 1 from month_close where committee_id = $1 and year = $2 and month = $3', [
      committee.id,
      input.year,
      input.month,
    ]);
    if (exists.length > 0)
      throw new AppError('conflict', msg('follow_up.month_closed', { month: input.month, year: input.year, committee: committee.code }));
    await tx.query('insert into month_close (committee_id, year, month, closed_by) values ($1, $2, $3, $4)', [
      committee.id,
      input.year,
      input.month,
      actor.name,
    ]);
    const after = { committee: committee.code, year: input.year, month: input.month };
    return {
      result: after,
      audit: [{ entityType: 'month_close', entityId: `${committee.code}:${input.year}-${input.month}`, before: null, after }],
    };
  },
});

export const saveEconomySettings = defineCommand({
  name: 'economy_setting.save',
  input: z.object({
    committeeCode,
    actionPlanThresholdBp: z.number().int().min(1).max(10000),
    earlyWarningMarginBp: z.number().int().min(1).max(10000),
    version: expectedVersion,
  }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const { before, after } = await upsertVersioned(tx, {
      table: 'economy_setting',
      key: { committee_id: committee.id },
      values: { action_plan_threshold_bp: input.actionPlanThresholdBp, early_warning_margin_bp: input.earlyWarningMarginBp },
      expectedVersion: input.version,
      what: msg('thing.settings'),
      read: (db) => economySettings(db, committee.id),
    });
    return { result: after, audit: [{ entityType: 'economy_setting', entityId: committee.code, before, after }] };
  },
});
