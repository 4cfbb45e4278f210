import type { Checker } from '../core/finding.ts';
import type { Queryable } from '../db/connection.ts';
import { economyChecker } from '../modules/budget/checker.ts';
import { actionPlanChecker } from '../modules/action-plans/checker.ts';
import { goalsChecker } from '../modules/goals/checker.ts';
import { auditChainChecker } from '../modules/audit/checker.ts';
import { frozenFileChecker } from '../documents/integrity.ts';

/** Every capability that checks its figures registers here. */
export const checkers: Checker<Queryable>[] = [economyChecker, actionPlanChecker, goalsChecker, auditChainChecker, frozenFileChecker];
