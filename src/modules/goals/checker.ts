import type { Checker, Finding } from '../../core/finding.ts';
import type { Queryable } from '../../db/connection.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { listBudgetVersions } from '../budget/store.ts';
import { goalTree } from './queries.ts';
import { lacksMandatoryValue, MANDATORY_YEARS_BACK } from './rules/mandatory.ts';

/**
 * Goals and indicators of the year: mandatory indicators with no value in the two years before,
 * and goals or indicators changed after the goal set was decided with the budget (the drift
 * auditors find between budget and annual report).
 */
export const goalsChecker: Checker<Queryable> = async (db, scope) => {
  const committee = await getCommitteeByCode(db, scope.committeeCode);
  const year = scope.year ?? (await listBudgetVersions(db, committee.id))[0]?.budgetYear;
  if (year === undefined) return [];
  const tree = await goalTree(db, committee.code, year);
  const findings: Finding[] = [];
  for (const area of tree.areas) {
    for (const goal of [...area.councilGoals.flatMap((c) => c.committeeGoals), ...area.committeeGoals]) {
      if (goal.revisedSinceDecision)
        findings.push({
          area: 'goals',
          kind: 'revised_since_decision',
          message: `Nämndmålet "${goal.title}" är ändrat efter beslutet om målen för ${year}`,
        });
      for (const i of goal.indicators) {
        if (lacksMandatoryValue(i, year)) {
          findings.push({
            area: 'goals',
            kind: 'missing_value',
            message: `Den obligatoriska indikatorn "${i.name}" saknar värde för ${year - MANDATORY_YEARS_BACK}–${year}`,
          });
        }
        if (i.revisedSinceDecision)
          findings.push({
            area: 'goals',
            kind: 'revised_since_decision',
            message: `Indikatorn "${i.name}" är ändrad efter beslutet om målen för ${year}`,
          });
      }
    }
  }
  return findings;
};
