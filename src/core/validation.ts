import { z } from 'zod';
import { AppError, type FieldIssue } from './errors.ts';
import { isIsoDate } from './dates.ts';

z.config(z.locales.sv());

export { z };

export const isoDate = z.string().refine(isIsoDate, { message: 'Ogiltigt datum, använd formatet ÅÅÅÅ-MM-DD' });
export const shortText = (max = 200) => z.string().trim().min(1, { message: 'Får inte vara tomt' }).max(max, { message: `Högst ${max} tecken` });
export const version = z.number().int().positive();
export const id = z.coerce.number().int().positive();

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(indata)', message: issue.message }));
}

/** Parses input or throws a 400 naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldIssues(result.error);
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw new AppError('validation', `Felaktiga uppgifter – ${summary}`, { fields });
}
