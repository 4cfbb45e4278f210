import { z, shortText, id, kronor } from '../../core/validation.ts';
import { AppError, staleVersion } from '../../core/errors.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import { getActivity, getCommitteeByCode } from '../organisation/store.ts';

const year = z.coerce.number().int().min(1990).max(2100);
const month = z.coerce.number().int().min(1).max(12);

const forecastColumns = `activity_id as "activityId", year, month, amount, comment, author, updated_at as "updatedAt", version`;

export const saveForecast = defineCommand({
  name: 'forecast.save',
  input: z.object({
    committeeCode: shortText(12),
    activityId: id,
    year,
    month,
    amount: kronor,
    comment: z.string().trim().max(2000).default(''),
    /** 0 when the caller saw no forecast for the month */
    version: z.number().int().min(0),
  }),
  async authorize(actor, input, tx) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
    const activity = await getActivity(tx, input.activityId);
    if (activity.committeeId !== committee.id) throw new AppError('not_found', 'Verksamheten finns inte i nämnden.');
  },
  async run(tx, input, actor) {
    const [before] = await tx.query<{ version: number }>(`select ${forecastColumns} from forecast where activity_id = $1 and year = $2 and month = $3 for update`, [input.activityId, input.year, input.month]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('prognosen');
    const [after] = before
      ? await tx.query<Record<string, unknown>>(
        `update forecast set amount = $4, comment = $5, author = $6, updated_at = now(), version = version + 1
         where activity_id = $1 and year = $2 and month = $3 returning ${forecastColumns}`,
        [input.activityId, input.year, input.month, input.amount, input.comment, actor.name])
      : await tx.query<Record<string, unknown>>(
        `insert into forecast (activity_id, year, month, amount, comment, author) values ($1, $2, $3, $4, $5, $6) returning ${forecastColumns}`,
        [input.activityId, input.year, input.month, input.amount, input.comment, actor.name]);
    return { result: after!, audit: [{ entityType: 'forecast', entityId: `${input.activityId}:${input.year}-${input.month}`, before: before ?? null, after: after! }] };
  },
});

export const closeMonth = defineCommand({
  name: 'month.close',
  input: z.object({ committeeCode: shortText(12), year, month }),
  async authorize(actor, input, tx) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
  },
  async run(tx, input, actor) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const exists = await tx.query('select 1 from month_close where committee_id = $1 and year = $2 and month = $3', [committee.id, input.year, input.month]);
    if (exists.length > 0) throw new AppError('conflict', `Månad ${input.month} ${input.year} är redan stängd för ${committee.code}.`);
    await tx.query('insert into month_close (committee_id, year, month, closed_by) values ($1, $2, $3, $4)', [committee.id, input.year, input.month, actor.name]);
    const after = { committee: committee.code, year: input.year, month: input.month };
    return { result: after, audit: [{ entityType: 'month_close', entityId: `${committee.code}:${input.year}-${input.month}`, before: null, after }] };
  },
});

export const saveEconomySettings = defineCommand({
  name: 'economy_setting.save',
  input: z.object({
    committeeCode: shortText(12),
    actionPlanThresholdBp: z.number().int().min(1).max(10000),
    earlyWarningMarginBp: z.number().int().min(1).max(10000),
    version: z.number().int().min(0),
  }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const [before] = await tx.query<{ version: number }>('select * from economy_setting where committee_id = $1 for update', [committee.id]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('inställningarna');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into economy_setting (committee_id, action_plan_threshold_bp, early_warning_margin_bp) values ($1, $2, $3)
       on conflict (committee_id) do update set action_plan_threshold_bp = $2, early_warning_margin_bp = $3, version = economy_setting.version + 1
       returning *`,
      [committee.id, input.actionPlanThresholdBp, input.earlyWarningMarginBp]);
    return { result: after!, audit: [{ entityType: 'economy_setting', entityId: committee.code, before: before ?? null, after: after! }] };
  },
});
