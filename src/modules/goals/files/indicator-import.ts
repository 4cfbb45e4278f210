import { basename } from 'node:path';
import { z } from '../../../core/validation.ts';
import { AppError, importFailed, importIssue } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import type { Actor } from '../../../core/actor.ts';
import { defineCommand, execute, type AuditEntry } from '../../../db/command.ts';
import type { Database } from '../../../db/connection.ts';
import { formatOf, readSheets, readTable, MAX_IMPORT_ROWS, type Table } from '../../../files/table-file.ts';
import { getCommitteeByCode } from '../../organisation/store.ts';
import { listBenchmarkGroups } from '../../kolada/store.ts';
import type { IndicatorImportSummary } from '../model.ts';
import * as store from '../store.ts';
import { upsertTarget } from '../commands/indicator-targets.ts';
import { upsertValue } from '../commands/indicator-values.ts';
import { norm, TARGET_COLUMNS, TARGET_SHEET, VALUE_COLUMNS, VALUE_SHEET } from './indicator-columns.ts';
import { validateTargets, validateValues, type ImportContext } from './indicator-rows.ts';
import { writesCommittee } from '../../organisation/commands.ts';

/**
 * Import of indicator values and targets from xlsx (sheets "Värden" and "Mål"), csv (one of the
 * two tables, recognised by its header) or json ({ "Värden": [...], "Mål": [...] }). Every row is
 * validated first (indicator-rows.ts); one problem stops the whole import.
 */
export const importIndicatorData = defineCommand({
  name: 'indicator_data.import',
  input: z.object({
    committeeCode: z.string().trim().min(1).max(12),
    file: z.string().trim().min(1).max(255),
    values: z
      .array(z.array(z.string()))
      .max(MAX_IMPORT_ROWS + 1)
      .nullable()
      .default(null),
    targets: z
      .array(z.array(z.string()))
      .max(MAX_IMPORT_ROWS + 1)
      .nullable()
      .default(null),
  }),
  authorize: writesCommittee,
  async run(tx, input, actor) {
    const committee = await getCommitteeByCode(tx, input.committeeCode);
    const ctx: ImportContext = {
      committeeCode: committee.code,
      indicators: await store.listIndicators(tx, committee.id),
      groups: (await listBenchmarkGroups(tx)).map((g) => g.code),
    };
    const values = input.values
      ? validateValues(input.targets ? `${input.file} (${VALUE_SHEET})` : input.file, input.values, ctx)
      : { rows: [], issues: [] };
    const targets = input.targets
      ? validateTargets(input.values ? `${input.file} (${TARGET_SHEET})` : input.file, input.targets, ctx)
      : { rows: [], issues: [] };
    const issues = [...values.issues, ...targets.issues];
    if (values.rows.length + targets.rows.length === 0 && issues.length === 0)
      issues.push(importIssue(input.file, 2, '(hela raden)', msg('goals.import_empty')));
    // frozen targets are changed as revisions in Styrbord, not by file
    for (const t of targets.rows) {
      if (!(await store.isTargetYearFrozen(tx, committee.id, t.year))) continue;
      const existing = (await store.indicatorTargets(tx, [t.indicatorId]))
        .get(t.indicatorId)
        ?.find((x) => x.year === t.year && x.gender === t.gender);
      const same =
        existing &&
        existing.kind === t.kind &&
        (existing.kind !== 'direction' || existing.direction === t.direction) &&
        (existing.kind !== 'value' || (existing.value === t.value && existing.comparator === (t.comparator ?? 'equal'))) &&
        (existing.kind !== 'benchmark' ||
          (norm(existing.groupCode) === norm(t.benchmarkGroupCode ?? '') && existing.comparator === (t.comparator ?? 'at_most'))) &&
        existing.label === t.label;
      if (!same) issues.push(importIssue(input.file, t.row, 'År', msg('goals.import_target_frozen', { year: t.year })));
    }
    if (issues.length > 0) throw importFailed(issues);
    const audit: AuditEntry[] = [];
    for (const v of values.rows) {
      const { before, after, key } = await upsertValue(tx, { ...v, sourceNote: `Import: ${input.file}`, version: 0 }, actor.name, false);
      audit.push({ entityType: 'indicator_value', entityId: key, before, after });
    }
    let unchangedTargets = 0;
    for (const t of targets.rows) {
      const { before, after, key, changed } = await upsertTarget(tx, { ...t, version: 0, revisionReason: null }, false);
      if (changed) audit.push({ entityType: 'indicator_target', entityId: key, before, after });
      else unchangedTargets++;
    }
    const summary: IndicatorImportSummary = {
      values: values.rows.length,
      targets: targets.rows.length - unchangedTargets,
      unchangedTargets,
    };
    return { result: summary, audit };
  },
});

/** Reads an uploaded file (xlsx, csv or json) and imports it as the given actor. */
export async function importIndicatorFile(
  db: Database,
  actor: Actor,
  committeeCode: string,
  filename: string,
  bytes: Uint8Array,
): Promise<IndicatorImportSummary> {
  const file = basename(filename.replace(/\\/g, '/'));
  let values: Table | null = null;
  let targets: Table | null = null;
  if (file.toLowerCase().endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch (err) {
      throw importFailed([importIssue(file, 0, '(fil)', msg('import.invalid_json', { problem: (err as Error).message }))]);
    }
    const toTable = (rows: unknown, columns: readonly string[], key: string): Table | null => {
      if (rows === undefined) return null;
      if (!Array.isArray(rows)) throw importFailed([importIssue(file, 0, key, msg('goals.import_not_a_list', { key }))]);
      return [
        [...columns],
        ...rows.map((r) =>
          columns.map((c) => {
            const v = (r as Record<string, unknown>)?.[c];
            return v === null || v === undefined ? '' : String(v);
          }),
        ),
      ];
    };
    const obj = (json ?? {}) as Record<string, unknown>;
    values = toTable(obj[VALUE_SHEET], VALUE_COLUMNS, VALUE_SHEET);
    targets = toTable(obj[TARGET_SHEET], TARGET_COLUMNS, TARGET_SHEET);
  } else if (formatOf(file) === 'csv') {
    const table = await readTable(file, bytes, VALUE_SHEET);
    if ((table[0] ?? []).some((h) => norm(h) === 'måltyp')) targets = table;
    else values = table;
  } else {
    const [valueSheet, targetSheet] = await readSheets(file, bytes, [VALUE_SHEET, TARGET_SHEET], [VALUE_SHEET, TARGET_SHEET]);
    values = valueSheet ?? null;
    targets = targetSheet ?? null;
    if (!values && !targets)
      throw new AppError('validation', msg('goals.import_no_sheets', { file, values: VALUE_SHEET, targets: TARGET_SHEET }));
  }
  return execute(db, actor, importIndicatorData, { committeeCode, file, values, targets });
}
