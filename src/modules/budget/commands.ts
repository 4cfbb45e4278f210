import { z, shortText, id, kronor, committeeCode, expectedVersion, year } from '../../core/validation.ts';
import { AppError } from '../../core/errors.ts';
import { msg, schemaText } from '../../core/messages.ts';
import { required } from '../../core/required.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import type { Queryable } from '../../db/connection.ts';
import { queryOne } from '../../db/rows.ts';
import { upsertVersioned } from '../../db/versioned.ts';
import { getActivity, getCommitteeByCode } from '../organisation/store.ts';
import { getBudgetLine, getBudgetVersion, getFrame, getPeriodProfile, monthlyOutcome } from './store.ts';
import { profileFromOutcome } from './rules/periodisation.ts';
import { net, type BudgetVersion } from './model.ts';
import { decideVersionCommand } from '../settings/commands.ts';
import { writesCommittee } from '../organisation/commands.ts';

async function writableVersion(tx: Queryable, versionId: number): Promise<BudgetVersion> {
  const v = await getBudgetVersion(tx, versionId);
  if (v.status === 'decided') throw new AppError('frozen', msg('budget.frozen', { title: v.title }));
  return v;
}

async function authorizeVersion(actor: Parameters<typeof can.writeCommittee>[0], tx: Queryable, versionId: number) {
  ensure(can.writeCommittee(actor, (await getBudgetVersion(tx, versionId)).committeeId));
}

