import type { ImportIssue } from '../../../core/errors.ts';
import { importIssue } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import type { IsoDate } from '../../../core/dates.ts';
import { mapColumns, mappedRows, type MapOptions } from '../../../files/columns.ts';
import { startsWithinCommittee } from '../model.ts';
import { ACTIVITY_COLUMNS, type ActivityColumn, type ActivityRecord, type Table } from './activity-table.ts';

/**
 * Pure validation of an activity table read from a file. Every row is checked and every problem
 * is reported with its spreadsheet row number (the header is row 1) and column name, so the
 * user can fix the whole file in one go. Nothing here touches the database.
 */
export interface ImportContext {
  committees: readonly { code: string; validFrom: IsoDate; validTo: IsoDate | null }[];
  /** Activities already stored, identified by committee code and code. */
  existing: readonly { committeeCode: string; code: string; parentCode: string | null }[];
}

export interface ActivityRow extends ActivityRecord {
  /** Spreadsheet row number, header = 1. */
  row: number;
}

export type ValidationResult = { ok: true; rows: ActivityRow[] } | { ok: false; issues: ImportIssue[] };

export const CODE_PATTERN = /^[\p{L}0-9._-]+$/u;
export const LIMITS = { code: 40, name: 200, sourceNote: 1000, sortOrder: 100_000 };

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');
const upper = (s: string) => s.trim().toLocaleUpperCase('sv');
const key = (committeeCode: string, code: string) => `${upper(committeeCode)}\u0000${code}`;

const ACTIVITY_SPEC = ACTIVITY_COLUMNS.map((name) => ({
  name,
  ...(name === 'Giltig från' || name === 'Giltig till' ? { type: 'date' as const } : {}),
}));
const headerOptions = (file: string): MapOptions => ({
  file,
  noHeader: `Filen saknar rubrikrad. Första raden ska innehålla kolumnerna ${ACTIVITY_COLUMNS.join(', ')}.`,
});

/** The committee codes a table names (for the permission check before validation). */
export function committeeCodesInTable(table: Table): string[] {
  const index = table[0]?.findIndex((h) => norm(h) === norm('Nämnd')) ?? -1;
  if (index < 0) return [];
  return [
    ...new Set(
      table
        .slice(1)
        .map((r) => upper(r[index] ?? ''))
        .filter((c) => c !== ''),
    ),
  ];
}

