import { z } from 'zod';
import { validationFailed, type FieldIssue } from './errors.ts';
import type { Language } from './messages.ts';
import { isIsoDate } from './dates.ts';

z.config(z.locales.sv());
const zodLocales: Record<Language, { localeError: z.core.$ZodErrorMap }> = { sv: z.locales.sv(), en: z.locales.en() };

export { z };

const lone = /\p{Cs}/u;

/**
 * Why no text field may hold this string, or null: NUL, which PostgreSQL cannot store in text, and
 * a lone UTF-16 surrogate, which is not a character and would be silently replaced on the way out.
 */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'innehåller ett NUL-tecken (\\u0000), som inte är tillåtet';
  if (lone.test(s)) return 'innehåller ett ogiltigt Unicode-tecken (ensamt surrogattecken)';
  return null;
}

export const isoDate = z.string().refine(isIsoDate, { message: 'Ogiltigt datum, använd formatet ÅÅÅÅ-MM-DD' });
export const shortText = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, { message: 'Får inte vara tomt' })
    .max(max, { message: `Högst ${max} tecken` })
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: `Texten ${problem}` });
    });
/** The version of an existing row, as the caller last read it. */
export const version = z.number().int().positive();
/** The version the caller last read, 0 when the row does not exist yet (a save that creates it). */
export const expectedVersion = z.number().int().min(0);
/** A version in a query string or CLI option, which arrive as text. */
export const versionParam = z.coerce.number().int().positive();

/** The ranges the web's inputs use too, so a browser field refuses what the server refuses. */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;
export const MONTH_RANGE = { min: 1, max: 12 } as const;
export const COMMITTEE_CODE_MAX_LENGTH = 12;
// year and month are coerced: query strings and CLI options arrive as text, JSON bodies as numbers
export const year = z.coerce.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
export const month = z.coerce.number().int().min(MONTH_RANGE.min).max(MONTH_RANGE.max);
export const committeeCode = shortText(COMMITTEE_CODE_MAX_LENGTH);
/** Ids are PostgreSQL `integer` identities; anything else cannot name a row. */
export const MAX_ID = 2_147_483_647;
export const id = z.coerce.number().int().positive().max(MAX_ID, { message: 'Id:t finns inte' });

/**
 * The largest amount accepted anywhere: 10^12 kr (a thousand billion, ten times Sweden's largest
 * municipal budget). Totals are then exact in a double until 9 000 such amounts are added up, and
 * sums done in SQL are checked on the way out (see int8 parsing in src/db/connection.ts).
 */
export const MAX_KRONOR = 1_000_000_000_000;
export const kronor = z
  .number({ message: 'Beloppet ska vara ett heltal i kronor' })
  .int({ message: 'Beloppet ska vara ett heltal i kronor' })
  .min(-MAX_KRONOR, { message: 'Beloppet får vara högst 1 000 000 000 000 kr' })
  .max(MAX_KRONOR, { message: 'Beloppet får vara högst 1 000 000 000 000 kr' });

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(indata)', message: issue.message }));
}

/** Parses input or throws a 400 naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // the same input parsed again in another language only when a caller asks for one: zod's own messages follow the locale, the blocks' own through the catalogue
  throw validationFailed(fieldIssues(result.error), (language) => {
    const again = schema.safeParse(input, { error: zodLocales[language].localeError });
    return again.success ? [] : fieldIssues(again.error);
  });
}

/**
 * The same fields, each optional and without its default: an update built from it changes only
 * what the caller names, and never resets an omitted field to a default.
 */
export function patchOf<T extends Record<string, z.ZodType>>(fields: T): { [K in keyof T]: z.ZodOptional<z.ZodType<z.output<T[K]>>> } {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [
      key,
      (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema).optional(),
    ]),
  ) as unknown as { [K in keyof T]: z.ZodOptional<z.ZodType<z.output<T[K]>>> };
}

/** Stored values overlaid with the fields an update names. */
export function mergePatch<T extends object>(current: T, patch: Partial<T>): T {
  return { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as T;
}
