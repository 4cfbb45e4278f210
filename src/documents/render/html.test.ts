import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RenderModel } from '../model.ts';
import { renderBlocksHtml, renderHtml, renderPage } from './html.ts';
import { PdfFooter } from './PdfFooter.tsx';
import { PublishedPdfLink } from './PublicPage.tsx';
import { WithdrawnNotice } from './WithdrawnNotice.tsx';

const hostile = `<script>alert("x")</script> & 'Tom's' <b onclick="y">`;

/** Every text of the document is `text`; the ids, which templates write, are plain. */
const model = (text: string, decided = false): RenderModel => ({
  type: 'internbudget',
  title: text,
  municipality: text,
  committee: { code: 'SON', name: text },
  period: { year: 2024, month: null },
  decision: decided ? { decidedOn: '2024-01-25', reference: text } : null,
  findings: [],
  sections: [
    {
      id: 'inledning',
      title: text,
      blocks: [
        { kind: 'heading', level: 3, text },
        {
          kind: 'text',
          paragraphs: [
            { type: 'p', text },
            { type: 'li', text },
            { type: 'li', text },
          ],
        },
      ],
    },
    {
      id: 'drift',
      title: 'Driftsammandrag',
      blocks: [
        {
          kind: 'table',
          table: {
            id: 'driftsammandrag',
            caption: text,
            unitNote: text,
            source: text,
            columns: [
              { label: text, numeric: false },
              { label: text, numeric: true },
            ],
            rows: [
              {
                cells: [
                  { text, value: null },
                  { text, value: 1 },
                ],
                level: 1,
                kind: 'total',
              },
            ],
          },
        },
      ],
    },
    { id: 'tom', title: 'Tom', blocks: [] },
  ],
});

/** Everything that could open a tag or end an attribute: escaping leaves exactly the markup's own (an empty note is left out, so the texts are not empty). */
const markupChars = (html: string) => html.replace(/[^<>"']/g, '');

describe('the document HTML', () => {
  it('prints hostile text in sections, headings and table cells as text, never as markup', () => {
    const html = renderHtml(model(hostile));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b onclick');
    expect(html).toContain(
      '<th scope="row">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;Tom&#x27;s&#x27; &lt;b onclick=&quot;y&quot;&gt;</th>',
    );
    expect(html).toContain('<td class="num">&lt;script&gt;');
    expect(html).toContain('<caption>&lt;script&gt;');
    expect(html).toContain('<p>&lt;script&gt;');
    expect(html).toContain('<li>&lt;script&gt;');
    expect(html).toContain('<h3>&lt;script&gt;');
    expect(html).toContain('<title>&lt;script&gt;');
    expect(renderBlocksHtml(model(hostile).sections[1]?.blocks ?? [])).toContain('<th scope="row">&lt;script&gt;');
  });

  it('has the same markup whatever the text: no string of the data is spliced into HTML', () => {
    const plain = markupChars(renderHtml(model('x', true)));
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(markupChars(renderHtml(model(text, true)))).toBe(plain);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps what a reader and a tagged PDF rely on: language, captions, header scopes, the chart description', () => {
    const html = renderHtml({
      ...model('Text'),
      sections: [
        ...model('Text').sections,
        {
          id: 'diagram',
          title: 'Diagram',
          blocks: [
            {
              kind: 'chart',
              chart: {
                id: 'utfall',
                caption: 'Utfall',
                kind: 'bar',
                unit: 'mnkr',
                categories: ['jan'],
                series: [{ name: 'A & B', values: [1] }],
                summary: 'Ett "lågt" värde',
              },
            },
          ],
        },
      ],
    });
    expect(html.startsWith('<!doctype html>\n<html lang="sv"><head><meta charSet="utf-8"/>')).toBe(true);
    expect(html).toMatch(
      /<table id="driftsammandrag"><caption>Text<\/caption><thead><tr><th scope="col">Text<\/th><th scope="col" class="num">Text<\/th><\/tr><\/thead>/,
    );
    expect(html).toContain('<tr class="total level-1"><th scope="row">Text</th><td class="num">Text</td></tr>');
    expect(html).toContain('<p class="table-note">Text</p><p class="table-note">Källa: Text</p>');
    expect(html).toContain('<section id="inledning" aria-labelledby="inledning-h"><h2 id="inledning-h">Text</h2>');
    expect(html).toContain('<nav aria-label="Innehåll" class="toc"><h2>Innehåll</h2><ol><li><a href="#inledning">Text</a></li>');
    expect(html).toContain('<ul><li>Text</li><li>Text</li></ul>');
    expect(html).toContain('<p class="missing">Text saknas.</p>');
    expect(html).toContain('<p class="decision draft">Utkast – inte beslutat</p>');
    expect(html).toMatch(/<figure class="chart" id="utfall"><div role="img" aria-label="Utfall. Ett &quot;lågt&quot; värde"><svg /);
    expect(html).toContain('<figcaption>Utfall. Ett &quot;lågt&quot; värde</figcaption>');
    expect(html).not.toMatch(/A & B/);
  });
});

describe('the pages around a publication', () => {
  it('escape the title, the reason and the link', () => {
    const notice = renderPage(
      createElement(WithdrawnNotice, { title: hostile, reason: hostile, on: '2024-02-01', onText: '1 februari 2024' }),
    );
    expect(notice).not.toContain('<script');
    expect(notice).toContain('<p><strong>Skäl:</strong> &lt;script&gt;');
    expect(notice).toContain('<time dateTime="2024-02-01">1 februari 2024</time>');
    const link = renderToStaticMarkup(createElement(PublishedPdfLink, { href: `"><script>.pdf`, kilobytes: 12 }));
    expect(link).toBe('<p class="published-pdf"><a href="&quot;&gt;&lt;script&gt;.pdf">Handlingen som PDF (12 kB)</a></p>');
    const footer = renderToStaticMarkup(createElement(PdfFooter, { text: hostile }));
    expect(footer).toContain('<span>&lt;script&gt;');
    expect(footer).toContain('<span class="pageNumber"></span> (<span class="totalPages"></span>)');
  });
});
