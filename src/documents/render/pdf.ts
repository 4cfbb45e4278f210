import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RenderModel } from '../model.ts';
import { renderHtml } from './html.ts';
import { withPage } from './browser.ts';
import { PdfFooter } from './PdfFooter.tsx';

/** Prints the document's HTML in the shared Chromium: A4, header rows repeated, page numbers as "5 (26)". */
export function renderPdf(model: RenderModel): Promise<Buffer> {
  return withPage(async (page) => {
    await page.setContent(renderHtml(model), { waitUntil: 'load' });
    return page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: renderToStaticMarkup(createElement(PdfFooter, { text: `${model.committee.name} – ${model.title}` })),
      margin: { top: '20mm', bottom: '20mm', left: '0', right: '0' },
      tagged: true,
      outline: true,
    });
  });
}
