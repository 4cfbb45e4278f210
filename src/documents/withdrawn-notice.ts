import type { FastifyReply, FastifyRequest } from 'fastify';
import { createElement } from 'react';
import { renderPage } from './render/html.ts';
import { WithdrawnNotice } from './render/WithdrawnNotice.tsx';
import type { Withdrawal } from './model.ts';

const longDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' });
const isoDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A browser asks for HTML; an API client that names JSON and not HTML gets JSON. */
const wantsJson = (request: FastifyRequest) => {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
};

/**
 * 410 Gone for a withdrawn publication: the address existed and will not return. The notice says
 * when and why, in Swedish, as a page for browsers and as JSON for API clients.
 */
export function sendWithdrawn(request: FastifyRequest, reply: FastifyReply, title: string, w: Withdrawal) {
  const at = new Date(w.withdrawnAt);
  const message = `Publiceringen återkallades ${longDate.format(at)}. Skäl: ${w.reason}`;
  reply.status(410).header('cache-control', 'no-store');
  if (wantsJson(request)) {
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .send({ error: { code: 'withdrawn', message, withdrawnOn: isoDay.format(at), reason: w.reason } });
  }
  const page = createElement(WithdrawnNotice, { title, reason: w.reason, on: isoDay.format(at), onText: longDate.format(at) });
  return reply.header('content-type', 'text/html; charset=utf-8').send(renderPage(page));
}
