import { z, id } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { queryOne } from '../../../db/rows.ts';
import { colourLabel, type AssessmentRow } from '../model.ts';
import { suggestionFor } from '../queries.ts';
import * as store from '../store.ts';
import { month, year } from './fields.ts';

export const recordAssessment = defineCommand({
  name: 'assessment.record',
  input: z.object({
    subjectType: z.enum(['indicator', 'committee_goal']),
    subjectId: id,
    year,
    month,
    colour: z.enum(['green', 'yellow', 'red', 'none']),
    analysis: z.string().trim().max(8000).default(''),
  }),
  async authorize(actor, input, tx) {
    const committeeId =
      input.subjectType === 'indicator'
        ? (await store.getIndicator(tx, input.subjectId)).committeeId
        : (await store.getCommitteeGoal(tx, input.subjectId)).committeeId;
    ensure(can.writeCommittee(actor, committeeId));
  },
  async run(tx, input, actor) {
    const { committeeId, suggested } = await suggestionFor(tx, input.subjectType, input.subjectId, input.year, input.month);
    if (input.colour !== suggested && input.analysis === '') {
      throw new AppError('validation', msg('goals.colour_needs_analysis', { suggested: colourLabel[suggested] }), {
        fields: [{ field: 'analysis', message: msg('goals.field_analysis_required') }],
      });
    }
    const after = await queryOne<AssessmentRow>(
      tx,
      `insert into assessment (committee_id, subject_type, subject_id, year, month, suggested_colour, colour, analysis, author)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id, subject_type as "subjectType", subject_id as "subjectId", year, nullif(month, 0)::int as month,
         suggested_colour as "suggestedColour", colour, analysis, author, created_at as "createdAt"`,
      [committeeId, input.subjectType, input.subjectId, input.year, input.month ?? 0, suggested, input.colour, input.analysis, actor.name],
    );
    return { result: after, audit: [{ entityType: 'assessment', entityId: after.id, before: null, after }] };
  },
});
