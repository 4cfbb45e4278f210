import type { RenderModel } from '../model.ts';
import { renderHtml } from './html.ts';
import { withPage } from './browser.ts';
import { escapeHtml } from '../../core/html.ts';

/** Prints the document's HTML in the shared Chromium: A4, header rows repeated, page numbers as "5 (26)". */
export function renderPdf(model: RenderModel): Promise<Buffer> {
  return withPage(async (page) => {
    await page.setContent(renderHtml(model), { waitUntil: 'load' });
    const footer = `<div style="font-size:8pt;width:100%;padding:0 18mm;display:flex;justify-content:space-between;font-family:DejaVu Sans,Arial,sans-serif;color:#444">
      <span>${escapeHtml(`${model.committee.name} – ${model.title}`)}</span><span><span class="pageNumber"></span> (<span class="totalPages"></span>)</span></div>`;
    return page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '20mm', bottom: '20mm', left: '0', right: '0' },
      tagged: true,
      outline: true,
    });
  });
}
