import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, validationFailed } from '../core/errors.ts';
import { languageOf, msg, render, type Language } from '../core/messages.ts';
import { fieldIssues, z } from '../core/validation.ts';
import { databaseError } from '../db/errors.ts';

export const INTERNAL_MESSAGE = render(msg('internal'));

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { code?: string };
  const db = databaseError(e);
  if (db) return db;
  // a route's own schema.parse() of a param or query (the same 400 as parseInput gives)
  if (err instanceof z.ZodError) return validationFailed(fieldIssues(err));
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('unsupported_media_type', msg('request.wrong_media_type'));
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e instanceof SyntaxError) {
    return new AppError('validation', msg('request.invalid_json'));
  }
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('validation', msg('request.too_large'));
  if (typeof e.statusCode === 'number' && e.statusCode === 404) return new AppError('not_found', msg('request.no_such_page'));
  // Fastify's own refusals of a malformed request (bad URL, bad content length, …)
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)
    return new AppError('validation', msg('request.malformed'));
  return new AppError('internal', msg('internal'));
}

/** The language the caller reads: the web sends its UI language as Accept-Language; Swedish otherwise. */
export const requestLanguage = (request: FastifyRequest): Language => languageOf(request.headers['accept-language']);

/**
 * Every error leaves as an AppError, in the caller's language. An unexpected one is logged with
 * its stack under the request's id; the caller sees only the fixed message and that id, never
 * the stack or the cause.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const appError = toAppError(err);
    const language = requestLanguage(request);
    if (appError.code === 'internal') {
      request.log.error({ err, userId: request.actor?.userId ?? null, route: request.routeOptions.url }, 'unhandled error');
      const body = appError.bodyIn(language);
      void reply.status(500).send({
        error: {
          ...body.error,
          message: render(msg('internal.with_reference', { requestId: request.id }), language),
          requestId: request.id,
        },
      });
      return;
    }
    // a 429 or 503 that knows its wait says so, so clients and proxies need not parse the message
    if (appError.details?.retryAfterSeconds !== undefined) void reply.header('retry-after', String(appError.details.retryAfterSeconds));
    void reply.status(appError.status).send(appError.bodyIn(language));
  });
}
