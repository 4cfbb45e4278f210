import type { ReactNode } from 'react';
import type { RenderBlock, RenderModel, RenderSection, RenderTable } from '../model.ts';
import { chartSvg } from './chart-svg.ts';
import { documentCss } from './document-css.ts';

/**
 * The committee document as React elements, rendered to static markup (`html.ts`): React escapes
 * every text and attribute, so no string of the document's data is ever spliced into HTML.
 */

/** A line break between blocks, rows and sections, so the saved HTML reads and diffs line by line. */
const lines = (items: ReactNode[]): ReactNode[] => items.flatMap((item, i) => (i === 0 ? [item] : ['\n', item]));

type Row = RenderTable['rows'][number];

const rowClass = (r: Row): string | undefined =>
  [r.kind === 'total' ? 'total' : '', r.kind === 'subset' ? 'subset' : '', r.level > 0 ? `level-${Math.min(r.level, 3)}` : '']
    .filter(Boolean)
    .join(' ') || undefined;

function Table({ table: t }: { table: RenderTable }) {
  const numeric = (i: number) => (t.columns[i]?.numeric ? 'num' : undefined);
  const notes = [t.unitNote, t.source ? `Källa: ${t.source}` : ''].filter(Boolean);
  const rows = t.rows.map((r, ri) => (
    <tr key={ri} className={rowClass(r)}>
      {r.cells.map((cell, i) =>
        i === 0 ? (
          <th key={i} scope="row">
            {cell.text}
          </th>
        ) : (
          <td key={i} className={numeric(i)}>
            {cell.text}
          </td>
        ),
      )}
    </tr>
  ));
  return (
    <div className="table-wrap">
      <table id={t.id}>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            {t.columns.map((c, i) => (
              <th key={i} scope="col" className={numeric(i)}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {'\n'}
          {lines(rows)}
          {'\n'}
        </tbody>
      </table>
      {notes.map((n, i) => (
        <p key={i} className="table-note">
          {n}
        </p>
      ))}
    </div>
  );
}

/** Paragraphs as they are printed: a run of list items becomes one list. */
function paragraphRuns(paragraphs: { type: 'p' | 'li'; text: string }[]): (string | string[])[] {
  const runs: (string | string[])[] = [];
  for (const p of paragraphs) {
    const last = runs.at(-1);
    if (p.type === 'p') runs.push(p.text);
    else if (Array.isArray(last)) last.push(p.text);
    else runs.push([p.text]);
  }
  return runs;
}

function Block({ block: b }: { block: RenderBlock }) {
  switch (b.kind) {
    case 'heading':
      return b.level === 2 ? <h2>{b.text}</h2> : <h3>{b.text}</h3>;
    case 'text':
      return lines(
        paragraphRuns(b.paragraphs).map((run, i) =>
          typeof run === 'string' ? (
            <p key={i}>{run}</p>
          ) : (
            <ul key={i}>
              {run.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          ),
        ),
      );
    case 'table':
      return <Table table={b.table} />;
    case 'chart': {
      const c = b.chart;
      const description = `${c.caption}. ${c.summary}`;
      // echarts' server-side SVG: markup echarts writes itself, escaping the labels and names it prints
      return (
        <figure className="chart" id={c.id}>
          <div role="img" aria-label={description} dangerouslySetInnerHTML={{ __html: chartSvg(c) }} />
          <figcaption>{description}</figcaption>
        </figure>
      );
    }
  }
}

/** A section's blocks, for the document and for the editor's live preview. */
export const Blocks = ({ blocks }: { blocks: RenderBlock[] }) => lines(blocks.map((b, i) => <Block key={i} block={b} />));

function Section({ section: s, decided }: { section: RenderSection; decided: boolean }) {
  return (
    <section id={s.id} aria-labelledby={`${s.id}-h`}>
      <h2 id={`${s.id}-h`}>{s.title}</h2>
      {'\n'}
      {s.blocks.length === 0 && !decided ? <p className="missing">Text saknas.</p> : <Blocks blocks={s.blocks} />}
      {'\n'}
    </section>
  );
}

/** The whole document: cover, table of contents and the sections, in Swedish (`lang="sv"`). */
export function DocumentHtml({ model }: { model: RenderModel }) {
  const heading = `${model.title} – ${model.committee.name}`;
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{heading}</title>
        <style>{documentCss}</style>
      </head>
      <body>
        {'\n'}
        <header className="cover">
          <p className="municipality">{model.municipality}</p>
          <h1>{heading}</h1>
          {model.decision ? (
            <p className="decision">{`Beslutad ${model.decision.decidedOn}, ${model.decision.reference}`}</p>
          ) : (
            <p className="decision draft">Utkast – inte beslutat</p>
          )}
        </header>
        {'\n'}
        <nav aria-label="Innehåll" className="toc">
          <h2>Innehåll</h2>
          <ol>
            {model.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ol>
        </nav>
        {'\n'}
        <main>
          {'\n'}
          {lines(model.sections.map((s) => <Section key={s.id} section={s} decided={model.decision !== null} />))}
          {'\n'}
        </main>
        {'\n'}
      </body>
    </html>
  );
}
