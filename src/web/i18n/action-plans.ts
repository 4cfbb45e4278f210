/** Strings of the action-plan pages; the English dictionary has the same keys. */
export const actionPlansSv = {
  navTitle: 'Åtgärdsplaner',
  title: 'Åtgärdsplaner',
};
export type ActionPlansDict = typeof actionPlansSv;
export const actionPlansEn: ActionPlansDict = {
  navTitle: 'Action plans',
  title: 'Action plans',
};
