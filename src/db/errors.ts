import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';

/**
 * The PostgreSQL (and PGlite) errors a caller can cause, as the AppErrors the API and the CLI
 * both answer with: the same 409 or 400, the same message. Null for anything else, which is a
 * fault of Styrbord's and stays an internal error.
 */
export function databaseError(err: unknown): AppError | null {
  if (typeof err !== 'object' || err === null) return null;
  const { code, message } = err as { code?: unknown; message?: unknown };
  switch (code) {
    case '23505':
      return new AppError('conflict', msg('db.duplicate_key'));
    case '23503':
      return new AppError('validation', msg('db.foreign_key'));
    case '23514':
    case '23502':
    case '22P02':
    case '22008':
    case '22003':
    case '22001':
    case '22007':
      return new AppError('validation', msg('db.rule_broken'));
    case '22021':
    case '22P05':
      // NUL or an invalid byte sequence that slipped past the input checks (e.g. inside an uploaded file)
      return new AppError('validation', msg('db.unstorable_character'));
    case '40001':
    case '40P01':
      // two writers on the same rows (serialisation failure, deadlock): the loser may simply try again
      return new AppError('conflict', msg('db.concurrent_change'));
    case 'P0001':
      // raised by the frozen-row triggers, whose messages are written for the user
      return new AppError('frozen', typeof message === 'string' ? message : '');
    default:
      return null;
  }
}
