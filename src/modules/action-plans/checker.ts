import type { Checker, Finding } from '../../core/finding.ts';
import type { Queryable } from '../../db/connection.ts';
import { AppError } from '../../core/errors.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { checksReport } from './queries.ts';
import { listPlans } from './store.ts';

/**
 * Every action plan of the committee (those covering the year, when one is given), in its
 * governing version: printed totals against the rows, full-year effect against the plan's last
 * year, and amounts whose unit looks wrong. A committee without plans has nothing to report.
 */
export const actionPlanChecker: Checker<Queryable> = async (db, scope) => {
  const committee = await getCommitteeByCode(db, scope.committeeCode);
  const plans = (await listPlans(db, committee.id)).filter(
    (p) => scope.year === null || (p.firstYear <= scope.year && scope.year <= p.lastYear),
  );
  const findings: Finding[] = [];
  for (const plan of plans) {
    // a plan without any version has nothing to check
    const report = await checksReport(db, plan.id, null).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'not_found') return null;
      throw err;
    });
    if (!report) continue;
    for (const f of report.findings) {
      findings.push({
        area: 'action-plan',
        kind: f.kind,
        message: `${plan.title} (version ${report.version.number}): ${f.message}`,
        printed: f.printed,
        computed: f.computed,
        difference: f.difference,
      });
    }
  }
  return findings;
};
