import { chromium } from 'playwright-core';
import { AppError } from '../../core/errors.ts';
import type { RenderModel } from '../model.ts';
import { renderHtml } from './html.ts';

const CHROMIUM = process.env.STYRBORD_CHROMIUM ?? '/usr/bin/chromium';
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Prints the document's HTML in Chromium: A4, header rows repeated, page numbers as "5 (26)". */
export async function renderPdf(model: RenderModel): Promise<Buffer> {
  let browser;
  try {
    // playwright gives every launch a fresh, temporary profile
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (err) {
    throw new AppError('internal', `PDF kräver Chromium (${CHROMIUM}): ${(err as Error).message.split('\n')[0]}`);
  }
  try {
    const page = await browser.newPage();
    await page.setContent(renderHtml(model), { waitUntil: 'load' });
    const footer = `<div style="font-size:8pt;width:100%;padding:0 18mm;display:flex;justify-content:space-between;font-family:DejaVu Sans,Arial,sans-serif;color:#444">
      <span>${escapeHtml(`${model.committee.name} – ${model.title}`)}</span><span><span class="pageNumber"></span> (<span class="totalPages"></span>)</span></div>`;
    return await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer, margin: { top: '20mm', bottom: '20mm', left: '0', right: '0' }, tagged: true, outline: true });
  } finally {
    await browser.close();
  }
}
