import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors.ts';
import { ACTIVITY_COLUMNS, activitiesToCsv, readActivityTable, type ActivityColumn, type ActivityRecord } from './activity-table.ts';
import { committeeCodesInTable, validateActivityTable, type ImportContext } from './validate-activities.ts';
import { itemAt } from '../../../testing/must.ts';

const context: ImportContext = {
  committees: [
    { code: 'SON', validFrom: '2019-01-01', validTo: '2023-12-31' },
    { code: 'SN', validFrom: '2024-01-01', validTo: null },
    { code: 'VON', validFrom: '2024-01-01', validTo: null },
    { code: 'ÄN', validFrom: '2019-01-01', validTo: '2023-12-31' },
  ],
  existing: [
    { committeeCode: 'SN', code: 'IFO-BOU', parentCode: null },
    { committeeCode: 'SN', code: 'BOU-DYGN', parentCode: 'IFO-BOU' },
    { committeeCode: 'VON', code: 'AO-HT', parentCode: null },
  ],
};

const good: Record<ActivityColumn, string> = {
  Nämnd: 'SN',
  Kod: 'NY',
  Namn: 'Ny verksamhet',
  Överordnad: '',
  Varav: 'nej',
  Sortering: '10',
  'Giltig från': '2024-01-01',
  'Giltig till': '',
  Källa: '',
};
const row = (changes: Partial<Record<ActivityColumn, string>> = {}) => ACTIVITY_COLUMNS.map((c) => changes[c] ?? good[c]);
const header = () => [...ACTIVITY_COLUMNS];
const validate = (...rows: string[][]) => validateActivityTable('fil.csv', [header(), ...rows], context);
const issuesOf = (...rows: string[][]) => {
  const result = validate(...rows);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
};

