import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { detectDelimiter, formatOre, parseAmountOre, parseMonth, readHeader, roundOreToKronor } from './format.ts';
import { LedgerAggregator } from './aggregate.ts';
import { readCsv } from '../files/ledger-reader.ts';
import { splitCsv } from '../files/csv-scan.ts';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

describe('amounts', () => {
  it('reads Swedish and English number formats into öre', () => {
    expect(parseAmountOre('-1 234,50')).toBe(-123450);
    expect(parseAmountOre('1\u00a0234,5')).toBe(123450);
    expect(parseAmountOre('1\u202f234')).toBe(123400);
    expect(parseAmountOre('1234.05')).toBe(123405);
    expect(parseAmountOre('1.234,05')).toBe(123405);
    expect(parseAmountOre('1,234.05')).toBe(123405);
    expect(parseAmountOre('\u2212100')).toBe(-10000);
    expect(parseAmountOre('+7')).toBe(700);
    for (const bad of ['', 'tusen', '12,345', '1,2,3', '--1', '1e5', '12 kr']) expect(parseAmountOre(bad)).toBeNull();
  });

  it('round-trips every öre amount through the Swedish format', () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => parseAmountOre(formatOre(ore)) === ore));
  });

  it('rounds half away from zero, symmetrically, to the nearest krona', () => {
    expect([150, 149, -150, -149, 50, -50, 49, 0].map(roundOreToKronor)).toEqual([2, 1, -2, -1, 1, -1, 0, 0]);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (ore) => {
        const k = roundOreToKronor(ore);
        return roundOreToKronor(-ore) === -k && Math.abs(ore - k * 100) <= 50;
      }),
    );
  });
});

describe('months, headers and delimiters', () => {
  it('reads YYYY-MM and YYYYMM', () => {
    expect(parseMonth('2024-03')).toEqual({ year: 2024, month: 3 });
    expect(parseMonth('202412')).toEqual({ year: 2024, month: 12 });
    for (const bad of ['2024-13', '2024-00', '24-03', '2024-3', 'mars', '']) expect(parseMonth(bad)).toBeNull();
  });

  it('accepts Swedish and English column names in any case and reports duplicates and missing columns', () => {
    expect(readHeader(['\uFEFFMÅNAD', 'Ansvar', 'Verksamhet', 'KONTO', 'Belopp', 'Text']).positions).toEqual({
      month: 0,
      costCentre: 1,
      activityCode: 2,
      account: 3,
      amount: 4,
    });
    expect(readHeader(['period', 'cost_centre', 'activity_code', 'account', 'amount']).problems).toEqual([]);
    expect(readHeader(['månad', 'month', 'konto']).problems.map((p) => p.reason)).toEqual([
      'Kolumnen månad förekommer mer än en gång',
      'Kolumnen belopp saknas i rubrikraden',
    ]);
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('månad;ansvar;konto;belopp')).toBe(';');
    expect(detectDelimiter('month,cost_centre,account,amount')).toBe(',');
    expect(detectDelimiter('month\taccount\tamount')).toBe('\t');
  });
});

describe('streaming aggregation', () => {
  it('reads a csv in small chunks and sums exactly whatever the chunking', async () => {
    const rules = [{ id: 1, costCentre: null, activityCode: null, accountFrom: '3000', accountTo: '8999', activityId: 7, priority: 0 }];
    const text = '\uFEFFmånad;konto;belopp\r\n' + Array.from({ length: 300 }, (_, i) => `2024-0${(i % 3) + 1};4610;0,01\r\n`).join('');
    const bytes = Buffer.from(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const agg = new LedgerAggregator('small.csv', 2024, rules);
    for await (const rows of readCsv(Readable.from(chunks), 'small.csv')) rows.forEach((r) => agg.add(r));
    agg.finish();
    expect(agg.issues).toEqual([]);
    // each month has 100 rows of one öre: 1 krona, where rounding each row would have given 0
    expect(agg.result()).toEqual({
      rowCount: 300,
      months: [1, 2, 3],
      total: 3,
      outcomes: [1, 2, 3].map((month) => ({ activityId: 7, month, account: '4610', amount: 1 })),
    });
  });

  it('stops at 50 issues and names the empty file', async () => {
    const agg = new LedgerAggregator('many.csv', 2024, []);
    const text = 'månad;konto;belopp\n' + '2024-01;4610;x\n'.repeat(200);
    reading: for await (const rows of readCsv(Readable.from([Buffer.from(text)]), 'many.csv')) {
      for (const row of rows) {
        agg.add(row);
        if (!agg.wantsMore) break reading;
      }
    }
    expect(agg.issues).toHaveLength(50);
    const empty = new LedgerAggregator('tom.csv', 2024, []);
    empty.finish();
    expect(empty.issues).toEqual([{ file: 'tom.csv', row: 1, column: '(fil)', reason: 'Filen är tom; den ska börja med en rubrikrad' }]);
  });
});

describe('csv splitting', () => {
  const cell = fc.oneof(
    fc.constantFrom('2024-01', '-1 234,50', '', 'IFO-BOU', 'a;b', 'a,b', 'säger "hej"', 'två\nrader', 'cr\r\nlf', '""'),
    fc.string({ maxLength: 6 }),
  );
  const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });

  it('agrees with csv-parse on any file written by csv-stringify, however it is chunked', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(';', ','), fc.boolean(), fc.integer({ min: 1, max: 40 }), (rows, delimiter, crlf, size) => {
        const text = stringify(rows, { delimiter, record_delimiter: crlf ? 'windows' : 'unix', quoted_match: /[\r\n]/ });
        const expected = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
        const got: string[][] = [];
        let pending = '';
        let line = 1;
        for (let i = 0; i < text.length; i += size) {
          const r = splitCsv(pending + text.slice(i, i + size), delimiter, line, false);
          got.push(...r.rows.map((x) => x.cells));
          pending = r.rest;
          line = r.nextLine;
        }
        got.push(...splitCsv(pending, delimiter, line, true).rows.map((x) => x.cells));
        expect(got).toEqual(expected);
      }),
    );
  });

  it('numbers rows by their first line and skips blank lines', () => {
    const r = splitCsv('a;b\n\n"x\ny";2\r\nc;3', ';', 1, true);
    expect(r.rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['x\ny', '2'] },
      { row: 5, cells: ['c', '3'] },
    ]);
  });
});
