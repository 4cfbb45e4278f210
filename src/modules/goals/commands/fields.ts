import { z, MONTH_RANGE, year } from '../../../core/validation.ts';

/** Input fields the goal commands share. */
export const month = z.coerce.number().int().min(MONTH_RANGE.min).max(MONTH_RANGE.max).nullable().default(null);
export const gender = z.enum(['T', 'K', 'M']).default('T');
export const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'Kod med bokstäver a–z, siffror, punkt, bindestreck eller understreck' });
export const longText = (max = 4000) => z.string().trim().max(max).default('');
export const nullableText = (max = 1000) => z.string().trim().max(max).nullable().default(null);
export const finite = z.number().refine(Number.isFinite, { message: 'Ska vara ett tal' });

export { year };