export function validateActivityTable(file: string, table: Table, context: ImportContext): ValidationResult {
  const options = headerOptions(file);
  const map = mapColumns(table[0], ACTIVITY_SPEC, options);
  const { issues } = map;
  if (issues.length > 0) return { ok: false, issues };

  const committees = new Map(context.committees.map((c) => [upper(c.code), c]));
  const rows: ActivityRow[] = [];
  for (const cells of mappedRows(table, ACTIVITY_SPEC, map, options)) {
    const { row, fail } = cells;
    const get = (column: ActivityColumn) => cells.text(column);
    const before = issues.length;

    const committeeText = get('Nämnd');
    const committee = committees.get(upper(committeeText));
    if (committeeText === '') fail('Nämnd', 'Nämnd saknas.');
    else if (!committee) fail('Nämnd', `Okänd nämnd "${committeeText}".`);

    const code = get('Kod');
    const codeProblem = checkCode(code);
    if (codeProblem) fail('Kod', codeProblem);

    const name = get('Namn');
    if (name === '') fail('Namn', 'Namn saknas.');
    else if (name.length > LIMITS.name) fail('Namn', `Namnet är ${name.length} tecken; högst ${LIMITS.name} tecken.`);

    const parentCode = get('Överordnad') || null;
    if (parentCode !== null) {
      const parentProblem = checkCode(parentCode);
      if (parentProblem) fail('Överordnad', parentProblem);
      else if (parentCode === code) fail('Överordnad', 'En verksamhet kan inte ligga under sig själv.');
    }

    const subsetText = norm(get('Varav'));
    const isSubset = subsetText === 'ja';
    if (subsetText !== '' && subsetText !== 'ja' && subsetText !== 'nej')
      fail('Varav', `Varav ska vara "ja" eller "nej", inte "${get('Varav')}".`);
    else if (isSubset && parentCode === null) fail('Varav', 'En varav-rad måste ha en överordnad verksamhet (kolumnen Överordnad).');

    const sortText = get('Sortering');
    const sortOrder = sortText === '' ? 0 : Number(sortText);
    if (sortText !== '' && (!/^\d+$/.test(sortText) || sortOrder > LIMITS.sortOrder)) {
      fail('Sortering', `Sortering ska vara ett heltal mellan 0 och ${LIMITS.sortOrder}, inte "${sortText}".`);
    }

    const validFrom = cells.value('Giltig från');
    if (get('Giltig från') === '') fail('Giltig från', 'Giltig från saknas.');
    const validTo = cells.value('Giltig till');
    if (validTo !== null && validFrom !== null && validTo < validFrom)
      fail('Giltig till', `Giltig till (${validTo}) ligger före giltig från (${validFrom}).`);

    const sourceNote = get('Källa') || null;
    if (sourceNote !== null && sourceNote.length > LIMITS.sourceNote)
      fail('Källa', `Källan är ${sourceNote.length} tecken; högst ${LIMITS.sourceNote} tecken.`);

    // an activity may outlive its committee (plan years past a reorganisation) but not start before it
    if (issues.length === before && committee && validFrom !== null && !startsWithinCommittee({ validFrom }, committee)) {
      fail('Giltig från', `Raden börjar ${validFrom}, före nämnden ${committee.code} (som börjar ${committee.validFrom}).`);
    }
    if (issues.length === before && committee && validFrom !== null) {
      rows.push({ row, committeeCode: committee.code, code, name, parentCode, isSubset, sortOrder, validFrom, validTo, sourceNote });
    }
  }

  issues.push(...crossRowIssues(file, rows, context));
  if (issues.length === 0 && rows.length === 0) {
    issues.push(importIssue(file, 2, '(hela raden)', msg('organisation.import_empty')));
  }
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.row - b.row) };
  return { ok: true, rows };
}

function checkCode(code: string): string | null {
  if (code === '') return 'Kod saknas.';
  if (code.length > LIMITS.code) return `Koden är ${code.length} tecken; högst ${LIMITS.code} tecken.`;
  if (!CODE_PATTERN.test(code)) return `Koden "${code}" får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck.`;
  return null;
}

/** Duplicates, parents that do not exist in the committee, and circular structures. */
function crossRowIssues(file: string, rows: readonly ActivityRow[], context: ImportContext): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const k = key(r.committeeCode, r.code);
    const seen = firstRow.get(k);
    if (seen !== undefined)
      issues.push(
        importIssue(file, r.row, 'Kod', msg('organisation.import_code_repeated', { committee: r.committeeCode, code: r.code, row: seen })),
      );
    else firstRow.set(k, r.row);
  }

  // the parent structure after the import: stored parents, replaced by those in the file
  const parentOf = new Map<string, string | null>();
  for (const a of context.existing)
    parentOf.set(key(a.committeeCode, a.code), a.parentCode === null ? null : key(a.committeeCode, a.parentCode));
  for (const r of rows) parentOf.set(key(r.committeeCode, r.code), r.parentCode === null ? null : key(r.committeeCode, r.parentCode));

  for (const r of rows) {
    if (r.parentCode === null) continue;
    if (!parentOf.has(key(r.committeeCode, r.parentCode))) {
      issues.push(
        importIssue(
          file,
          r.row,
          'Överordnad',
          msg('organisation.import_parent_missing', { parent: r.parentCode, committee: r.committeeCode }),
        ),
      );
      continue;
    }
    const self = key(r.committeeCode, r.code);
    let cursor = parentOf.get(self) ?? null;
    for (let steps = 0; cursor !== null && steps <= parentOf.size; steps++) {
      if (cursor === self) {
        issues.push(importIssue(file, r.row, 'Överordnad', msg('organisation.import_circular', { code: r.code, parent: r.parentCode })));
        break;
      }
      cursor = parentOf.get(cursor) ?? null;
    }
  }
  return issues;
}
