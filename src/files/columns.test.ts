import { describe, expect, it } from 'vitest';
import { mapColumns, mappedRows, type ColumnSpec } from './columns.ts';

const columns = [
  { name: 'Nr' },
  { name: 'Belopp (kr)', aliases: ['Belopp'], type: 'kronor' },
  { name: 'År', type: 'year' },
  { name: 'Månad', type: 'month', required: false },
  { name: 'Andel', type: 'percent', required: false },
  { name: 'Värde', type: 'number', required: false },
  { name: 'Från', type: 'date', required: false },
] as const satisfies readonly ColumnSpec[];
const options = { file: 'plan.xlsx' };

describe('mapColumns', () => {
  it('finds columns by name or alias, in any order and case, ignoring extra columns', () => {
    const map = mapColumns(['\uFEFFår', 'Kommentar', ' belopp ', 'NR'], columns, options);
    expect(map).toEqual({ positions: { År: 0, 'Belopp (kr)': 2, Nr: 3 }, issues: [] });
  });

  it('reports a missing required column and a repeated one on row 1, naming the sheet when asked', () => {
    const map = mapColumns(['Nr', 'nr', 'År'], columns, { ...options, sheet: 'Åtgärder' });
    expect(map.issues).toEqual([
      { file: 'plan.xlsx', row: 1, column: 'Åtgärder: Nr', reason: 'Kolumnen förekommer mer än en gång i rubrikraden.' },
      { file: 'plan.xlsx', row: 1, column: 'Åtgärder: Belopp (kr)', reason: 'Kolumnen saknas i rubrikraden.' },
    ]);
    expect(mapColumns(['Nr', 'nr', 'År', 'Belopp'], columns, { ...options, duplicates: 'first' })).toEqual({
      positions: { Nr: 0, År: 2, 'Belopp (kr)': 3 },
      issues: [],
    });
  });

  it('says so once when the header row is empty, if the module has a sentence for it', () => {
    expect(mapColumns(['', ' '], columns, { ...options, noHeader: 'Filen saknar rubrikrad.' }).issues).toEqual([
      { file: 'plan.xlsx', row: 1, column: '(rubrikrad)', reason: 'Filen saknar rubrikrad.' },
    ]);
  });
});

describe('mappedRows', () => {
  const header = ['Nr', 'Belopp', 'År', 'Månad', 'Andel', 'Från'];
  const read = (...rows: string[][]) => {
    const table = [header, ...rows];
    const map = mapColumns(table[0], columns, options);
    const out = [...mappedRows(table, columns, map, options)].map((r) => ({
      row: r.row,
      nr: r.text('Nr'),
      amount: r.value('Belopp (kr)'),
      year: r.value('År'),
      month: r.value('Månad'),
      share: r.value('Andel'),
      from: r.value('Från'),
    }));
    return { rows: out, issues: map.issues };
  };

  it('yields typed rows, skipping blank rows, with spreadsheet row numbers', () => {
    const { rows, issues } = read(
      ['A1', '1 096 764', '2025', 'mars', '5,7 %', '2025-01-01'],
      ['', '', '', '', '', ''],
      ['A2', '−1 500', '2026', '12', '', ''],
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { row: 2, nr: 'A1', amount: 1096764, year: 2025, month: 3, share: 5.7, from: '2025-01-01' },
      { row: 4, nr: 'A2', amount: -1500, year: 2026, month: 12, share: null, from: null },
    ]);
  });

  it('names file, row, column and reason for a cell of the wrong type', () => {
    const { issues } = read(['A1', '8 mnkr', '25', '13', 'mycket', '2025-02-30']);
    expect(issues).toEqual([
      { file: 'plan.xlsx', row: 2, column: 'Belopp (kr)', reason: '"8 mnkr" är inte ett belopp i hela kronor.' },
      { file: 'plan.xlsx', row: 2, column: 'År', reason: '"25" är inget år.' },
      { file: 'plan.xlsx', row: 2, column: 'Månad', reason: 'Månad ska vara 1–12 eller ett månadsnamn, inte "13".' },
      { file: 'plan.xlsx', row: 2, column: 'Andel', reason: '"mycket" är inte ett tal.' },
      { file: 'plan.xlsx', row: 2, column: 'Från', reason: 'Ogiltigt datum "2025-02-30"; använd formatet ÅÅÅÅ-MM-DD.' },
    ]);
  });

  it('reads a decimal figure with comma or point, a minus and an optional percent sign', () => {
    const table = [
      ['Nr', 'Belopp', 'År', 'Värde'],
      ['A', '1', '2025', '1 063,5'],
      ['B', '1', '2025', '−0.25 %'],
      ['C', '1', '2025', '1,2,3'],
    ];
    const map = mapColumns(table[0], columns, options);
    expect([...mappedRows(table, columns, map, options)].map((r) => r.value('Värde'))).toEqual([1063.5, -0.25, null]);
    expect(map.issues).toEqual([{ file: 'plan.xlsx', row: 4, column: 'Värde', reason: '"1,2,3" är inte ett tal.' }]);
  });

  it("uses a column's own sentence and refuses negatives when told to", () => {
    const strict = [
      { name: 'Belopp', type: 'kronor', negative: false, invalid: (t: string) => `"${t}" duger inte.` },
    ] as const satisfies readonly ColumnSpec[];
    const table = [['Belopp'], ['-5'], ['5']];
    const map = mapColumns(table[0], strict, options);
    expect([...mappedRows(table, strict, map, options)].map((r) => r.value('Belopp'))).toEqual([null, 5]);
    expect(map.issues).toEqual([{ file: 'plan.xlsx', row: 2, column: 'Belopp', reason: '"-5" duger inte.' }]);
  });
});
