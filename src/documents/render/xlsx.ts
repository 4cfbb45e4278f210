import { toXlsx, type ExportTable } from '../../files/tabular.ts';
import type { RenderModel, RenderTable } from '../model.ts';

/** One sheet per table; figures as exact numbers (kronor), so Excel can sum them. */
export function renderXlsx(model: RenderModel): Promise<Buffer> {
  const tables: RenderTable[] = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
  const used = new Set<string>();
  const sheetName = (caption: string) => {
    const base =
      caption
        .replace(/[\\/?*[\]:]/g, ' ')
        .slice(0, 28)
        .trim() || 'Tabell';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 26)} ${i}`;
    used.add(name.toLowerCase());
    return name;
  };
  const exportTables: ExportTable[] = tables.map((t) => ({
    name: sheetName(t.caption),
    title: `${model.committee.name} – ${model.title}: ${t.caption}`,
    unitNote: `${t.unitNote}${t.unitNote ? ' ' : ''}(belopp i hela kronor)`.trim(),
    labelHeader: t.columns[0]?.label ?? '',
    columns: t.columns.slice(1).map((c) => c.label),
    rows: t.rows.map((r) => ({
      label: r.cells[0]?.text ?? '',
      level: r.level,
      emphasis: r.kind === 'total',
      values: r.cells.slice(1).map((c) => c.value),
    })),
  }));
  return toXlsx(exportTables);
}