describe('validateActivityTable', () => {
  it('parses a good row', () => {
    const result = validate(row({ Källa: 'Antagande', 'Giltig till': '2024-12-31', Överordnad: 'IFO-BOU', Varav: 'JA' }));
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          committeeCode: 'SN',
          code: 'NY',
          name: 'Ny verksamhet',
          parentCode: 'IFO-BOU',
          isSubset: true,
          sortOrder: 10,
          validFrom: '2024-01-01',
          validTo: '2024-12-31',
          sourceNote: 'Antagande',
        },
      ],
    });
  });

  it.each<[string, Partial<Record<ActivityColumn, string>>, ActivityColumn, RegExp]>([
    ['unknown committee', { Nämnd: 'XYZ' }, 'Nämnd', /Okänd nämnd "XYZ"/],
    ['empty committee', { Nämnd: '' }, 'Nämnd', /Nämnd saknas/],
    ['empty code', { Kod: '' }, 'Kod', /Kod saknas/],
    ['bad code characters', { Kod: 'A B/C' }, 'Kod', /får bara innehålla/],
    ['overlong code', { Kod: 'K'.repeat(41) }, 'Kod', /högst 40 tecken/],
    ['empty name', { Namn: '  ' }, 'Namn', /Namn saknas/],
    ['overlong name', { Namn: 'n'.repeat(201) }, 'Namn', /högst 200 tecken/],
    ['overlong source', { Källa: 'k'.repeat(1001) }, 'Källa', /högst 1000 tecken/],
    ['bad date', { 'Giltig från': '2024-02-30' }, 'Giltig från', /Ogiltigt datum "2024-02-30"/],
    ['date in another format', { 'Giltig från': '1/1/2024' }, 'Giltig från', /ÅÅÅÅ-MM-DD/],
    ['missing start', { 'Giltig från': '' }, 'Giltig från', /saknas/],
    ['bad end date', { 'Giltig till': 'snart' }, 'Giltig till', /Ogiltigt datum/],
    ['end before start', { 'Giltig till': '2023-12-31' }, 'Giltig till', /före giltig från/],
    ['varav not ja/nej', { Varav: 'kanske' }, 'Varav', /"ja" eller "nej"/],
    ['varav without parent', { Varav: 'ja' }, 'Varav', /måste ha en överordnad/],
    ['non-numeric sort order', { Sortering: 'tio' }, 'Sortering', /heltal/],
    ['negative sort order', { Sortering: '-1' }, 'Sortering', /heltal/],
    ['too large sort order', { Sortering: '100001' }, 'Sortering', /heltal/],
    ['start before the committee', { 'Giltig från': '2023-06-01' }, 'Giltig från', /före nämnden SN/],
    ['parent in another committee', { Överordnad: 'AO-HT' }, 'Överordnad', /AO-HT finns inte i nämnden SN/],
    ['parent nowhere', { Överordnad: 'SAKNAS' }, 'Överordnad', /varken i filen eller i databasen/],
    ['parent is itself', { Överordnad: 'NY' }, 'Överordnad', /under sig själv/],
  ])('reports %s on the right row and column', (_kind, changes, column, reason) => {
    const issues = issuesOf(row({ Kod: 'OK1' }), row({ Kod: 'OK2' }), row({ Kod: 'OK3' }), row(changes));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'fil.csv', row: 5, column });
    expect(itemAt(issues, 0).reason).toMatch(reason);
  });

  it('reports every problem in the file, not only the first', () => {
    const issues = issuesOf(row({ Kod: '' }), row({ Kod: 'B', 'Giltig från': 'x', Varav: 'kanske' }), row({ Kod: 'C', Nämnd: 'NOPE' }));
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'Kod'],
      [3, 'Varav'],
      [3, 'Giltig från'],
      [4, 'Nämnd'],
    ]);
  });

  it('finds duplicate committee and code in the file, naming the first row', () => {
    const issues = issuesOf(row({ Kod: 'A' }), row({ Kod: 'B' }), row({ Kod: 'A', Nämnd: 'sn' }));
    expect(issues).toEqual([{ file: 'fil.csv', row: 4, column: 'Kod', reason: 'Nämnden SN har koden A redan på rad 2.' }]);
  });

  it('allows the same code in different committees', () => {
    expect(validate(row({ Kod: 'A' }), row({ Kod: 'A', Nämnd: 'VON' })).ok).toBe(true);
  });

  it('resolves a parent defined later in the file or stored in the database', () => {
    const result = validate(row({ Kod: 'BARN', Överordnad: 'FÖRÄLDER', Varav: 'ja' }), row({ Kod: 'FÖRÄLDER', Överordnad: 'IFO-BOU' }));
    expect(result.ok).toBe(true);
  });

  it('finds circular structures, also through stored rows', () => {
    const inFile = issuesOf(row({ Kod: 'A', Överordnad: 'B' }), row({ Kod: 'B', Överordnad: 'A' }));
    expect(inFile.map((i) => [i.row, i.column])).toEqual([
      [2, 'Överordnad'],
      [3, 'Överordnad'],
    ]);
    // IFO-BOU is stored as parent of BOU-DYGN; making BOU-DYGN its parent closes a loop
    const viaDb = issuesOf(row({ Kod: 'IFO-BOU', Överordnad: 'BOU-DYGN' }));
    expect(viaDb[0]).toMatchObject({ row: 2, column: 'Överordnad', reason: expect.stringMatching(/Cirkulär/) });
  });

  it('lets an activity outlive its committee but not start before it', () => {
    expect(validate(row({ Nämnd: 'SON', 'Giltig från': '2022-01-01', 'Giltig till': '' })).ok).toBe(true);
    expect(issuesOf(row({ Nämnd: 'SON', 'Giltig från': '2018-01-01' }))[0]).toMatchObject({ row: 2, column: 'Giltig från' });
  });

  it('reports missing and duplicate header columns on row 1 and stops there', () => {
    const missing = validateActivityTable('f.csv', [header().filter((c) => c !== 'Varav' && c !== 'Källa'), ['x']], context);
    expect(missing).toEqual({
      ok: false,
      issues: [
        { file: 'f.csv', row: 1, column: 'Varav', reason: 'Kolumnen saknas i rubrikraden.' },
        { file: 'f.csv', row: 1, column: 'Källa', reason: 'Kolumnen saknas i rubrikraden.' },
      ],
    });
    const duplicate = validateActivityTable('f.csv', [[...header(), 'namn'], row()], context);
    expect(duplicate).toEqual({
      ok: false,
      issues: [{ file: 'f.csv', row: 1, column: 'Namn', reason: 'Kolumnen förekommer mer än en gång i rubrikraden.' }],
    });
    expect(validateActivityTable('f.csv', [], context)).toMatchObject({ ok: false, issues: [{ row: 1, column: '(rubrikrad)' }] });
  });

  it('ignores extra columns, column order and empty rows but keeps spreadsheet row numbers', () => {
    const reordered = [...ACTIVITY_COLUMNS].reverse();
    const asReordered = (r: string[]) => [...reordered.map((c) => itemAt(r, ACTIVITY_COLUMNS.indexOf(c), c)), 'kommentar'];
    const result = validateActivityTable(
      'f.csv',
      [[...reordered, 'Kommentar'], asReordered(row({ Kod: 'A' })), ['', ''], asReordered(row({ Kod: 'B', Sortering: 'x' }))],
      context,
    );
    expect(result).toMatchObject({ ok: false, issues: [{ row: 4, column: 'Sortering' }] });
  });

  it('refuses a file without activities', () => {
    expect(validate()).toMatchObject({ ok: false, issues: [{ row: 2, reason: 'Filen innehåller inga verksamheter.' }] });
  });

  it('lists the committees a table names, for the permission check', () => {
    expect(
      committeeCodesInTable([header(), row({ Nämnd: 'sn' }), row({ Nämnd: 'VON' }), row({ Nämnd: 'SN' }), row({ Nämnd: '' })]),
    ).toEqual(['SN', 'VON']);
  });
});

