import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvText, neutraliseCell } from './csv.ts';

describe('neutraliseCell', () => {
  it('prefixes every text cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseCell(`${start}HYPERLINK("http://x","y")`)).toBe(`'${start}HYPERLINK("http://x","y")`);
    }
    expect(neutraliseCell('-1+1')).toBe("'-1+1");
    expect(neutraliseCell('-')).toBe("'-");
  });

  it('keeps numbers, negative figures written as text and ordinary text as they are', () => {
    expect(neutraliseCell(-1500)).toBe(-1500);
    expect(neutraliseCell('-1500')).toBe('-1500');
    expect(neutraliseCell('-5,7')).toBe('-5,7');
    expect(neutraliseCell('Hemtjänst = vård')).toBe('Hemtjänst = vård');
    expect(neutraliseCell(' =x')).toBe(' =x');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(undefined)).toBe('');
  });
});

describe('csvText', () => {
  it('writes neutralised cells that read back as text, and numbers as numbers', () => {
    const text = csvText([
      ['Namn', 'Belopp'],
      ['=HYPERLINK("http://x","y")', -1500],
      ['@SUM(A1)', 0],
    ]);
    const rows = parse(text) as string[][];
    expect(rows).toEqual([
      ['Namn', 'Belopp'],
      ['\'=HYPERLINK("http://x","y")', '-1500'],
      ["'@SUM(A1)", '0'],
    ]);
  });

  it('writes the Excel variant with BOM, semicolons and CRLF', () => {
    expect(csvText([['a', '+b']], { excel: true })).toBe("\uFEFFa;'+b\r\n");
  });
});
