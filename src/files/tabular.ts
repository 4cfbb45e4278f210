import ExcelJS from 'exceljs';
import { csvText } from './csv.ts';

/** A table ready for export: a label column, then one numeric column per period. */
export interface ExportTable {
  /** Sheet name (Excel allows 31 characters). */
  name: string;
  title: string;
  unitNote: string;
  labelHeader: string;
  columns: string[];
  rows: { label: string; level: number; emphasis?: boolean; values: (number | null)[] }[];
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';

/** RFC 4180 CSV, UTF-8, whole numbers without formatting so every program reads them; no cell runs as a formula. */
export function toCsv(table: ExportTable): string {
  return csvText([[table.labelHeader, ...table.columns], ...table.rows.map((r) => [r.label, ...r.values])]);
}

/** One sheet per table; numbers stay numbers with a Swedish thousands format. */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrbord';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 3 }] });
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    sheet.addRow([table.unitNote]).font = { italic: true };
    const header = sheet.addRow([table.labelHeader, ...table.columns]);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const r of table.rows) {
      const row = sheet.addRow([r.label, ...r.values]);
      row.getCell(1).alignment = { indent: r.level * 2 };
      if (r.emphasis) row.font = { bold: true };
      for (let c = 2; c <= table.columns.length + 1; c++) row.getCell(c).numFmt = '#,##0;-#,##0';
    }
    sheet.getColumn(1).width = Math.min(60, Math.max(20, ...table.rows.map((r) => r.label.length + r.level * 2 + 2)));
    for (let c = 2; c <= table.columns.length + 1; c++) sheet.getColumn(c).width = 16;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function toJson(tables: readonly ExportTable[]): string {
  return `${JSON.stringify(tables.length === 1 ? tables[0] : tables, null, 2)}\n`;
}

export async function render(tables: readonly ExportTable[], format: ExportFormat): Promise<Buffer> {
  if (format === 'xlsx') return toXlsx(tables);
  if (format === 'json') return Buffer.from(toJson(tables));
  return Buffer.from(tables.map(toCsv).join('\n'));
}

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
