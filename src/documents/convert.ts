import type { ExportTable } from '../files/tabular.ts';
import type { RenderTable } from './model.ts';
import { amountCell, textCell, type Scale } from './numbers.ts';

const decimals = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A module's export table (whole kronor) as a document table in the given scale. */
export function fromExportTable(id: string, table: ExportTable, scale: Scale, unitNote: string): RenderTable {
  return {
    id,
    caption: table.title,
    unitNote,
    columns: [{ label: table.labelHeader, numeric: false }, ...table.columns.map((label) => ({ label, numeric: true }))],
    rows: table.rows.map((r) => ({
      cells: [textCell(r.label), ...r.values.map((v) => amountCell(v, scale))],
      level: r.level,
      kind: r.emphasis ? 'total' : r.level > 0 ? 'subset' : 'row',
    })),
  };
}

/** A table mixing text and figures (indicator values, shares, counts): figures print as they are. */
export function fromMixedTable(
  id: string,
  table: { title: string; note: string; columns: string[]; rows: (string | number | null)[][] },
): RenderTable {
  const isNumeric = (c: number) =>
    table.rows.some((r) => typeof r[c] === 'number') && table.rows.every((r) => r[c] === null || r[c] === '' || typeof r[c] === 'number');
  return {
    id,
    caption: table.title,
    unitNote: table.note,
    columns: table.columns.map((label, c) => ({ label, numeric: isNumeric(c) })),
    rows: table.rows.map((r) => ({
      cells: r.map((cell) => (typeof cell === 'number' ? { text: decimals.format(cell), value: cell } : textCell(cell ?? ''))),
      level: 0,
      kind: 'row',
    })),
  };
}
