import type { RenderModel } from '../model.ts';
import { renderHtml } from './html.ts';

export type DocumentFormat = 'html' | 'pdf' | 'docx' | 'xlsx' | 'json';

export const documentContentTypes: Record<DocumentFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

let pdf: Promise<typeof import('./pdf.ts')> | null = null;

/** One render model, five renderers; the heavy ones load only when asked for. */
export async function renderDocument(model: RenderModel, format: DocumentFormat): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(renderHtml(model));
    case 'json':
      return Buffer.from(`${JSON.stringify(model, null, 2)}\n`);
    case 'pdf':
      return (await (pdf ??= import('./pdf.ts'))).renderPdf(model);
    case 'docx':
      return (await import('./docx.ts')).renderDocx(model);
    case 'xlsx':
      return (await import('./xlsx.ts')).renderXlsx(model);
  }
}

/** Closes the shared Chromium if a PDF has started it (server shutdown, end of a CLI command). */
export async function closeRenderers(): Promise<void> {
  if (pdf) await (await import('./browser.ts')).closeBrowser();
}
