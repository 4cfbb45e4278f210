import { z, shortText, expectedVersion } from '../../../core/validation.ts';
import { notFound } from '../../../core/errors.ts';
import { msg, schemaText } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { upsertVersioned } from '../../../db/versioned.ts';
import { STATUS_MEANINGS } from '../model.ts';
import * as store from '../store.ts';

/** The municipality's words for areas, target groups and statuses (administrators). */

export const saveTerm = defineCommand({
  name: 'action_plan.term.save',
  input: z
    .object({
      kind: z.enum(['area', 'target_group', 'status']),
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9_-]{1,40}$/, { message: schemaText('action_plans.term_code_format') }),
      label: shortText(200),
      meaning: z
        .enum(STATUS_MEANINGS as [string, ...string[]])
        .nullable()
        .default(null),
      sortOrder: z.number().int().min(0).max(100_000).default(0),
      active: z.boolean().default(true),
      /** 0 for a new term */
      version: expectedVersion,
    })
    .refine((t) => (t.kind === 'status') === (t.meaning !== null), {
      message: schemaText('action_plans.status_meaning'),
      path: ['meaning'],
    }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const [m] = await tx.query<{ code: string }>('select code from municipality order by code limit 1');
    if (!m) throw notFound(msg('thing.municipality'));
    const { before, after } = await upsertVersioned(tx, {
      table: 'action_plan_term',
      key: { municipality_code: m.code, kind: input.kind, code: input.code },
      values: { label: input.label, meaning: input.meaning, sort_order: input.sortOrder, active: input.active },
      expectedVersion: input.version,
      what: msg('thing.vocabulary'),
      read: (db) => store.getTerm(db, m.code, input.kind, input.code),
    });
    return { result: after, audit: [{ entityType: 'action_plan_term', entityId: `${input.kind}:${input.code}`, before, after }] };
  },
});
