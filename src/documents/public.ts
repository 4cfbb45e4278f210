import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RouteContext } from '../http/context.ts';
import type { FastifyReply } from 'fastify';
import { findPublication, frozenFile } from './store.ts';
import { AppError } from '../core/errors.ts';
import { documentContentTypes, type DocumentFormat } from './render/index.ts';
import { sendWithdrawn } from './withdrawn-notice.ts';
import { renderPage } from './render/html.ts';
import { NotPublished, PublishedPdfLink, TamperedFile } from './render/PublicPage.tsx';
import { divideRounded } from '../core/rounding.ts';

export function sendFile(reply: FastifyReply, bytes: Buffer, format: DocumentFormat, name: string, inline = false) {
  return reply
    .header('content-type', documentContentTypes[format])
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}"`)
    .send(bytes);
}

const notPublished = renderPage(createElement(NotPublished));
const tamperedPage = renderPage(createElement(TamperedFile));

/**
 * Published documents: the frozen HTML exactly as decided, plus a link to the frozen PDF, at a
 * stable address. No sign-in; anything not published is 404, a withdrawn publication 410.
 */
export function registerPublicDocumentRoutes({ app, db }: RouteContext): void {
  app.get<{ Params: { committee: string; slug: string } }>('/publicerat/:committee/:slug', async (request, reply) => {
    const pdf = request.params.slug.endsWith('.pdf');
    const slug = pdf ? request.params.slug.slice(0, -4) : request.params.slug;
    const row = await findPublication(db, request.params.committee, slug);
    if (!row) return reply.status(404).header('content-type', 'text/html; charset=utf-8').send(notPublished);
    if (row.withdrawal) return sendWithdrawn(request, reply, row.title, row.withdrawal);
    let bytes: Buffer;
    try {
      bytes = await frozenFile(db, row.documentId, pdf ? 'pdf' : 'html');
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'conflict') throw err;
      request.log.error({ documentId: row.documentId, slug }, 'a published file does not match its decided sha256');
      return reply.status(409).header('cache-control', 'no-store').header('content-type', 'text/html; charset=utf-8').send(tamperedPage);
    }
    reply.header('cache-control', 'public, max-age=300');
    if (pdf) return sendFile(reply, bytes, 'pdf', `${request.params.committee}-${slug}.pdf`, true);
    const html = bytes.toString('utf8');
    const link = renderToStaticMarkup(
      createElement(PublishedPdfLink, { href: `${slug}.pdf`, kilobytes: Math.max(1, divideRounded(row.pdfBytes, 1024)) }),
    );
    // the frozen bytes stay as decided; the link goes in before the cover's end
    return reply.header('content-type', 'text/html; charset=utf-8').send(html.replace('</header>', `${link}</header>`));
  });
}
