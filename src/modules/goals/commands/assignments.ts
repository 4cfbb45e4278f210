import { z, shortText, id, committeeCode, expectedVersion } from '../../../core/validation.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { msg, schemaText } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import type { Actor } from '../../../core/actor.ts';
import { defineCommand } from '../../../db/command.ts';
import type { Queryable } from '../../../db/connection.ts';
import { queryOne } from '../../../db/rows.ts';
import { updateVersioned, upsertVersioned } from '../../../db/versioned.ts';
import { getAssignment, getAssignmentFollowUp } from '../store.ts';
import { getCommitteeByCode, getMunicipality } from '../../organisation/store.ts';
import { month, nullableText, year } from './fields.ts';
import { writesCommittee } from '../../organisation/commands.ts';

/** Strategic development assignments: given by the council or a committee, followed up by each recipient. */

const assignmentFields = {
  issuer: z.enum(['council', 'committee']),
  /** For the committee's own assignments: the committee. */
  issuerCommitteeCode: z.string().trim().max(12).nullable().default(null),
  number: z.number().int().positive().nullable().default(null),
  scope: z.enum(['all', 'named', 'own']),
  title: shortText(1000),
  termFrom: year,
  termTo: year,
  /** Named recipients: committee codes in Styrbord, or names of committees outside it. */
  recipients: z.array(shortText(200)).max(50).default([]),
  sourceNote: nullableText(),
};

async function authorizeAssignment(actor: Actor, tx: Queryable, input: { issuer: string; issuerCommitteeCode: string | null }) {
  if (input.issuer === 'council') return ensure(can.administer(actor));
  if (!input.issuerCommitteeCode)
    throw new AppError('validation', msg('goals.give_issuer'), {
      fields: [{ field: 'issuerCommitteeCode', message: msg('field.missing') }],
    });
  ensure(can.writeCommittee(actor, (await getCommitteeByCode(tx, input.issuerCommitteeCode)).id));
}

export const saveAssignment = defineCommand({
  name: 'strategic_assignment.save',
  input: z
    .object({ id: id.nullable().default(null), version: expectedVersion, ...assignmentFields })
    .refine((a) => a.termTo >= a.termFrom, { message: schemaText('goals.period_ends_before_start'), path: ['termTo'] })
    .refine((a) => (a.issuer === 'committee') === (a.scope === 'own'), {
      message: schemaText('goals.assignment_scope'),
      path: ['scope'],
    })
    .refine((a) => a.scope !== 'named' || a.recipients.length > 0, { message: schemaText('goals.give_recipient'), path: ['recipients'] }),
  async authorize(actor, input, tx) {
    await authorizeAssignment(actor, tx, input);
    if (input.id !== null) {
      const [existing] = await tx.query<{ issuer: string; issuerCommitteeCode: string | null }>(
        'select a.issuer, c.code as "issuerCommitteeCode" from strategic_assignment a left join committee c on c.id = a.issuer_committee_id where a.id = $1',
        [input.id],
      );
      if (existing) await authorizeAssignment(actor, tx, existing);
    }
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const issuerId =
      input.issuerCommitteeCode && input.issuer === 'committee' ? (await getCommitteeByCode(tx, input.issuerCommitteeCode)).id : null;
    const values = [m.code, input.issuer, issuerId, input.number, input.scope, input.title, input.termFrom, input.termTo, input.sourceNote];
    let assignmentId: number;
    let before: unknown = null;
    if (input.id === null) {
      const row = await queryOne<{ id: number }>(
        tx,
        `insert into strategic_assignment (municipality_code, issuer, issuer_committee_id, number, scope, title, term_from, term_to, source_note)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
        values,
      );
      assignmentId = row.id;
    } else {
      const changed = await updateVersioned(
        tx,
        { table: 'strategic_assignment', what: msg('thing.assignment'), read: getAssignment },
        input.id,
        input.version,
        {
          issuer: input.issuer,
          issuer_committee_id: issuerId,
          number: input.number,
          scope: input.scope,
          title: input.title,
          term_from: input.termFrom,
          term_to: input.termTo,
          source_note: input.sourceNote,
        },
      );
      before = changed.before;
      assignmentId = input.id;
      await tx.query('delete from strategic_assignment_recipient where assignment_id = $1', [assignmentId]);
    }
    for (const r of input.scope === 'named' ? [...new Set(input.recipients)] : []) {
      const [committee] = await tx.query<{ id: number; name: string }>(
        'select id, name from committee where upper(code) = upper($1) or lower(name) = lower($1)',
        [r],
      );
      await tx.query(
        'insert into strategic_assignment_recipient (assignment_id, committee_id, committee_name) values ($1, $2, $3) on conflict do nothing',
        [assignmentId, committee?.id ?? null, committee?.name ?? r],
      );
    }
    const after = await getAssignment(tx, assignmentId);
    return { result: after, audit: [{ entityType: 'strategic_assignment', entityId: assignmentId, before, after }] };
  },
});

export const followUpAssignment = defineCommand({
  name: 'strategic_assignment.follow_up',
  input: z.object({
    assignmentId: id,
    committeeCode,
    year,
    month,
    status: z.enum(['not_started', 'ongoing', 'done', 'cancelled']),
    text: z.string().trim().max(8000).default(''),
    version: expectedVersion,
  }),
  authorize: writesCommittee,
  async run(tx, input, actor) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const [assignment] = await tx.query<{ id: number }>('select id from strategic_assignment where id = $1', [input.assignmentId]);
    if (!assignment) throw notFound(msg('thing.assignment'));
    const month = input.month ?? 0;
    const { before, after } = await upsertVersioned(tx, {
      table: 'strategic_assignment_follow_up',
      key: { assignment_id: input.assignmentId, committee_id: committee.id, year: input.year, month },
      values: { status: input.status, text: input.text, author: actor.name },
      stampOnUpdate: ['updated_at'],
      expectedVersion: input.version,
      what: msg('thing.assignment_follow_up'),
      read: (db) => getAssignmentFollowUp(db, input.assignmentId, committee.id, input.year, month),
    });
    return {
      result: after,
      audit: [
        {
          entityType: 'strategic_assignment_follow_up',
          entityId: [input.assignmentId, committee.id, input.year, month].join(':'),
          before,
          after,
        },
      ],
    };
  },
});
