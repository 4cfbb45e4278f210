import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { CLIENT_HEADER } from '../core/http.ts';
import { msg } from '../core/messages.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin the browser sees: scheme and host, from a trusted proxy's forwarded headers when configured. */
function ownOrigin(request: FastifyRequest): string | null {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return null;
  }
}

function sameOrigin(origin: string, request: FastifyRequest): boolean {
  try {
    return new URL(origin).origin === ownOrigin(request);
  } catch {
    return false;
  }
}

const isJson = (contentType: string | undefined) => {
  const media = (contentType ?? '').split(';', 1).join('').trim().toLowerCase();
  return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
};

/**
 * CSRF defence for every state-changing request, run before the body is read. A browser names
 * where a request comes from (Origin, Sec-Fetch-Site); a cross-site page can only send "simple"
 * requests (form or text/plain, no custom header) without a CORS preflight, which we never grant.
 * So: refuse another site, and demand JSON or the client header. Callers that are not browsers
 * (curl, scripts) send neither Origin nor Sec-Fetch-Site and pass on the second rule alone.
 */
export function checkSameOrigin(request: FastifyRequest): void {
  if (!stateChanging.has(request.method)) return;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new AppError('forbidden', msg('request.cross_site'));
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !sameOrigin(origin, request)) {
    // behind a proxy this usually means STYRBORD_TRUST_PROXY is unset or the proxy drops X-Forwarded-Proto/-Host
    request.log.warn({ origin, expected: ownOrigin(request) }, 'refused a write from another origin');
    throw new AppError('forbidden', msg('request.cross_site'));
  }
  if (!isJson(request.headers['content-type']) && request.headers[CLIENT_HEADER] === undefined) {
    throw new AppError('unsupported_media_type', `Begäran måste skickas som JSON eller med rubriken ${CLIENT_HEADER}.`);
  }
}
