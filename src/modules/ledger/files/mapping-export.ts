import ExcelJS from 'exceljs';
import { csvText } from '../../../files/csv.ts';
import type { LedgerMapping } from '../model.ts';

/** The mapping rules as a file a controller can read and check: one rule per row. */
export const MAPPING_COLUMNS = [
  'Ansvar',
  'Verksamhet (huvudbok)',
  'Konto från',
  'Konto till',
  'Verksamhet i Styrbord',
  'Namn',
  'Prioritet',
] as const;

function rows(mappings: readonly LedgerMapping[]): (string | number)[][] {
  return mappings.map((m) => [
    m.costCentre ?? '',
    m.activityCode ?? '',
    m.accountFrom ?? '',
    m.accountTo ?? '',
    m.activity,
    m.activityName,
    m.priority,
  ]);
}

export interface MappingFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export async function exportMappings(
  committeeCode: string,
  mappings: readonly LedgerMapping[],
  format: 'csv' | 'xlsx',
): Promise<MappingFile> {
  const base = `mappningsregler-${committeeCode.toLowerCase()}`;
  if (format === 'csv') {
    // CSV for Swedish Excel: UTF-8 with BOM, semicolons, CRLF
    const text = csvText([[...MAPPING_COLUMNS], ...rows(mappings)], { excel: true });
    return { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(text) };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrbord';
  const sheet = workbook.addWorksheet('Mappningsregler', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...MAPPING_COLUMNS]).font = { bold: true };
  for (const r of rows(mappings)) sheet.addRow(r);
  MAPPING_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, c.length + 2);
  });
  sheet.getColumn(6).width = 40;
  return {
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
