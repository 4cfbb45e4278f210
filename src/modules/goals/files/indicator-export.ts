import ExcelJS from 'exceljs';
import { csvText } from '../../../files/csv.ts';
import type { Queryable } from '../../../db/connection.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import { directionLabel } from '../model.ts';
import * as store from '../store.ts';
import { TARGET_COLUMNS, TARGET_SHEET, VALUE_COLUMNS, VALUE_SHEET } from './indicator-columns.ts';

/**
 * Export of indicator values and targets as xlsx (sheets "Värden" and "Mål"), csv (one of the
 * two tables) or json ({ "Värden": [...], "Mål": [...] }, rows keyed by column name), in the
 * shape the import reads back.
 */
const kindText = { direction: 'riktning', value: 'värde', benchmark: 'jämförelsegrupp' } as const;
const comparatorText = { at_least: 'minst', at_most: 'högst', equal: 'lika med' } as const;

type Cell = string | number;

export async function indicatorDataRows(db: Queryable, committeeCode: string): Promise<{ values: Cell[][]; targets: Cell[][] }> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const indicators = await store.listIndicators(db, committee.id);
  const values = await store.indicatorValues(
    db,
    indicators.filter((i) => i.source !== 'kolada'),
  );
  const targets = await store.indicatorTargets(
    db,
    indicators.map((i) => i.id),
  );
  const valueRows: Cell[][] = [];
  const targetRows: Cell[][] = [];
  for (const i of indicators) {
    for (const v of values.get(i.id) ?? []) {
      valueRows.push([
        committee.code,
        i.code,
        i.name,
        v.year,
        v.month ?? '',
        v.gender,
        v.value ?? '',
        v.numerator ?? '',
        v.denominator ?? '',
        v.preliminary ? 'ja' : 'nej',
        v.note,
      ]);
    }
    for (const t of targets.get(i.id) ?? []) {
      targetRows.push([
        committee.code,
        i.code,
        i.name,
        t.year,
        t.gender,
        kindText[t.kind],
        t.kind === 'direction' ? directionLabel[t.direction] : '',
        t.kind === 'direction' ? '' : comparatorText[t.comparator],
        t.kind === 'value' ? t.value : '',
        t.kind === 'benchmark' ? t.groupCode : '',
        t.kind === 'benchmark' ? (t.statistic === 'average' ? 'snitt' : 'median') : '',
        t.label,
      ]);
    }
  }
  return { values: valueRows, targets: targetRows };
}

export async function exportIndicatorData(
  db: Queryable,
  committeeCode: string,
  format: 'xlsx' | 'csv' | 'json',
  table: 'values' | 'targets' = 'values',
): Promise<{ body: Buffer; filename: string; contentType: string }> {
  const { values, targets } = await indicatorDataRows(db, committeeCode);
  const base = `indikatorer-${committeeCode.toUpperCase()}`;
  if (format === 'json') {
    const objects = (columns: readonly string[], rows: Cell[][]) =>
      rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])));
    return {
      body: Buffer.from(
        `${JSON.stringify({ [VALUE_SHEET]: objects(VALUE_COLUMNS, values), [TARGET_SHEET]: objects(TARGET_COLUMNS, targets) }, null, 2)}\n`,
      ),
      filename: `${base}.json`,
      contentType: 'application/json; charset=utf-8',
    };
  }
  if (format === 'csv') {
    const [columns, rows] = table === 'values' ? [VALUE_COLUMNS, values] : [TARGET_COLUMNS, targets];
    return {
      body: Buffer.from(csvText([[...columns], ...rows], { excel: true })),
      filename: `${base}-${table === 'values' ? 'varden' : 'mal'}.csv`,
      contentType: 'text/csv; charset=utf-8',
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrbord';
  for (const [name, columns, rows] of [
    [VALUE_SHEET, VALUE_COLUMNS, values],
    [TARGET_SHEET, TARGET_COLUMNS, targets],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...columns]).font = { bold: true };
    for (const r of rows) sheet.addRow(r);
    columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c === 'Indikatornamn' ? 50 : Math.max(10, c.length + 2);
    });
  }
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
