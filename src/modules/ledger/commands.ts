import { z, shortText, version, id, committeeCode, versionParam, year } from '../../core/validation.ts';
import { AppError, notFound, staleVersion } from '../../core/errors.ts';
import { msg, schemaText } from '../../core/messages.ts';
import { can, ensure } from '../../core/permissions.ts';
import { defineCommand } from '../../db/command.ts';
import type { Queryable } from '../../db/connection.ts';
import { queryOne } from '../../db/rows.ts';
import { updateVersioned, type VersionedRow } from '../../db/versioned.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { PATTERN_TEXT, RULE_ACCOUNT_PATTERN } from './rules/mapping.ts';
import type { LedgerMapping } from './model.ts';
import { getMapping } from './store.ts';

async function readMapping(db: Queryable, id: number): Promise<LedgerMapping> {
  const mapping = await getMapping(db, id);
  if (!mapping) throw notFound(msg('thing.mapping_rule'));
  return mapping;
}
const mappingRow: VersionedRow<LedgerMapping> = { table: 'ledger_mapping', what: msg('thing.mapping_rule'), read: readMapping };

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const pattern = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .regex(PATTERN_TEXT, {
      message: schemaText('ledger.pattern_format'),
    })
    .nullable(),
);
const account = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .regex(RULE_ACCOUNT_PATTERN, { message: schemaText('ledger.account_four_digits') })
    .nullable(),
);

const priority = z.number().int().min(-1000).max(1000);
const ruleFields = z.object({
  costCentre: pattern.default(null),
  activityCode: pattern.default(null),
  accountFrom: account.default(null),
  accountTo: account.default(null),
  activityId: id,
  priority: priority.default(0),
});
const ruleChanges = z.object({
  costCentre: pattern.optional(),
  activityCode: pattern.optional(),
  accountFrom: account.optional(),
  accountTo: account.optional(),
  activityId: id.optional(),
  priority: priority.optional(),
});

function checkRange(input: { accountFrom: string | null; accountTo: string | null }) {
  if (input.accountFrom !== null && input.accountTo !== null && input.accountFrom > input.accountTo) {
    throw new AppError('validation', msg('ledger.account_range_reversed'), {
      fields: [{ field: 'accountTo', message: msg('ledger.field_before_account_from') }],
    });
  }
}

async function checkActivity(tx: Queryable, committeeId: number, activityId: number) {
  const [a] = await tx.query<{ committeeId: number }>('select committee_id as "committeeId" from activity where id = $1', [activityId]);
  if (!a || a.committeeId !== committeeId) {
    throw new AppError('validation', msg('ledger.activity_not_in_committee'), {
      fields: [{ field: 'activityId', message: msg('ledger.field_other_committee_or_missing') }],
    });
  }
}

