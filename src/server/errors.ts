import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.ts';

/** PostgreSQL error codes a caller can cause, translated into stable, Swedish errors. */
function fromDatabase(err: { code?: string; message: string; constraint?: string }): AppError | null {
  switch (err.code) {
    case '23505':
      return new AppError('conflict', 'Det finns redan en post med samma nyckel.');
    case '23503':
      return new AppError('validation', 'Posten hänvisar till något som inte finns, eller används fortfarande av andra poster.');
    case '23514':
    case '23502':
    case '22P02':
    case '22008':
    case '22003':
      return new AppError('validation', 'Uppgifterna bryter mot en regel i databasen (t.ex. ett datum eller en gräns).');
    case 'P0001':
      return new AppError('frozen', err.message);
    default:
      return null;
  }
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { code?: string };
  const db = fromDatabase(e);
  if (db) return db;
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('validation', 'Fel innehållstyp; skicka JSON.');
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e instanceof SyntaxError) {
    return new AppError('validation', 'Felaktig JSON i begäran.');
  }
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('validation', 'Begäran är för stor.');
  if (typeof e.statusCode === 'number' && e.statusCode === 404) return new AppError('not_found', 'Sidan finns inte.');
  return new AppError('internal', 'Ett internt fel inträffade. Felet är loggat.');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const appError = toAppError(err);
    if (appError.code === 'internal') request.log.error({ err }, 'unhandled error');
    void reply.status(appError.status).send(appError.toJSON());
  });
}
