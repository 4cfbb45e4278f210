import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { assembleDocument } from './assemble.ts';
import { renderDocument } from './render/index.ts';
import type { RenderModel } from './model.ts';
import { findIn, itemAt, must, sheetNamed } from '../testing/must.ts';

let t: TestDatabase;
let internbudget: RenderModel;

beforeAll(async () => {
  t = await createTestDatabase({ demo: true });
  internbudget = await assembleDocument(t.db, { type: 'internbudget', committeeCode: 'SON', year: 2024, month: null });
});
afterAll(() => t.drop());

const tableById = (model: RenderModel, id: string) =>
  itemAt(
    model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' && b.table.id === id ? [b.table] : [])),
    0,
    `a table ${id}`,
  );

describe('the internal budget 2024 for SON, generated from the demo data', () => {
  it('follows the reference structure', () => {
    expect(internbudget.sections.map((s) => s.title)).toEqual([
      'Inledning',
      'Nämndens mål och indikatorer',
      'Strategiska utvecklingsuppdrag',
      'Ekonomi',
      'Kommentar till nämndens ekonomi',
      'Driftsammandrag',
      'Beslutad åtgärdsplan',
    ]);
  });

  it('prints the operating summary with the reference figures, in whole mnkr', () => {
    const table = tableById(internbudget, 'driftsammandrag');
    const row = (label: string) =>
      findIn(table.rows, (r) => r.cells[0]?.text === label, `a row ${label}`)
        .cells.slice(1)
        .map((c) => c.text);
    expect(row('Individ- och familjeomsorg BoU')).toEqual(['356', '400', '431', '435', '427', '427', '427', '427']);
    expect(row('Ofördelade kostnadsreduceringar')).toEqual(['', '', '', '\u22126', '\u22129', '\u221225', '\u221239', '\u221245']);
  });

  it('prints the action-plan table per area with a total computed from the rows', () => {
    const table = tableById(internbudget, 'atgardsplan');
    const total = findIn(table.rows, (r) => r.kind === 'total');
    expect(total.cells.slice(2).map((c) => c.text)).toEqual(['1,6', '30,9', '48,9', '54,8']);
  });

  it("lists the reference's own inconsistencies and the unwritten texts as findings", () => {
    const kinds = new Set(internbudget.findings.map((f) => f.kind));
    for (const kind of ['control_total', 'tables_disagree', 'text_missing', 'full_year_differs']) expect(kinds).toContain(kind);
    expect(internbudget.findings.some((f) => /2026: tabellerna anger olika nettokostnad/.test(f.message))).toBe(true);
  });

  it('renders HTML with proper table headers, deterministically', async () => {
    const a = (await renderDocument(internbudget, 'html')).toString();
    const b = (
      await renderDocument(await assembleDocument(t.db, { type: 'internbudget', committeeCode: 'SON', year: 2024, month: null }), 'html')
    ).toString();
    expect(a).toBe(b);
    expect(a).toMatch(/<caption>Driftsammandrag<\/caption>/);
    expect(a).toMatch(/<th scope="row">Individ- och familjeomsorg BoU<\/th><td class="num">356<\/td>/);
  });

  it('renders a Word file whose text holds the tables', async () => {
    const docx = await renderDocument(internbudget, 'docx');
    const xml = await must((await JSZip.loadAsync(docx)).file('word/document.xml'), 'word/document.xml').async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Driftsammandrag');
    expect(text).toContain('1\u00a0781');
    expect(text).toContain('Förändring av riktlinjer');
    expect(xml).toContain('w:tblHeader');
  });

  it('renders a workbook with one sheet per table and numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderDocument(internbudget, 'xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = sheetNamed(wb, 'Driftsammandrag');
    const row = findIn(
      must(sheet.getRows(1, sheet.rowCount), 'the sheet rows'),
      (r) => r.getCell(1).value === 'Individ- och familjeomsorg BoU',
    );
    expect(row.getCell(4).value).toBe(431_000_000);
  });

  it('asks for a month for an interim report, and renders one with charts as SVG', async () => {
    await expect(assembleDocument(t.db, { type: 'delarsrapport', committeeCode: 'SON', year: 2024, month: null })).rejects.toThrow(
      /brytmånad/,
    );
    const report = await assembleDocument(t.db, { type: 'delarsrapport', committeeCode: 'SON', year: 2024, month: 8 });
    const html = (await renderDocument(report, 'html')).toString();
    expect(html).toContain('<svg');
    expect(html).toMatch(/Åtgärdsplan|åtgärdsplan/);
    expect(report.title).toBe('Delårsrapport augusti 2024');
  });
});
