import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.ts';
import {
  checkSheetCount,
  checkZipEntry,
  checkZipEntryCount,
  columnName,
  SheetCounter,
  TABLE_LIMITS,
  type XlsxLimits,
} from './upload-limits.ts';

const MB = 1024 * 1024;
const limits: XlsxLimits = {
  ...TABLE_LIMITS,
  maxEntries: 3,
  maxInflatedBytes: 10 * MB,
  maxRatio: 100,
  ratioFloorBytes: MB,
  maxSheets: 2,
  maxRows: 5,
  maxColumns: 4,
  maxCells: 10,
};

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    return (err as AppError).message;
  }
  throw new Error('not refused');
};

describe('the zip directory caps', () => {
  it('refuse too many entries', () => {
    expect(() => checkZipEntryCount('f.xlsx', 3, limits)).not.toThrow();
    expect(refusal(() => checkZipEntryCount('f.xlsx', 4, limits))).toBe('Filen f.xlsx innehåller för många delar (4; högst 3).');
  });

  it('add up the declared inflated sizes and refuse past the cap', () => {
    const entry = (uncompressedSize: number) => ({
      fileName: 'xl/worksheets/sheet1.xml',
      compressedSize: uncompressedSize / 10,
      uncompressedSize,
    });
    const total = checkZipEntry('f.xlsx', entry(6 * MB), 0, limits);
    expect(total).toBe(6 * MB);
    expect(refusal(() => checkZipEntry('f.xlsx', entry(5 * MB), total, limits))).toBe('Filen f.xlsx är för stor uppackad (mer än 10 MB).');
  });

  it('refuse an absurd compression ratio only for entries beyond the floor', () => {
    expect(() => checkZipEntry('f.xlsx', { fileName: 'small.xml', compressedSize: 1, uncompressedSize: MB }, 0, limits)).not.toThrow();
    expect(() =>
      checkZipEntry('f.xlsx', { fileName: 'ok.xml', compressedSize: (2 * MB) / 100, uncompressedSize: 2 * MB }, 0, limits),
    ).not.toThrow();
    expect(
      refusal(() =>
        checkZipEntry('f.xlsx', { fileName: 'bomb.xml', compressedSize: (2 * MB) / 1000, uncompressedSize: 2 * MB }, 0, limits),
      ),
    ).toBe('Filen f.xlsx är packad orimligt hårt (bomb.xml packas upp 1000 gånger; högst 100).');
    expect(
      refusal(() => checkZipEntry('f.xlsx', { fileName: 'empty.xml', compressedSize: 0, uncompressedSize: 2 * MB }, 0, limits)),
    ).toMatch(/orimligt hårt/);
  });

  it('refuse too many sheets', () => {
    expect(() => checkSheetCount('f.xlsx', 2, limits)).not.toThrow();
    expect(refusal(() => checkSheetCount('f.xlsx', 3, limits))).toBe('Filen f.xlsx har för många blad (3; högst 2).');
  });
});

describe('the sheet counter', () => {
  it('counts only rows and cells with values, whatever lies between them', () => {
    const counter = new SheetCounter('f.xlsx', limits);
    counter.row(1, 4, 4);
    counter.row(1_048_576, 16_384, 0); // a present but empty row far down and wide is no row at all
    counter.row(6, 2, 2);
    expect(refusal(() => counter.row(7, 1, 1))).toBe('Filen f.xlsx har värden på rad 7; högst 5 rader kan läsas in på en gång.');
  });

  it('refuses a value beyond the last column, naming it as Excel does', () => {
    const counter = new SheetCounter('f.xlsx', limits);
    expect(refusal(() => counter.row(2, 16_384, 1))).toBe(
      'Filen f.xlsx har värden i kolumn XFD på rad 2; högst 4 kolumner (t.o.m. D) kan läsas.',
    );
  });

  it('refuses more filled cells than the cap over all rows', () => {
    const counter = new SheetCounter('f.xlsx', limits);
    counter.row(1, 4, 4);
    counter.row(2, 4, 4);
    expect(refusal(() => counter.row(3, 4, 4))).toBe('Filen f.xlsx har för många ifyllda celler (mer än 10).');
  });

  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 256, 16_384].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'IV', 'XFD']);
  });
});
