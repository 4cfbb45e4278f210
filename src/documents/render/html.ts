import type { RenderBlock, RenderModel, RenderTable } from '../model.ts';
import { chartSvg } from './chart-svg.ts';
import { documentCss } from './document-css.ts';
import { escapeHtml } from '../../core/html.ts';

function table(t: RenderTable): string {
  const head = t.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = t.rows
    .map((r) => {
      const cls = [
        r.kind === 'total' ? 'total' : '',
        r.kind === 'subset' ? 'subset' : '',
        r.level > 0 ? `level-${Math.min(r.level, 3)}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      const cells = r.cells
        .map((cell, i) =>
          i === 0
            ? `<th scope="row">${escapeHtml(cell.text)}</th>`
            : `<td${t.columns[i]?.numeric ? ' class="num"' : ''}>${escapeHtml(cell.text)}</td>`,
        )
        .join('');
      return `<tr${cls ? ` class="${cls}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  const notes = [t.unitNote, t.source ? `Källa: ${t.source}` : '']
    .filter(Boolean)
    .map((n) => `<p class="table-note">${escapeHtml(n)}</p>`)
    .join('');
  return `<div class="table-wrap"><table id="${escapeHtml(t.id)}"><caption>${escapeHtml(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${notes}</div>`;
}

function block(b: RenderBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'text': {
      const out: string[] = [];
      let list: string[] = [];
      const flush = () => {
        if (list.length > 0) out.push(`<ul>${list.join('')}</ul>`);
        list = [];
      };
      for (const p of b.paragraphs) {
        if (p.type === 'li') list.push(`<li>${escapeHtml(p.text)}</li>`);
        else {
          flush();
          out.push(`<p>${escapeHtml(p.text)}</p>`);
        }
      }
      flush();
      return out.join('\n');
    }
    case 'table':
      return table(b.table);
    case 'chart':
      return `<figure class="chart" id="${escapeHtml(b.chart.id)}"><div role="img" aria-label="${escapeHtml(`${b.chart.caption}. ${b.chart.summary}`)}">${chartSvg(b.chart)}</div><figcaption>${escapeHtml(b.chart.caption)}. ${escapeHtml(b.chart.summary)}</figcaption></figure>`;
  }
}

/** A section's blocks as an HTML fragment, for the editor's live preview. */
export const renderBlocksHtml = (blocks: RenderBlock[]): string => blocks.map(block).join('\n');

/**
 * The document as one self-contained, accessible HTML page: for the screen, for publishing and
 * for Chromium to print. Deterministic: the same render model gives the same bytes.
 */
export function renderHtml(model: RenderModel): string {
  const heading = `${model.title} – ${model.committee.name}`;
  const decision = model.decision
    ? `<p class="decision">Beslutad ${escapeHtml(model.decision.decidedOn)}, ${escapeHtml(model.decision.reference)}</p>`
    : '<p class="decision draft">Utkast – inte beslutat</p>';
  const toc = model.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  const body = (blocks: RenderBlock[]) =>
    blocks.length === 0 && !model.decision ? '<p class="missing">Text saknas.</p>' : blocks.map(block).join('\n');
  const sections = model.sections
    .map(
      (s) =>
        `<section id="${escapeHtml(s.id)}" aria-labelledby="${escapeHtml(s.id)}-h"><h2 id="${escapeHtml(s.id)}-h">${escapeHtml(s.title)}</h2>\n${body(s.blocks)}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>${documentCss}</style>
</head>
<body>
<header class="cover"><p class="municipality">${escapeHtml(model.municipality)}</p><h1>${escapeHtml(heading)}</h1>${decision}</header>
<nav aria-label="Innehåll" class="toc"><h2>Innehåll</h2><ol>${toc}</ol></nav>
<main>
${sections}
</main>
</body>
</html>
`;
}