describe('reading files', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('reads csv with semicolons and a BOM, or with commas', async () => {
    const semi = await readActivityTable('a.csv', enc(`\uFEFF${header().join(';')}\r\nSN;A;"Namn; med semikolon";;nej;1;2024-01-01;;\r\n`));
    expect(semi[0]?.[0]).toBe('Nämnd');
    expect(semi[1]?.[2]).toBe('Namn; med semikolon');
    const comma = await readActivityTable('b.CSV', enc(`${header().join(',')}\nSN,A,"Namn, med komma",,nej,1,2024-01-01,,\n`));
    expect(comma[1]?.[2]).toBe('Namn, med komma');
  });

  it('reads csv saved by old Excel in Windows-1252', async () => {
    const latin1 = Uint8Array.from(Buffer.from('Nämnd;Kod\nÄN;Å\n', 'latin1'));
    expect(await readActivityTable('c.csv', latin1)).toEqual([
      ['Nämnd', 'Kod'],
      ['ÄN', 'Å'],
    ]);
  });

  it('names the file and row of broken csv', async () => {
    await expect(readActivityTable('d.csv', enc('Nämnd;Kod\nSN;"oavslutat\n'))).rejects.toMatchObject({
      code: 'import_failed',
      details: { rows: [{ file: 'd.csv' }] },
    });
  });

  it('refuses other file types and corrupt Excel files with a clear message', async () => {
    await expect(readActivityTable('org.txt', enc('x'))).rejects.toThrow(/org\.txt har ett okänt filformat/);
    await expect(readActivityTable('org.xlsx', enc('inte en zip'))).rejects.toThrow(/org\.xlsx går inte att läsa som en Excel-fil/);
    const zipHeaderOnly = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const err = await readActivityTable('trasig.xlsx', zipHeaderOnly).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('validation');
    await expect(readActivityTable('bin.csv', Uint8Array.from([0x4e, 0, 0x4b]))).rejects.toThrow(/bin\.csv ser inte ut som en CSV-fil/);
  });

  it('reads the Verksamheter sheet of an xlsx, turning Excel dates and numbers into text', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Nämnder').addRow(['ignoreras']);
    const ws = wb.addWorksheet('Verksamheter');
    ws.addRow(header());
    ws.addRow(['SN', 'A', { richText: [{ text: 'Rik ' }, { text: 'text' }] }, null, 'nej', 20, new Date(Date.UTC(2024, 0, 1)), '', '']);
    const table = await readActivityTable('e.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(table[1]).toEqual(['SN', 'A', 'Rik text', '', 'nej', '20', '2024-01-01', '', '']);
  });

  it('refuses an xlsx without the Verksamheter sheet, naming the sheets it has', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').addRow(['x']);
    await expect(readActivityTable('f.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()))).rejects.toThrow(
      /f\.xlsx saknar bladet "Verksamheter" \(bladen i filen: "Blad1"\)/,
    );
  });
});

describe('csv round trip (property)', () => {
  const codeChar = fc.constantFrom(...'abcåäöABCÅÄÖ0189._-'.split(''));
  const textChar = fc.constantFrom(...'abc ÅÄÖåäöé;,"\'\n=+-/()%0123'.split(''));
  const text = (max: number) =>
    fc
      .array(textChar, { minLength: 1, maxLength: max })
      .map((cs) => cs.join('').trim())
      .filter((s) => s.length > 0);
  const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

  const records = fc
    .uniqueArray(
      fc.record({
        committeeCode: fc.constantFrom('SN', 'VON'),
        code: fc.array(codeChar, { minLength: 1, maxLength: 40 }).map((cs) => cs.join('')),
        name: text(200),
        parentPick: fc.option(fc.nat(), { nil: null }),
        subset: fc.boolean(),
        sortOrder: fc.integer({ min: 0, max: 100_000 }),
        validFrom: day,
        length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
        sourceNote: fc.option(text(300), { nil: null }),
      }),
      { minLength: 1, maxLength: 25, selector: (r) => `${r.committeeCode}|${r.code}` },
    )
    .map((raw) =>
      raw.map((r, i): ActivityRecord => {
        // a parent is an earlier row of the same committee, so the structure has no cycles
        const candidates = raw.slice(0, i).filter((p) => p.committeeCode === r.committeeCode);
        const parent = r.parentPick === null || candidates.length === 0 ? null : itemAt(candidates, r.parentPick % candidates.length);
        const validTo = r.length === null ? null : new Date(Date.parse(r.validFrom) + r.length * 86_400_000).toISOString().slice(0, 10);
        return {
          committeeCode: r.committeeCode,
          code: r.code,
          name: r.name,
          parentCode: parent?.code ?? null,
          isSubset: parent !== null && r.subset,
          sortOrder: r.sortOrder,
          validFrom: r.validFrom,
          validTo,
          sourceNote: r.sourceNote,
        };
      }),
    );

  it('valid generated rows parse and come back unchanged through csv text', async () => {
    await fc.assert(
      fc.asyncProperty(records, async (recs) => {
        const bytes = new TextEncoder().encode(activitiesToCsv(recs));
        const table = await readActivityTable('rundtur.csv', bytes);
        const result = validateActivityTable('rundtur.csv', table, { committees: context.committees, existing: [] });
        expect(result.ok ? result.rows.map(({ row: _row, ...r }) => r) : result.issues).toEqual(recs);
      }),
      { numRuns: 150 },
    );
  });
});
