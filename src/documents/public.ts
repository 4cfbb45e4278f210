import type { RouteContext } from '../server/context.ts';
import type { FastifyReply } from 'fastify';
import { frozenFile } from './store.ts';
import { documentContentTypes, type DocumentFormat } from './render/index.ts';

export function sendFile(reply: FastifyReply, bytes: Buffer, format: DocumentFormat, name: string, inline = false) {
  return reply.header('content-type', documentContentTypes[format])
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}"`).send(bytes);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const notPublished = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Handlingen finns inte – Styrbord</title></head>
<body><main><h1>Handlingen finns inte</h1><p>Det finns ingen publicerad handling på den här adressen.</p></main></body></html>
`;

/**
 * Published documents: the frozen HTML exactly as decided, plus a link to the frozen PDF, at a
 * stable address. No sign-in; anything not published is 404.
 */
export function registerPublicDocumentRoutes({ app, db }: RouteContext): void {
  app.get<{ Params: { committee: string; slug: string } }>('/publicerat/:committee/:slug', async (request, reply) => {
    const pdf = request.params.slug.endsWith('.pdf');
    const slug = pdf ? request.params.slug.slice(0, -4) : request.params.slug;
    const [row] = await db.query<{ documentId: number; pdfBytes: number }>(
      `select v.document_id as "documentId", length(v.pdf) as "pdfBytes"
       from document_publication p join document_version v on v.id = p.document_version_id where p.committee_code = $1 and p.slug = $2`,
      [request.params.committee, slug]);
    if (!row) return reply.status(404).header('content-type', 'text/html; charset=utf-8').send(notPublished);
    reply.header('cache-control', 'public, max-age=300');
    if (pdf) return sendFile(reply, await frozenFile(db, row.documentId, 'pdf'), 'pdf', `${request.params.committee}-${slug}.pdf`, true);
    const html = (await frozenFile(db, row.documentId, 'html')).toString('utf8');
    const link = `<p class="published-pdf"><a href="${escapeHtml(`${slug}.pdf`)}">Handlingen som PDF (${Math.max(1, Math.round(row.pdfBytes / 1024))} kB)</a></p>`;
    return reply.header('content-type', 'text/html; charset=utf-8').send(html.replace('</header>', `${link}</header>`));
  });
}
