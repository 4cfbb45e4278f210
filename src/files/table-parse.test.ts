import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.ts';
import { sparseXlsx, xlsxWithRows, zipBomb } from '../testing/xlsx-fixtures.ts';
import { csvText } from './csv.ts';
import { fillMerged, parseCsvText, parseTableFile } from './table-parse.ts';

const MB = 1024 * 1024;

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    return (err as AppError).message;
  }
  throw new Error('not refused');
}

describe('reading an xlsx sheet within the caps', () => {
  it('keeps trimmed text, ISO dates, rich text and formula results, padded to the widest row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad');
    ws.addRow(['Kod', 'Namn', 'Datum']);
    ws.addRow([' A1 ', { richText: [{ text: 'Rik ' }, { text: 'text' }] }, new Date(Date.UTC(2024, 0, 31))]);
    ws.addRow([{ formula: '1+1', result: 2 }, true]);
    ws.getCell('D5').value = 'längst ned';
    const { tables, sheetNames } = await parseTableFile('f.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), ['blad', 'Saknas']);
    expect(sheetNames).toEqual(['Blad']);
    expect(tables).toEqual([
      [
        ['Kod', 'Namn', 'Datum', ''],
        ['A1', 'Rik text', '2024-01-31', ''],
        ['2', 'ja', '', ''],
        ['', '', '', ''],
        ['', '', '', 'längst ned'],
      ],
      null,
    ]);
  });

  it('gives every cell of a merged range its first value, as the whole-workbook reader did', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad');
    ws.addRow(['Verksamhet', 'Plan', '', '']);
    ws.addRow(['', 2025, 2026, 2027]);
    ws.addRow(['Hemtjänst', 1, 2, 3]);
    ws.mergeCells('B1:D1');
    ws.mergeCells('A1:A2');
    const { tables } = await parseTableFile('m.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), ['Blad']);
    expect(tables[0]).toEqual([
      ['Verksamhet', 'Plan', 'Plan', 'Plan'],
      ['Verksamhet', '2025', '2026', '2027'],
      ['Hemtjänst', '1', '2', '3'],
    ]);
  });

  it('fills merged ranges only within the table, and refuses more merged cells than the cap', () => {
    expect(
      fillMerged(
        'f.xlsx',
        [
          ['a', ''],
          ['', ''],
        ],
        ['A1:XFD1048576'],
      ),
    ).toEqual([
      ['a', 'a'],
      ['a', 'a'],
    ]);
    expect(() =>
      fillMerged(
        'f.xlsx',
        [
          ['a', ''],
          ['', ''],
        ],
        ['A1:B2', 'A1:B2'],
        6,
      ),
    ).toThrow('Filen f.xlsx har för många sammanfogade celler (mer än 6).');
  });

  it('reads a sparse sheet by its present cells, never its used range', async () => {
    const small = await xlsxWithRows(
      'Blad',
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row><row r="900000"/>',
      'A1:XFD1048576',
    );
    expect((await parseTableFile('s.xlsx', small, ['Blad'])).tables[0]).toEqual([
      ['1', ''],
      ['', ''],
      ['', '2'],
    ]);
    expect(await refusal(parseTableFile('sparse.xlsx', await sparseXlsx('Blad'), ['Blad']))).toMatch(
      /^Filen sparse\.xlsx har värden på rad 1048576; högst 20\s000 rader/,
    );
  });

  it('refuses a value in a column beyond the cap', async () => {
    const wide = await xlsxWithRows('Blad', '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>');
    expect(await refusal(parseTableFile('bred.xlsx', wide, ['Blad']))).toMatch(/kolumn XFD på rad 1; högst 256 kolumner/);
  });

  it('refuses a zip bomb from its directory, before inflating it', async () => {
    expect(await refusal(parseTableFile('bomb.xlsx', zipBomb('Blad', 60 * MB), ['Blad']))).toBe(
      'Filen bomb.xlsx är för stor uppackad (mer än 50 MB).',
    );
    expect(await refusal(parseTableFile('tät.xlsx', zipBomb('Blad', 20 * MB), ['Blad']))).toMatch(
      /^Filen tät\.xlsx är packad orimligt hårt \(xl\/worksheets\/sheet1\.xml packas upp \d+ gånger; högst 100\)\.$/,
    );
  });

  it('refuses a bomb whose headers understate its size, once it inflates past them', async () => {
    expect(await refusal(parseTableFile('lögn.xlsx', zipBomb('Blad', 20 * MB, { lie: true }), ['Blad']))).toMatch(
      /^Filen lögn\.xlsx går inte att läsa som en Excel-fil/,
    );
  });

  it('refuses what is no xlsx at all', async () => {
    expect(await refusal(parseTableFile('x.xlsx', new TextEncoder().encode('PK\u0003\u0004 inte en zip'), ['Blad']))).toMatch(
      /går inte att läsa som en Excel-fil/,
    );
  });
});

describe('reading a csv file within the caps', () => {
  it('reads trimmed cells with the delimiter of the header line', () => {
    expect(parseCsvText('f.csv', '\uFEFFa; b\n1 ;2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsvText('f.csv', 'a,b\n"x;y",2')).toEqual([
      ['a', 'b'],
      ['x;y', '2'],
    ]);
  });

  it('reads back the text of a formula-like cell that an export neutralised with an apostrophe', () => {
    expect(parseCsvText('f.csv', 'Namn;Kod\n"\'=HYPERLINK(""x"")";\'-a\n\'vanlig;\'@b')).toEqual([
      ['Namn', 'Kod'],
      ['=HYPERLINK("x")', '-a'],
      ["'vanlig", '@b'],
    ]);
  });

  it('reads back exactly what the CSV export wrote, formula-like or not', () => {
    const names = ['=a', "'=a", "''-a", '-a', '-1500', "'vanlig", 'vanlig', '@b', "'@b", 'a=b'];
    expect(
      parseCsvText('f.csv', csvText([['Namn'], ...names.map((n) => [n])], { excel: true }))
        .slice(1)
        .map(([n]) => n),
    ).toEqual(names);
  });

  it('refuses a line longer than the cap, e.g. a file without line breaks', () => {
    expect(() => parseCsvText('enrad.csv', 'a'.repeat(70_000))).toThrow(
      /^Filen enrad\.csv har en rad \(rad 1\) som är längre än 65\s536 tecken/,
    );
  });

  it('stops at the row cap instead of reading a million empty lines', () => {
    expect(() => parseCsvText('tomt.csv', '\n'.repeat(1_000_000))).toThrow(/^Filen tomt\.csv har fler än 20\s000 rader/);
  });

  it('refuses more columns than the cap', () => {
    expect(() => parseCsvText('bred.csv', `${'x;'.repeat(300)}x`)).toThrow(/kolumn KO på rad 1; högst 256 kolumner/);
  });
});
