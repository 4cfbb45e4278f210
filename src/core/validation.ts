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

/**
 * The same fields, each optional and without its default: an update built from it changes only
 * what the caller names, and never resets an omitted field to a default.
 */
export function patchOf<T extends Record<string, z.ZodType>>(fields: T): { [K in keyof T]: z.ZodOptional<z.ZodType<z.output<T[K]>>> } {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema).optional()]),
  ) as unknown as { [K in keyof T]: z.ZodOptional<z.ZodType<z.output<T[K]>>> };
}

/** Stored values overlaid with the fields an update names. */
export function mergePatch<T extends object>(current: T, patch: Partial<T>): T {
  return { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as T;
}
