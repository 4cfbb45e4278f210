import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { ensure } from '../core/permissions.ts';
import type { z } from 'zod';
import { query, requireActor } from '../http/context.ts';

/**
 * One way to accept an uploaded file: the route's own scope gets a raw-body parser (so the JSON
 * routes keep theirs), and an onRequest hook checks that the caller is signed in and may make
 * the import before a byte of the body is read. Fastify runs onRequest before it parses the
 * body, so a refused upload is answered with a 401/403 JSON response while the client may still
 * be sending; Node then reads the rest of the body off the socket and throws it away, chunk by
 * chunk, and the client gets the response rather than a reset connection. A body over the limit
 * is refused the same way: its rest is read and thrown away before the 400 (drainBody).
 *
 * Every import route receives its file this way (organisation, budget, ledger, indicator data,
 * action-plan template, saved Kolada responses); no route reads a raw or multipart body itself.
 */

/** Content types a browser or script may use for an uploaded xlsx or csv file. */
export const rawUploadTypes = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** An upload read whole into memory (organisation, budget, indicators, action plans, Kolada). */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export interface UploadRoute<P, S extends z.ZodType> {
  url: string;
  /** The query string (the file's name and the like), checked before the body too. */
  query: S;
  /** `buffer`: the body as one Buffer (at most bodyLimit); `stream`: the body as a Readable, never buffered. */
  body: 'buffer' | 'stream';
  contentTypes?: readonly string[];
  bodyLimit?: number;
  /** May this caller make this import? Decided from the URL alone (params, query), before the body. */
  allowed(actor: Actor, request: FastifyRequest<{ Params: P }>, q: z.output<S>): boolean | Promise<boolean>;
  handler(request: FastifyRequest<{ Params: P }>, reply: FastifyReply, actor: Actor, q: z.output<S>): Promise<unknown>;
}

export function registerUpload<P, S extends z.ZodType>(app: FastifyInstance, route: UploadRoute<P, S>): void {
  const bodyLimit = route.bodyLimit ?? IMPORT_BODY_LIMIT;
  const types = [...(route.contentTypes ?? rawUploadTypes)];
  void app.register(async (scope) => {
    if (types.includes('application/json')) scope.removeContentTypeParser('application/json');
    if (route.body === 'stream') scope.addContentTypeParser(types, (_request, payload, done) => done(null, payload));
    else scope.addContentTypeParser(types, { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));
    // Fastify's own refusal of an oversized body names neither the file nor the limit; the app's
    // error handler (the parent's, which an error thrown here goes to) answers with this one
    scope.setErrorHandler(async (err, request, reply) => {
      if ((err as { code?: string }).code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw err;
      // Fastify refuses as soon as Content-Length says too much and closes the connection
      // after answering; a client still sending then gets a reset (EPIPE) instead of the
      // answer. Reading the rest of the body first lets it read the answer, and a fully read
      // request leaves the connection clean, so it may stay open.
      if (await drainBody(request.raw)) reply.removeHeader('connection');
      const { filename } = request.query as { filename?: unknown };
      const file = typeof filename === 'string' && filename.length <= 255 ? filename : '';
      throw new AppError('validation', msg('files.too_large_mb', { file, mb: Math.round(bodyLimit / 1024 / 1024) }));
    });
    scope.addHook('onRequest', async (request) => {
      const actor = requireActor(request);
      ensure(await route.allowed(actor, request as FastifyRequest<{ Params: P }>, query(route.query, request)));
    });
    scope.post<{ Params: P }>(route.url, { bodyLimit }, async (request, reply) => {
      const body = request.body as unknown;
      const empty =
        route.body === 'stream'
          ? !body || typeof (body as { pipe?: unknown }).pipe !== 'function'
          : !Buffer.isBuffer(body) || body.length === 0;
      if (empty) throw new AppError('validation', msg('files.send_raw', { first: types[0] ?? '', second: types[1] ?? '' }));
      return route.handler(request, reply, requireActor(request), query(route.query, request));
    });
  });
}

/** How much of a refused body is read and thrown away, and for how long, before answering anyway. */
export const DRAIN_LIMIT = 100 * 1024 * 1024;
export const DRAIN_TIMEOUT_MS = 30_000;

/**
 * Reads the rest of a request body and throws it away, without keeping it. True when the body
 * ended; false when it was longer than `limit` (declared or sent) or slower than `timeoutMs`:
 * then the connection is closed with the answer, as before, rather than read without end.
 */
export function drainBody(raw: Readable, limit = DRAIN_LIMIT, timeoutMs = DRAIN_TIMEOUT_MS): Promise<boolean> {
  if (raw.readableEnded) return Promise.resolve(true);
  const declared = Number((raw as { headers?: Record<string, unknown> }).headers?.['content-length']);
  if (declared > limit || raw.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    let read = 0;
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      raw.off('data', onData).off('end', onEnd).off('error', onFail).off('close', onFail);
      if (!ended) raw.pause();
      resolve(ended);
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > limit) finish(false);
    };
    const onEnd = () => finish(true);
    const onFail = () => finish(false);
    const timer = setTimeout(onFail, timeoutMs);
    raw.on('data', onData).once('end', onEnd).once('error', onFail).once('close', onFail);
    raw.resume();
  });
}

/** The uploaded file's bytes (for `body: 'buffer'`). */
export const uploadedBytes = (request: FastifyRequest): Buffer => request.body as Buffer;

/** The uploaded file as a stream, never buffered (for `body: 'stream'`). */
export const uploadedStream = (request: FastifyRequest): Readable => request.body as Readable;
