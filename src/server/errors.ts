import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.ts';
import { fieldIssues, z } from '../core/validation.ts';

export const INTERNAL_MESSAGE = 'Ett internt fel inträffade. Felet är loggat.';

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
    case '22001':
    case '22007':
      return new AppError('validation', 'Uppgifterna bryter mot en regel i databasen (t.ex. ett datum eller en gräns).');
    case '22021':
    case '22P05':
      // NUL or an invalid byte sequence that slipped past the input checks (e.g. inside an uploaded file)
      return new AppError('validation', 'Texten innehåller ett tecken som inte kan lagras (t.ex. NUL, \\u0000).');
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
  // a route's own schema.parse() of a param or query (the same 400 as parseInput gives)
  if (err instanceof z.ZodError) {
    const fields = fieldIssues(err);
    return new AppError('validation', `Felaktiga uppgifter – ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, { fields });
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('unsupported_media_type', 'Fel innehållstyp; skicka JSON.');
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e instanceof SyntaxError) {
    return new AppError('validation', 'Felaktig JSON i begäran.');
  }
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('validation', 'Begäran är för stor.');
  if (typeof e.statusCode === 'number' && e.statusCode === 404) return new AppError('not_found', 'Sidan finns inte.');
  // Fastify's own refusals of a malformed request (bad URL, bad content length, …)
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return new AppError('validation', 'Felaktig begäran.');
  return new AppError('internal', INTERNAL_MESSAGE);
}

/**
 * Every error leaves as an AppError. An unexpected one is logged with its stack under the
 * request's id; the caller sees only the fixed message and that id, never the stack or the cause.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const appError = toAppError(err);
    if (appError.code === 'internal') {
      request.log.error({ err, userId: request.actor?.userId ?? null, route: request.routeOptions.url }, 'unhandled error');
      const body = appError.toJSON();
      void reply.status(500).send({ error: { ...body.error, message: `${INTERNAL_MESSAGE} Ange felkod ${request.id} om du kontaktar support.`, requestId: request.id } });
      return;
    }
    // a 429 or 503 that knows its wait says so, so clients and proxies need not parse the message
    if (appError.details?.retryAfterSeconds !== undefined) void reply.header('retry-after', String(appError.details.retryAfterSeconds));
    void reply.status(appError.status).send(appError.toJSON());
  });
}
