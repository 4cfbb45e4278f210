import { z, shortText } from '../../../core/validation.ts';
import { AppError, staleVersion } from '../../../core/errors.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { getMunicipality } from '../../organisation/store.ts';
import { code, longText, nullableText, year } from './fields.ts';

/** The municipality's goal structure, kept by administrators: goal areas and the council's goals. */

export const saveGoalArea = defineCommand({
  name: 'goal_area.save',
  input: z.object({ code, name: shortText(200), description: longText(2000), sortOrder: z.number().int().min(0).max(100_000).default(0), version: z.number().int().min(0) }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const [before] = await tx.query<{ id: number; version: number }>('select * from goal_area where municipality_code = $1 and code = $2 for update', [m.code, input.code]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('målområdet');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into goal_area (municipality_code, code, name, description, sort_order) values ($1, $2, $3, $4, $5)
       on conflict (municipality_code, code) do update set name = $3, description = $4, sort_order = $5, version = goal_area.version + 1 returning *`,
      [m.code, input.code, input.name, input.description, input.sortOrder]);
    return { result: after!, audit: [{ entityType: 'goal_area', entityId: after!.id as number, before: before ?? null, after: after! }] };
  },
});

export const saveCouncilGoal = defineCommand({
  name: 'council_goal.save',
  input: z.object({
    code, goalAreaCode: code, title: shortText(300), summary: longText(4000), termFrom: year, termTo: year,
    sortOrder: z.number().int().min(0).max(100_000).default(0), sourceNote: nullableText(), version: z.number().int().min(0),
  }).refine((v) => v.termTo >= v.termFrom, { message: 'Mandatperioden slutar före den börjar', path: ['termTo'] }),
  authorize(actor) {
    ensure(can.administer(actor));
  },
  async run(tx, input) {
    const m = await getMunicipality(tx);
    const [area] = await tx.query<{ id: number }>('select id from goal_area where municipality_code = $1 and code = $2', [m.code, input.goalAreaCode]);
    if (!area) throw new AppError('validation', `Målområdet ${input.goalAreaCode} finns inte.`, { fields: [{ field: 'goalAreaCode', message: 'Okänt målområde' }] });
    const [before] = await tx.query<{ version: number }>('select * from council_goal where municipality_code = $1 and code = $2 for update', [m.code, input.code]);
    if ((before?.version ?? 0) !== input.version) throw staleVersion('kommunfullmäktiges mål');
    const [after] = await tx.query<Record<string, unknown>>(
      `insert into council_goal (municipality_code, goal_area_id, code, title, summary, term_from, term_to, sort_order, source_note) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (municipality_code, code) do update set goal_area_id = $2, title = $4, summary = $5, term_from = $6, term_to = $7, sort_order = $8, source_note = $9,
         version = council_goal.version + 1 returning *`,
      [m.code, area.id, input.code, input.title, input.summary, input.termFrom, input.termTo, input.sortOrder, input.sourceNote]);
    return { result: after!, audit: [{ entityType: 'council_goal', entityId: after!.id as number, before: before ?? null, after: after! }] };
  },
});
