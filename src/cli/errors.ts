import { CommanderError } from 'commander';
import { AppError } from '../core/errors.ts';
import { msg, render, type Language } from '../core/messages.ts';
import { databaseError } from '../db/errors.ts';

/** Exit codes: 0 ok, 1 a problem with the input or data, 2 wrong usage, 3 unexpected failure. */
export const EXIT = { ok: 0, refused: 1, usage: 2, unexpected: 3 } as const;

/**
 * What the CLI says about an error and the code it exits with. A database refusal is the same
 * AppError the API answers with (a duplicate key is a conflict, not an unexpected failure).
 */
export function reportError(err: unknown, language: Language, write: (line: string) => void): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  const appError = err instanceof AppError ? err : databaseError(err);
  if (!appError) {
    write(render(msg('cli.unexpected', { message: (err as Error).message }), language));
    return EXIT.unexpected;
  }
  write(render(msg('cli.error', { message: appError.messageIn(language) }), language));
  for (const f of appError.fieldsInLanguage(language) ?? []) write(`  ${f.field}: ${f.message}`);
  for (const r of appError.rowsInLanguage(language) ?? [])
    write(`  ${render(msg('import.where', { file: r.file, row: r.row, column: r.column, reason: r.reason }), language)}`);
  return appError.code === 'internal' ? EXIT.unexpected : EXIT.refused;
}
