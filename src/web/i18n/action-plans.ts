import { actionPlansPlansEn, actionPlansPlansSv } from './action-plans/plans.ts';
import { actionPlansMeasuresEn, actionPlansMeasuresSv } from './action-plans/measures.ts';
import { actionPlansReportsEn, actionPlansReportsSv } from './action-plans/reports.ts';

/** Strings of the action plan pages, one file per page group; the English dictionary has the same keys. */
export const actionPlansSv = {
  ...actionPlansPlansSv,
  ...actionPlansMeasuresSv,
  ...actionPlansReportsSv,
};

export type ActionPlansDict = typeof actionPlansSv;

export const actionPlansEn = {
  ...actionPlansPlansEn,
  ...actionPlansMeasuresEn,
  ...actionPlansReportsEn,
} satisfies ActionPlansDict;
