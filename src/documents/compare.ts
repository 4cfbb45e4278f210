import type { RenderModel, RenderTable } from './model.ts';
import { required } from '../core/required.ts';

export interface FigureChange {
  tableId: string;
  caption: string;
  row: string;
  column: string;
  before: string | null;
  after: string | null;
}

export interface TextChange {
  sectionId: string;
  title: string;
  before: string | null;
  after: string | null;
}

export interface Comparison {
  figures: FigureChange[];
  texts: TextChange[];
}

const tables = (m: RenderModel) =>
  new Map(m.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [[b.table.id, b.table] as const] : []))));

/** Rows by their label; a label printed twice (e.g. "varav") is told apart by its occurrence. */
function cells(t: RenderTable): Map<string, Map<string, string>> {
  const seen = new Map<string, number>();
  const out = new Map<string, Map<string, string>>();
  for (const r of t.rows) {
    const label = r.cells[0]?.text ?? '';
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    const key = n === 1 ? label : `${label} (${n})`;
    out.set(key, new Map(t.columns.slice(1).map((c, i) => [c.label, r.cells[i + 1]?.text ?? ''])));
  }
  return out;
}

function sectionText(m: RenderModel): Map<string, { title: string; text: string }> {
  return new Map(
    m.sections.map((s) => [
      s.id,
      {
        title: s.title,
        text: s.blocks
          .flatMap((b) => (b.kind === 'text' ? b.paragraphs.map((p) => (p.type === 'li' ? `• ${p.text}` : p.text)) : []))
          .join('\n'),
      },
    ]),
  );
}

/** What differs between two versions: figures by table, row and column, and written text by section. */
export function compareModels(a: RenderModel, b: RenderModel): Comparison {
  const figures: FigureChange[] = [];
  const ta = tables(a);
  const tb = tables(b);
  for (const tableId of new Set([...ta.keys(), ...tb.keys()])) {
    const x = ta.get(tableId);
    const y = tb.get(tableId);
    const cx = x ? cells(x) : new Map<string, Map<string, string>>();
    const cy = y ? cells(y) : new Map<string, Map<string, string>>();
    for (const row of new Set([...cx.keys(), ...cy.keys()])) {
      const rx = cx.get(row);
      const ry = cy.get(row);
      for (const column of new Set([...(rx?.keys() ?? []), ...(ry?.keys() ?? [])])) {
        const before = rx?.get(column) ?? null;
        const after = ry?.get(column) ?? null;
        if (before !== after)
          figures.push({ tableId, caption: required(y ?? x, `tabellen ${tableId}`).caption, row, column, before, after });
      }
    }
  }
  const texts: TextChange[] = [];
  const sa = sectionText(a);
  const sb = sectionText(b);
  for (const sectionId of new Set([...sa.keys(), ...sb.keys()])) {
    const before = sa.get(sectionId);
    const after = sb.get(sectionId);
    if ((before?.text ?? '') !== (after?.text ?? ''))
      texts.push({
        sectionId,
        title: required(after ?? before, `avsnittet ${sectionId}`).title,
        before: before?.text ?? null,
        after: after?.text ?? null,
      });
  }
  return { figures, texts };
}
