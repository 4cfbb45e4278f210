import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id from a proxy is kept only if it is short and plain, so it cannot forge log lines. */
const saneId = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestId(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && saneId.test(incoming) ? incoming : randomUUID();
}

function downloadFormat(disposition: string, contentType: unknown): string {
  const ext = /filename="?[^";]*\.([A-Za-z0-9]+)"?/.exec(disposition)?.[1];
  if (ext) return ext.toLowerCase();
  return typeof contentType === 'string' ? contentType.split(';', 1).join('') : 'okänt';
}

/** A file leaving the server (export, document, download): who took it, from which route, in which format. */
function logDownload(request: FastifyRequest, reply: FastifyReply): void {
  const disposition = reply.getHeader('content-disposition');
  if (typeof disposition !== 'string' || reply.statusCode >= 400) return;
  const actor = request.actor;
  request.log.info(
    {
      download: {
        userId: actor?.userId ?? null,
        user: actor?.name ?? 'anonym',
        route: request.routeOptions.url ?? request.url,
        url: request.url,
        format: downloadFormat(disposition, reply.getHeader('content-type')),
        disposition: disposition.split(';')[0],
      },
    },
    'download',
  );
}

/** Every response names its request id, so a user can quote it and an operator can find the log lines. */
export function installRequestLogging(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onResponse', async (request, reply) => logDownload(request, reply));
}