/** A new draft, or a revision of a decided version that starts as a copy of it. */
export const createBudgetVersion = defineCommand({
  name: 'budget_version.create',
  input: z
    .object({
      committeeCode,
      budgetYear: year,
      title: shortText(200),
      revisesId: id.nullable().default(null),
      revisionReason: z.string().trim().max(2000).nullable().default(null),
    })
    .refine((v) => v.revisesId === null || (v.revisionReason ?? '') !== '', {
      message: schemaText('budget.revision_needs_reason'),
      path: ['revisionReason'],
    }),
  authorize: writesCommittee,
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    if (input.revisesId !== null) {
      const base = await getBudgetVersion(tx, input.revisesId);
      if (base.committeeId !== committee.id || base.budgetYear !== input.budgetYear) {
        throw new AppError('validation', msg('budget.revision_same_committee_year'), {
          fields: [{ field: 'revisesId', message: msg('budget.field_other_committee_or_year') }],
        });
      }
    }
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into budget_version (committee_id, budget_year, title, revises_id, revision_reason) values ($1, $2, $3, $4, $5) returning id`,
      [committee.id, input.budgetYear, input.title, input.revisesId, input.revisesId === null ? null : input.revisionReason],
    );
    if (input.revisesId !== null) {
      await tx.query(
        `insert into budget_line (budget_version_id, activity_id, year, cost, income)
         select $1, activity_id, year, cost, income from budget_line where budget_version_id = $2`,
        [row.id, input.revisesId],
      );
    }
    const after = await getBudgetVersion(tx, row.id);
    return { result: after, audit: [{ entityType: 'budget_version', entityId: after.id, before: null, after }] };
  },
});

export const setBudgetLine = defineCommand({
  name: 'budget_line.set',
  input: z.object({
    budgetVersionId: id,
    activityId: id,
    year,
    cost: kronor,
    income: kronor.refine((v) => v >= 0, { message: schemaText('budget.income_positive') }),
  }),
  async authorize(actor, input, tx) {
    await authorizeVersion(actor, tx, input.budgetVersionId);
  },
  async run(tx, input) {
    const version = await writableVersion(tx, input.budgetVersionId);
    const activity = await getActivity(tx, input.activityId);
    if (activity.committeeId !== version.committeeId)
      throw new AppError('validation', msg('budget.activity_other_committee'), {
        fields: [{ field: 'activityId', message: msg('field.other_committee') }],
      });
    if (input.year < version.budgetYear)
      throw new AppError('validation', msg('budget.year_before_budget_year'), {
        fields: [{ field: 'year', message: msg('budget.field_too_early') }],
      });
    // lines carry no version of their own: the draft version they belong to is what is decided
    const before = await getBudgetLine(tx, input.budgetVersionId, input.activityId, input.year);
    await tx.query(
      `insert into budget_line (budget_version_id, activity_id, year, cost, income) values ($1, $2, $3, $4, $5)
       on conflict (budget_version_id, activity_id, year) do update set cost = $4, income = $5`,
      [input.budgetVersionId, input.activityId, input.year, input.cost, input.income],
    );
    const after = required(await getBudgetLine(tx, input.budgetVersionId, input.activityId, input.year), 'budgetraden efter skrivningen');
    return {
      result: after,
      audit: [{ entityType: 'budget_line', entityId: `${input.budgetVersionId}:${input.activityId}:${input.year}`, before, after }],
    };
  },
});

export const decideBudgetVersion = decideVersionCommand({
  kind: 'budget_version',
  what: msg('thing.budget_version'),
  read: getBudgetVersion,
  authorize: authorizeVersion,
  async ensureDecidable(tx, id) {
    await writableVersion(tx, id);
    const lines = await tx.query('select 1 from budget_line where budget_version_id = $1 limit 1', [id]);
    if (lines.length === 0) throw new AppError('validation', msg('budget.empty_cannot_be_decided'));
  },
});

export const setFrame = defineCommand({
  name: 'budget_frame.set',
  input: z.object({
    committeeCode,
    year,
    amount: kronor,
    version: expectedVersion,
    sourceNote: z.string().trim().max(500).nullable().default(null),
  }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const { before, after } = await upsertVersioned(tx, {
      table: 'budget_frame',
      key: { committee_id: committee.id, year: input.year },
      values: { amount: input.amount, source_note: input.sourceNote },
      expectedVersion: input.version,
      what: msg('thing.budget_frame'),
      read: (db) => getFrame(db, committee.id, input.year),
    });
    return { result: after, audit: [{ entityType: 'budget_frame', entityId: `${committee.code}:${input.year}`, before, after }] };
  },
});

/** Monthly profile: even, custom weights, or the pattern of last year's outcome for the activity. */
export const setPeriodProfile = defineCommand({
  name: 'period_profile.set',
  input: z
    .object({
      activityId: id,
      year,
      method: z.enum(['even', 'custom', 'last_year']),
      weights: z.array(z.number().int().min(0).max(1_000_000_000)).length(12).optional(),
      version: expectedVersion,
    })
    .refine((p) => p.method !== 'custom' || (p.weights !== undefined && p.weights.some((w) => w > 0)), {
      message: schemaText('budget.twelve_weights'),
      path: ['weights'],
    }),
  async authorize(actor, input, tx) {
    ensure(can.writeCommittee(actor, (await getActivity(tx, input.activityId)).committeeId));
  },
  async run(tx, input) {
    const activity = await getActivity(tx, input.activityId);
    let weights = input.weights ?? Array(12).fill(1);
    if (input.method === 'even') weights = Array(12).fill(1);
    if (input.method === 'last_year') {
      const months = (await monthlyOutcome(tx, activity.committeeId, input.year - 1)).get(activity.id);
      if (!months)
        throw new AppError('validation', msg('budget.no_outcome_last_year', { activity: activity.name, year: input.year - 1 }), {
          fields: [{ field: 'method', message: msg('budget.field_no_outcome_last_year') }],
        });
      weights = [...profileFromOutcome(months.map(net)).weights];
    }
    const { before, after } = await upsertVersioned(tx, {
      table: 'period_profile',
      key: { activity_id: input.activityId, year: input.year },
      values: { method: input.method, weights },
      casts: { weights: 'int[]' },
      expectedVersion: input.version,
      what: msg('thing.monthly_profile'),
      read: (db) => getPeriodProfile(db, input.activityId, input.year),
    });
    return { result: after, audit: [{ entityType: 'period_profile', entityId: `${input.activityId}:${input.year}`, before, after }] };
  },
});
