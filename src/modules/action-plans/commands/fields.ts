import { z, shortText, id, kronor as anyKronor, year } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { schemaText, type Message } from '../../../core/messages.ts';
import { EFFECT_KINDS, QUALITATIVE_KINDS } from '../model.ts';

/** Input fields of the action-plan commands, and the field error they answer with. */

export const kronor = anyKronor.min(0, { message: schemaText('action_plans.positive_kronor') });
export const longText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { message: `Högst ${max} tecken` });
export const measureCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,20}$/, { message: schemaText('action_plans.measure_code_format') });
export const termCode = z.string().trim().min(1).max(40);

/** A measure's fields as a caller sends them; every field but code, title, area and status is optional. */
export const measureFields = z.object({
  code: measureCode,
  title: shortText(200),
  description: longText().default(''),
  areaCode: termCode,
  targetGroupCode: termCode.nullable().default(null),
  owner: longText(200).default(''),
  statusCode: termCode,
  consequenceCitizen: longText().default(''),
  consequenceOperations: longText().default(''),
  consequenceChild: longText().default(''),
  goalLinks: z.array(shortText(500)).max(50).default([]),
  decisionRef: z.string().trim().max(200).nullable().default(null),
  fullYearMin: kronor.nullable().default(null),
  fullYearMax: kronor.nullable().default(null),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  sourceNote: z.string().trim().max(1000).nullable().default(null),
  activityIds: z.array(id).max(200).default([]),
});
export type MeasureFields = z.output<typeof measureFields>;

export const effectFields = z.object({
  year,
  kind: z.enum(EFFECT_KINDS as [string, ...string[]]).transform((k) => k as (typeof EFFECT_KINDS)[number]),
  amountMin: kronor.nullable().default(null),
  /** omitted = the same as amountMin (an exact amount) */
  amountMax: kronor.nullable().optional(),
  isPartialYear: z.boolean().default(false),
  qualitative: z
    .enum(QUALITATIVE_KINDS as [string, ...string[]])
    .transform((k) => k as (typeof QUALITATIVE_KINDS)[number])
    .nullable()
    .default(null),
  note: longText(1000).default(''),
  sourceNote: z.string().trim().max(1000).nullable().default(null),
});
export type EffectFields = z.output<typeof effectFields>;

export const invalid = (field: string, message: Message) => new AppError('validation', message, { fields: [{ field, message }] });

export { year };
