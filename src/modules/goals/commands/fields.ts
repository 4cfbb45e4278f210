import { z, MONTH_RANGE, year } from '../../../core/validation.ts';
import { schemaText } from '../../../core/messages.ts';

/** Input fields the goal commands share. */
export const month = z.coerce.number().int().min(MONTH_RANGE.min).max(MONTH_RANGE.max).nullable().default(null);
export const gender = z.enum(['T', 'K', 'M']).default('T');
export const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, { message: schemaText('goals.code_format') });
export const longText = (max = 4000) => z.string().trim().max(max).default('');
export const nullableText = (max = 1000) => z.string().trim().max(max).nullable().default(null);
export const finite = z.number().refine(Number.isFinite, { message: schemaText('goals.not_a_number') });

export { year };
