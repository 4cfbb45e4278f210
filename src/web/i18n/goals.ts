/** Strings of the goal and indicator pages; the English dictionary has the same keys. */
export const goalsSv = {
  navTitle: 'Mål och indikatorer',
  title: 'Mål och indikatorer',
};
export type GoalsDict = typeof goalsSv;
export const goalsEn: GoalsDict = {
  navTitle: 'Goals and indicators',
  title: 'Goals and indicators',
};