export const createLedgerMapping = defineCommand({
  name: 'ledger.mapping.create',
  input: ruleFields.extend({ committeeCode }),
  async authorize(actor, input, tx) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    ensure(can.writeCommittee(actor, committee.id));
  },
  async run(tx, input) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    checkRange(input);
    await checkActivity(tx, committee.id, input.activityId);
    const row = await queryOne<{ id: number }>(
      tx,
      `insert into ledger_mapping (committee_id, cost_centre, activity_code, account_from, account_to, activity_id, priority)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [committee.id, input.costCentre, input.activityCode, input.accountFrom, input.accountTo, input.activityId, input.priority],
    );
    const after = await readMapping(tx, row.id);
    return { result: after, audit: [{ entityType: 'ledger_mapping', entityId: after.id, before: null, after }] };
  },
});

async function mappingInCommittee(tx: Queryable, committeeCode: string, mappingId: number) {
  const committee = await getCommitteeByCode(tx, committeeCode);
  const mapping = await getMapping(tx, mappingId);
  if (!mapping || mapping.committeeId !== committee.id) throw notFound(msg('thing.mapping_rule'));
  return { committee, mapping };
}

export const updateLedgerMapping = defineCommand({
  name: 'ledger.mapping.update',
  input: ruleChanges.extend({ committeeCode, id, version }),
  async authorize(actor, input, tx) {
    const { committee } = await mappingInCommittee(tx, input.committeeCode, input.id);
    ensure(can.writeCommittee(actor, committee.id));
  },
  async run(tx, input) {
    const { committee, mapping } = await mappingInCommittee(tx, input.committeeCode, input.id);
    const next = {
      cost_centre: input.costCentre === undefined ? mapping.costCentre : input.costCentre,
      activity_code: input.activityCode === undefined ? mapping.activityCode : input.activityCode,
      account_from: input.accountFrom === undefined ? mapping.accountFrom : input.accountFrom,
      account_to: input.accountTo === undefined ? mapping.accountTo : input.accountTo,
      activity_id: input.activityId ?? mapping.activityId,
      priority: input.priority ?? mapping.priority,
    };
    checkRange({ accountFrom: next.account_from, accountTo: next.account_to });
    await checkActivity(tx, committee.id, next.activity_id);
    const { before, after } = await updateVersioned(tx, mappingRow, input.id, input.version, next);
    return { result: after, audit: [{ entityType: 'ledger_mapping', entityId: input.id, before, after }] };
  },
});

export const deleteLedgerMapping = defineCommand({
  name: 'ledger.mapping.delete',
  input: z.object({ committeeCode, id, version: versionParam }),
  async authorize(actor, input, tx) {
    const { committee } = await mappingInCommittee(tx, input.committeeCode, input.id);
    ensure(can.writeCommittee(actor, committee.id));
  },
  async run(tx, input) {
    const { mapping } = await mappingInCommittee(tx, input.committeeCode, input.id);
    const deleted = await tx.query('delete from ledger_mapping where id = $1 and version = $2 returning id', [input.id, input.version]);
    if (deleted.length === 0) throw staleVersion(msg('thing.mapping_rule'));
    return {
      result: { id: input.id, deleted: true },
      audit: [{ entityType: 'ledger_mapping', entityId: input.id, before: mapping, after: null }],
    };
  },
});

const INSERT_BATCH = 5000;

/** Replaces the ledger outcome of the file's months for one committee and year; all or nothing. */
export const importLedgerCommand = defineCommand({
  name: 'ledger.import',
  input: z.object({
    committeeId: id,
    year,
    fileName: shortText(255),
    rowCount: z.number().int().min(1),
    months: z.array(z.number().int().min(1).max(12)).min(1),
    total: z.number().int(),
    outcomes: z.array(
      z.object({
        activityId: z.number().int().positive(),
        month: z.number().int().min(1).max(12),
        account: z.string().regex(/^\d{4,8}$/),
        amount: z.number().int(),
      }),
    ),
  }),
  authorize(actor, input) {
    ensure(can.writeCommittee(actor, input.committeeId));
  },
  async run(tx, input, actor) {
    const activityIds = [...new Set(input.outcomes.map((o) => o.activityId))];
    const foreign = await queryOne<{ n: number }>(
      tx,
      'select count(*)::int as n from activity where id = any($1::int[]) and committee_id = $2',
      [activityIds, input.committeeId],
    );
    if (foreign.n !== activityIds.length) throw new AppError('validation', msg('ledger.rules_other_committee'));

    const replaced = await queryOne<{ rows: number; total: number }>(
      tx,
      `with d as (
         delete from ledger_outcome l using activity a
         where a.id = l.activity_id and a.committee_id = $1 and l.year = $2 and l.month = any($3::int[])
         returning l.amount)
       select count(*)::int as rows, coalesce(sum(amount), 0)::bigint as total from d`,
      [input.committeeId, input.year, input.months],
    );
    const row = await queryOne<{ id: number; importedAt: string }>(
      tx,
      `insert into ledger_import (committee_id, year, months, file_name, row_count, total_amount, actor_name)
       values ($1, $2, $3::int[], $4, $5, $6, $7) returning id, imported_at as "importedAt"`,
      [input.committeeId, input.year, input.months, input.fileName, input.rowCount, input.total, actor.name],
    );
    const importId = row.id;
    for (let i = 0; i < input.outcomes.length; i += INSERT_BATCH) {
      const batch = input.outcomes.slice(i, i + INSERT_BATCH);
      await tx.query(
        `insert into ledger_outcome (activity_id, year, month, account, amount, ledger_import_id)
         select t.activity_id, $1, t.month, t.account, t.amount, $2
         from unnest($3::int[], $4::int[], $5::text[], $6::bigint[]) as t(activity_id, month, account, amount)`,
        [
          input.year,
          importId,
          batch.map((o) => o.activityId),
          batch.map((o) => o.month),
          batch.map((o) => o.account),
          batch.map((o) => o.amount),
        ],
      );
    }
    const summary = {
      id: importId,
      fileName: input.fileName,
      year: input.year,
      months: input.months,
      rowCount: input.rowCount,
      totalAmount: input.total,
      outcomeRows: input.outcomes.length,
      importedAt: row.importedAt,
      actorName: actor.name,
    };
    const before = replaced.rows > 0 ? { months: input.months, outcomeRows: replaced.rows, totalAmount: replaced.total } : null;
    return { result: summary, audit: [{ entityType: 'ledger_import', entityId: importId, before, after: summary }] };
  },
});
