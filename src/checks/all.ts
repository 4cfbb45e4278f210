import type { Checker } from './registry.ts';
import { economyChecker } from '../modules/budget/checker.ts';
import { actionPlanChecker } from '../modules/action-plans/checker.ts';
import { goalsChecker } from '../modules/goals/checker.ts';
import { auditChainChecker } from '../modules/audit/checker.ts';
import { frozenFileChecker } from '../documents/integrity.ts';

/** Every capability that checks its figures registers here. */
export const checkers: Checker[] = [economyChecker, actionPlanChecker, goalsChecker, auditChainChecker, frozenFileChecker];
