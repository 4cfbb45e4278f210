import type { Checker } from '../../core/finding.ts';
import type { Queryable } from '../../db/connection.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { budgetReport } from './queries.ts';
import { listBudgetVersions } from './store.ts';

/** Printed control totals against the rows and against each other, varav rows inside parents, unallocated reductions against the frame. */
export const economyChecker: Checker<Queryable> = async (db, scope) => {
  const committee = await getCommitteeByCode(db, scope.committeeCode);
  const year = scope.year ?? (await listBudgetVersions(db, committee.id))[0]?.budgetYear;
  if (year === undefined) return [];
  const report = await budgetReport(db, scope.committeeCode, year);
  return [
    ...report.controlFindings.map((f) => ({
      area: 'economy',
      kind: f.kind,
      message: f.message,
      printed: f.printed,
      computed: f.computed,
      difference: f.difference,
    })),
    ...report.crossTableFindings.map((f) => ({ area: 'economy', kind: f.kind, message: f.message })),
    ...report.table.findings.map((f) => ({
      area: 'economy',
      kind: f.kind,
      message: f.message,
      printed: f.actual,
      computed: f.expected,
      difference: f.expected - f.actual,
    })),
  ];
};
