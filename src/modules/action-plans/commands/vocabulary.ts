import { z, shortText, expectedVersion } from '../../../core/validation.ts';
import { notFound, staleVersion } from '../../../core/errors.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { STATUS_MEANINGS } from '../model.ts';

/** The municipality's words for areas, target groups and statuses (administrators). */

export const saveTerm = defineCommand({
  name: 'action_plan.term.save',
  input: z.object({
    kind: z.enum(['area', 'target_group', 'status']),
    code: z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, { message: 'Gemener a–z, siffror, bindestreck, understreck; högst 40 tecken' }),
    label: shortText(200),
    meaning: z.enum(STATUS_MEANINGS as [string, ...string[]]).nullable().default(null),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
    active: z.boolean().default(true),
    /** 0 for a new term */
    version: expectedVersion,
  }).refine((t) => (t.kind === 'status') === (t.meaning !== null), { message: 'En status behöver en innebörd (meaning); andra ord har ingen', path: ['meaning'] }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const [m] = await tx.query<{ code: string }>('select code from municipality order by code limit 1');
    if (!m) throw notFound('Kommunen');
    const [before] = await tx.query<{ version: number }>('select * from action_plan_term where municipality_code = $1 and kind = $2 and code = $3 for update', [m.code, input.kind, input.code]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('ordlistan');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into action_plan_term (municipality_code, kind, code, label, meaning, sort_order, active) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (municipality_code, kind, code) do update set label = $4, meaning = $5, sort_order = $6, active = $7, version = action_plan_term.version + 1
       returning id, kind, code, label, meaning, sort_order as "sortOrder", active, version`,
      [m.code, input.kind, input.code, input.label, input.meaning, input.sortOrder, input.active],
    );
    return { result: after!, audit: [{ entityType: 'action_plan_term', entityId: `${input.kind}:${input.code}`, before: before ?? null, after: after! }] };
  },
});
