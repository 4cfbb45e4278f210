import { goalsTreeEn, goalsTreeSv } from './goals/tree.ts';
import { goalsIndicatorEn, goalsIndicatorSv } from './goals/indicator.ts';
import { goalsKoladaEn, goalsKoladaSv } from './goals/kolada.ts';
import { goalsAssignmentsEn, goalsAssignmentsSv } from './goals/assignments.ts';
import { monthNames } from '../../core/months.ts';

type Colour = 'green' | 'yellow' | 'red' | 'none';
type Gender = 'T' | 'K' | 'M';

const monthsSv = monthNames('sv-SE');
const monthsEn = monthNames('en-GB');

/** Strings of the goal and indicator pages: what the pages share; each page group has its own file. The English dictionary has the same keys. */
export const goalsSv = {
  navTitle: 'Mål och indikatorer',
  title: 'Mål och indikatorer',
  locale: 'sv-SE',
  pageTitle: (page: string, committee: string) => `${page} – ${committee}`,
  tabsLabel: (committee: string) => `Mål och indikatorer för ${committee}`,
  committeeLink: 'Nämndens startsida',
  tabs: {
    tree: 'Målträd',
    assignments: 'Strategiska uppdrag',
    kolada: 'Kolada',
    data: 'Import och export',
    decided: 'Beslutad målsättning',
  },
  months: monthsSv,
  period: (year: number, month: number | null) => (month === null ? String(year) : `${monthsSv[month - 1] ?? month} ${year}`),
  periodForm: { year: 'År', month: 'Period', wholeYear: 'Helår', show: 'Visa', through: (m: string) => `t.o.m. ${m}` },
  reload: 'Ladda om',
  none: '–',
  colours: { green: 'Grön', yellow: 'Gul', red: 'Röd', none: '–' } satisfies Record<Colour, string>,
  colourNames: { green: 'Grön', yellow: 'Gul', red: 'Röd', none: 'Ingen färg (–)' } satisfies Record<Colour, string>,
  colourMeaning: {
    green: 'målet väntas nås',
    yellow: 'positiv utveckling, delvis uppfyllt',
    red: 'negativ utveckling, ej uppfyllt',
    none: 'ingen prognos möjlig',
  } satisfies Record<Colour, string>,
  genders: { T: 'Totalt', K: 'Kvinnor', M: 'Män' } satisfies Record<Gender, string>,
  genderShort: { T: 'T', K: 'K', M: 'M' } satisfies Record<Gender, string>,
  ...goalsTreeSv,
  ...goalsIndicatorSv,
  ...goalsKoladaSv,
  ...goalsAssignmentsSv,
};

export type GoalsDict = typeof goalsSv;

export const goalsEn = {
  navTitle: 'Goals and indicators',
  title: 'Goals and indicators',
  locale: 'en-GB',
  pageTitle: (page, committee) => `${page} – ${committee}`,
  tabsLabel: (committee) => `Goals and indicators for ${committee}`,
  committeeLink: 'Committee home',
  tabs: {
    tree: 'Goal tree',
    assignments: 'Strategic assignments',
    kolada: 'Kolada',
    data: 'Import and export',
    decided: 'Decided goal set',
  },
  months: monthsEn,
  period: (year, month) => (month === null ? String(year) : `${monthsEn[month - 1] ?? month} ${year}`),
  periodForm: { year: 'Year', month: 'Period', wholeYear: 'Whole year', show: 'Show', through: (m) => `through ${m}` },
  reload: 'Reload',
  none: '–',
  colours: { green: 'Green', yellow: 'Yellow', red: 'Red', none: '–' },
  colourNames: { green: 'Green', yellow: 'Yellow', red: 'Red', none: 'No colour (–)' },
  colourMeaning: {
    green: 'target expected to be met',
    yellow: 'positive development, partly met',
    red: 'negative development, not met',
    none: 'no forecast possible',
  },
  genders: { T: 'Total', K: 'Women', M: 'Men' },
  genderShort: { T: 'T', K: 'W', M: 'M' },
  ...goalsTreeEn,
  ...goalsIndicatorEn,
  ...goalsKoladaEn,
  ...goalsAssignmentsEn,
} satisfies GoalsDict;
