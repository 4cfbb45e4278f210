import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { textProblem } from '../core/validation.ts';

/** Deeper than any form the UI sends; a hostile body of a million `[` is refused before parsing. */
export const MAX_JSON_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (strings skipped). */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** The first string (or key) in a parsed value that no text field may hold, with where it is. */
export function findBadText(value: unknown, path = ''): { field: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field: path || '(indata)', problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const keyProblem = textProblem(key);
    if (keyProblem) return { field: at, problem: keyProblem };
    const found = findBadText(inner, at);
    if (found) return found;
  }
  return null;
}

function refuseBadText(value: unknown, where: string): void {
  const bad = findBadText(value);
  if (bad)
    throw new AppError('validation', `${where}: fältet ${bad.field} ${bad.problem}.`, {
      fields: [{ field: bad.field, message: bad.problem }],
    });
}

/** Route params and the query string: text in the URL obeys the same rules as text in a body. */
export function checkUrlInput(request: FastifyRequest): void {
  refuseBadText(request.params, 'Felaktig adress');
  refuseBadText(request.query, 'Felaktig adress');
}

/**
 * JSON bodies: valid UTF-8 (not silently repaired), nested at most MAX_JSON_DEPTH levels, parsed
 * by Fastify's own prototype-poisoning-safe parser, and no NUL or lone surrogate in any string.
 */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new AppError('validation', msg('request.invalid_utf8')), undefined);
      return;
    }
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(new AppError('validation', msg('request.too_deep', { max: MAX_JSON_DEPTH })), undefined);
      return;
    }
    // Fastify's default JSON parser answers through the callback; its type also allows a promise
    void parse(request, text, (err, value) => {
      if (err) return done(err, undefined);
      try {
        refuseBadText(value, 'Felaktiga uppgifter');
      } catch (bad) {
        return done(bad as AppError, undefined);
      }
      done(null, value);
    });
  });
}
