import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The web UI: scripts only from our own origin (the Vite bundle has no inline script). Styles
 * allow inline because React and ECharts set style attributes; a style cannot run code.
 */
const appDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // helmet's default would upgrade every request to https, which breaks plain-HTTP installations
  upgradeInsecureRequests: null,
};

/**
 * Generated committee documents (HTML served by the API and the public pages) carry their CSS
 * inline and need nothing else: no script at all, no forms, no framing.
 */
export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const HSTS = 'max-age=31536000; includeSubDomains';

const isDocumentHtml = (url: string, contentType: unknown) =>
  (url.startsWith('/api/') || url.startsWith('/publicerat/')) && typeof contentType === 'string' && contentType.startsWith('text/html');

/**
 * Security headers on every response (helmet), HSTS only over HTTPS (directly or via a trusted
 * proxy: a browser ignores it over HTTP, and a wrong one locks users out), and no caching of
 * anything under /api: JSON and downloads of non-public files may hold personal data.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    // the same as frame-ancestors 'none', for browsers that predate CSP 2
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    if (isDocumentHtml(request.url, reply.getHeader('content-type'))) reply.header('content-security-policy', DOCUMENT_CSP);
    return payload;
  });
}
