import { SUMMARY_COLUMNS } from '../../modules/follow-up/model.ts';
import { economyBudgetEn, economyBudgetSv } from './economy/budget.ts';
import { economyFollowUpEn, economyFollowUpSv } from './economy/follow-up.ts';
import { economyLedgerEn, economyLedgerSv } from './economy/ledger.ts';
import { economyVersionsEn, economyVersionsSv } from './economy/versions.ts';
import { monthNames, shortMonthNames } from '../../core/months.ts';

/** Strings of the economy pages: the tabs and what they share; each page group has its own file. The English dictionary has the same keys. */
export const economySv = {
  area: 'Ekonomi',
  tabsLabel: (committee: string) => `Ekonomi för ${committee}`,
  tabs: {
    budget: 'Budget och plan',
    followUp: 'Uppföljning',
    accuracy: 'Prognossäkerhet',
    versions: 'Budgetversioner',
    periodisation: 'Periodisering',
    ledger: 'Huvudbok',
  },
  pageTitle: (page: string, committee: string) => `${page} – ${committee}`,
  committeeLink: 'Verksamheter',
  economyLinks: 'Ekonomi',
  year: 'År',
  month: 'Månad',
  months: monthNames('sv-SE'),
  monthsShort: shortMonthNames('sv-SE'),
  unit: 'Belopp i',
  downloads: 'Ladda ner',
  formats: { xlsx: 'Excel (xlsx)', csv: 'CSV', json: 'JSON' } satisfies Record<string, string>,
  downloadLabel: (what: string, format: string) => `Ladda ner ${what} som ${format}`,
  activity: 'Verksamhet',
  /** The operating summary's column headings, as the documents print them. */
  summaryColumns: Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c.key, c.label])),
  positiveIsSurplus: 'Avvikelse = budget − utfall eller prognos: plus (+) är överskott, minus (−) är underskott.',
  imports: {
    caption: (n: number) => `Fel i filen (${n}) – ingenting ändrades`,
    file: 'Fil',
    row: 'Rad',
    column: 'Kolumn',
    reason: 'Orsak',
    chooseFile: 'Välj en fil att importera.',
    fileLabel: 'Fil (xlsx eller csv)',
  },
  ...economyBudgetSv,
  ...economyVersionsSv,
  ...economyFollowUpSv,
  ...economyLedgerSv,
};

export type EconomyDict = typeof economySv;

export const economyEn = {
  area: 'Economy',
  tabsLabel: (committee) => `Economy for ${committee}`,
  tabs: {
    budget: 'Budget and plan',
    followUp: 'Follow-up',
    accuracy: 'Forecast accuracy',
    versions: 'Budget versions',
    periodisation: 'Periodisation',
    ledger: 'Ledger',
  },
  pageTitle: (page, committee) => `${page} – ${committee}`,
  committeeLink: 'Activities',
  economyLinks: 'Economy',
  year: 'Year',
  month: 'Month',
  months: monthNames('en-GB'),
  monthsShort: shortMonthNames('en-GB'),
  unit: 'Amounts in',
  downloads: 'Download',
  formats: { xlsx: 'Excel (xlsx)', csv: 'CSV', json: 'JSON' },
  downloadLabel: (what, format) => `Download ${what} as ${format}`,
  activity: 'Activity',
  summaryColumns: {
    outcomeToDate: 'Outcome to date',
    outcomeLastYearToDate: 'Outcome same period last year',
    change: 'Change',
    periodisedBudgetToDate: 'Periodised budget',
    deviationToDate: 'Deviation from periodised budget',
    forecast: 'Full-year forecast',
    budget: 'Full-year budget',
    deviation: 'Deviation budget − forecast',
    closingLastYear: 'Closing outcome last year',
  },
  positiveIsSurplus: 'Deviation = budget − outcome or forecast: plus (+) is a surplus, minus (−) a deficit.',
  imports: {
    caption: (n) => `Problems in the file (${n}) – nothing was changed`,
    file: 'File',
    row: 'Row',
    column: 'Column',
    reason: 'Reason',
    chooseFile: 'Choose a file to import.',
    fileLabel: 'File (xlsx or csv)',
  },
  ...economyBudgetEn,
  ...economyVersionsEn,
  ...economyFollowUpEn,
  ...economyLedgerEn,
} satisfies EconomyDict;
