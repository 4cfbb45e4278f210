import { parseSwedishAmount as parseAmount } from '../../../core/amount.ts';
import type { ImportIssue } from '../../../core/errors.ts';
import { importIssue } from '../../../core/errors.ts';
import { msg } from '../../../core/messages.ts';
import { required } from '../../../core/required.ts';
import type { Table } from '../../../files/table-file.ts';
import type { ControlTotal, EconomyActivity, Unit } from '../model.ts';

export const unitFactor: Record<Unit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

export interface ParsedBudget {
  lines: { activityId: number; year: number; net: number }[];
  controls: ControlTotal[];
  years: number[];
  skippedColumns: string[];
}

/**
 * "1 671", "−4", "54,8" in the given unit → whole kronor, read by core's one amount parser. Anything
 * else, or a figure finer than a krona, is refused rather than guessed.
 */
export function parseSwedishAmount(text: string, unit: Unit): number | null | 'invalid' {
  const parsed = parseAmount(text, { decimals: Infinity, factor: unitFactor[unit] });
  if (parsed.ok) return parsed.value;
  return parsed.reason === 'empty' ? null : 'invalid';
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
const isTotal = (label: string) => /^summa\b/.test(norm(label));
const splitMeasure = (label: string): 'income' | 'cost' | null =>
  norm(label) === 'varav intäkter' ? 'income' : norm(label) === 'varav kostnader' ? 'cost' : null;

/**
 * Reads a budget table laid out like the internal budget's operating summary: a label column
 * (optionally a "Kod" column), then one column per year ("Budget 2024", "Plan 2025", or just
 * "2025"). Years before the budget year are other versions' figures and are skipped. The total
 * and its income/cost split become control totals, compared later with Styrbord's own sums.
 */
export function parseBudgetTable(
  file: string,
  table: Table,
  activities: readonly EconomyActivity[],
  budgetYear: number,
  unit: Unit,
): { ok: true; budget: ParsedBudget } | { ok: false; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const [header = [], ...body] = table;
  const codeColumn = header.findIndex((h) => norm(h) === 'kod');
  const yearColumns: { index: number; year: number; label: string }[] = [];
  const skippedColumns: string[] = [];
  header.forEach((h, index) => {
    if (index === 0 || index === codeColumn || h.trim() === '') return;
    const year = /(\d{4})/.exec(h);
    if (!year) {
      issues.push(importIssue(file, 1, h, msg('budget.import_header_without_year')));
      return;
    }
    if (Number(year[1]) < budgetYear) skippedColumns.push(h);
    else yearColumns.push({ index, year: Number(year[1]), label: h });
  });
  const years = yearColumns.map((c) => c.year);
  if (new Set(years).size !== years.length) issues.push(importIssue(file, 1, '(rubrikrad)', msg('budget.import_year_repeated')));
  if (yearColumns.length === 0 && issues.length === 0)
    issues.push(importIssue(file, 1, '(rubrikrad)', msg('budget.import_no_columns_from', { year: budgetYear })));

  const byCode = new Map(activities.map((a) => [norm(a.code), a]));
  const lines: ParsedBudget['lines'] = [];
  const controls: ControlTotal[] = [];
  const seen = new Map<number, number>();
  let lastMain: EconomyActivity | null = null;
  let afterTotal = false;

  body.forEach((cells, i) => {
    const row = i + 2;
    const label = cells[0]?.trim() ?? '';
    if (cells.every((c) => c.trim() === '')) return;
    const values = yearColumns.map((c) => {
      const parsed = parseSwedishAmount(cells[c.index] ?? '', unit);
      if (parsed === 'invalid')
        issues.push(importIssue(file, row, c.label, msg('budget.import_not_an_amount', { text: cells[c.index] ?? '', unit })));
      return { year: c.year, value: parsed === 'invalid' ? null : parsed };
    });
    if (isTotal(label)) {
      afterTotal = true;
      for (const v of values)
        if (v.value !== null) controls.push({ label: `Importerad fil ${file}: ${label}`, year: v.year, measure: 'net', amount: v.value });
      return;
    }
    const measure = splitMeasure(label);
    if (afterTotal && measure) {
      for (const v of values)
        if (v.value !== null)
          controls.push({
            label: `Importerad fil ${file}: ${label}`,
            year: v.year,
            measure,
            amount: measure === 'income' ? -v.value : v.value,
          });
      return;
    }
    const codeCell = codeColumn >= 0 ? cells[codeColumn] : undefined;
    const activity = codeCell ? byCode.get(norm(codeCell)) : matchByName(label, activities, lastMain);
    if (!activity) {
      issues.push(
        importIssue(
          file,
          row,
          codeCell ? required(header[codeColumn], 'rubriken för kodkolumnen') : header[0] || 'Rad',
          msg('budget.import_unknown_activity', { name: codeCell || label }),
        ),
      );
      return;
    }
    if (seen.has(activity.id)) {
      issues.push(
        importIssue(
          file,
          row,
          header[0] || 'Rad',
          msg('budget.import_activity_repeated', { name: activity.name, row: seen.get(activity.id) ?? '' }),
        ),
      );
      return;
    }
    seen.set(activity.id, row);
    if (!activity.isSubset) lastMain = activity;
    for (const v of values) if (v.value !== null) lines.push({ activityId: activity.id, year: v.year, net: v.value });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, budget: { lines, controls, years, skippedColumns } };
}

/** A varav row's name is only unique under its parent, so it is looked up there first. */
function matchByName(label: string, activities: readonly EconomyActivity[], lastMain: EconomyActivity | null): EconomyActivity | undefined {
  const candidates = activities.filter((a) => norm(a.name) === norm(label));
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((a) => a.parentId !== null && a.parentId === lastMain?.id) ?? candidates.find((a) => a.parentId === null);
}
