import type { Catalogue } from './types.ts';

/** The internal budget, the follow-up of outcome and forecast, and the general ledger. */
export const economy = {
  // budget
  'budget.frozen': {
    sv: (p) => `${p.title} är beslutad och kan inte ändras; gör en revidering.`,
    en: (p) => `${p.title} is decided and cannot be changed; make a revision.`,
  },
  'budget.revision_needs_reason': { sv: 'En revidering behöver ett skäl', en: 'A revision needs a reason' },
  'budget.revision_same_committee_year': {
    sv: 'En revidering måste gälla samma nämnd och budgetår.',
    en: 'A revision must concern the same committee and budget year.',
  },
  'budget.field_other_committee_or_year': { sv: 'Annan nämnd eller annat år', en: 'Another committee or another year' },
  'budget.income_positive': { sv: 'Intäkter anges som positivt belopp', en: 'Income is given as a positive amount' },
  'budget.activity_other_committee': { sv: 'Verksamheten tillhör en annan nämnd.', en: 'The activity belongs to another committee.' },
  'budget.year_before_budget_year': {
    sv: 'Budgetår och planår kan inte ligga före versionens budgetår.',
    en: "Budget and plan years cannot be before the version's budget year.",
  },
  'budget.field_too_early': { sv: 'För tidigt år', en: 'Too early a year' },
  'budget.empty_cannot_be_decided': { sv: 'En tom budget kan inte beslutas.', en: 'An empty budget cannot be decided.' },
  'budget.twelve_weights': { sv: 'Ange tolv vikter, minst en större än noll', en: 'Give twelve weights, at least one above zero' },
  'budget.no_outcome_last_year': {
    sv: (p) => `${p.activity} saknar utfall för ${p.year}; välj jämn eller egen profil.`,
    en: (p) => `${p.activity} has no outcome for ${p.year}; choose an even or a custom profile.`,
  },
  'budget.field_no_outcome_last_year': { sv: 'Inget utfall förra året', en: 'No outcome last year' },
  'budget.no_internal_budget': {
    sv: (p) => `${p.committee} har ingen internbudget för ${p.year}.`,
    en: (p) => `${p.committee} has no internal budget for ${p.year}.`,
  },
  // the budget table import's rows
  'budget.import_header_without_year': {
    sv: 'Kolumnrubriken anger inget år (t.ex. "Budget 2025" eller "Plan 2026")',
    en: 'The column heading gives no year (e.g. "Budget 2025" or "Plan 2026")',
  },
  'budget.import_year_repeated': { sv: 'Samma år förekommer i flera kolumner', en: 'The same year appears in several columns' },
  'budget.import_no_columns_from': {
    sv: (p) => `Inga kolumner för ${p.year} eller senare`,
    en: (p) => `No columns for ${p.year} or later`,
  },
  'budget.import_not_an_amount': {
    sv: (p) => `"${p.text}" är inget belopp i hela ${p.unit === 'kr' ? 'kronor' : p.unit}`,
    en: (p) => `"${p.text}" is not an amount in whole ${p.unit === 'kr' ? 'kronor' : p.unit}`,
  },
  'budget.import_unknown_activity': {
    sv: (p) => `Ingen verksamhet i nämnden heter "${p.name}"`,
    en: (p) => `No activity in the committee is called "${p.name}"`,
  },
  'budget.import_activity_repeated': {
    sv: (p) => `Verksamheten "${p.name}" förekommer också på rad ${p.row}`,
    en: (p) => `The activity "${p.name}" also appears on row ${p.row}`,
  },
  // follow-up
  'follow_up.activity_not_in_committee': { sv: 'Verksamheten finns inte i nämnden.', en: 'The activity is not in the committee.' },
  'follow_up.month_closed': {
    sv: (p) => `Månad ${p.month} ${p.year} är redan stängd för ${p.committee}.`,
    en: (p) => `Month ${p.month} ${p.year} is already closed for ${p.committee}.`,
  },
  'follow_up.no_outcome': {
    sv: (p) => `${p.committee} har inget utfall för ${p.year} ännu.`,
    en: (p) => `${p.committee} has no outcome for ${p.year} yet.`,
  },
  'follow_up.outcome_until': {
    sv: (p) => `${p.committee} har utfall för ${p.year} t.o.m. månad ${p.month}; välj den eller en tidigare månad.`,
    en: (p) => `${p.committee} has outcome for ${p.year} up to month ${p.month}; choose it or an earlier month.`,
  },
  'follow_up.year_not_closed': {
    sv: (p) => `${p.year} är inte avslutat för ${p.committee}: prognossäkerheten mäts mot årets slutliga utfall.`,
    en: (p) => `${p.year} is not closed for ${p.committee}: forecast accuracy is measured against the year's final outcome.`,
  },
  'follow_up.no_forecasts': {
    sv: (p) => `${p.committee} har inga prognoser för ${p.year}.`,
    en: (p) => `${p.committee} has no forecasts for ${p.year}.`,
  },
  // ledger
  'ledger.pattern_format': {
    sv: 'Ett värde eller ett prefix med * på slutet, t.ex. 61*; bokstäver, siffror, punkt, bindestreck, understreck',
    en: 'A value or a prefix ending in *, e.g. 61*; letters, digits, full stop, hyphen, underscore',
  },
  'ledger.account_four_digits': { sv: 'Ett konto med fyra siffror', en: 'An account of four digits' },
  'ledger.account_range_reversed': {
    sv: 'Kontointervallet börjar efter att det slutar.',
    en: 'The account range starts after it ends.',
  },
  'ledger.field_before_account_from': { sv: 'Före "konto från"', en: 'Before "account from"' },
  'ledger.activity_not_in_committee': { sv: 'Verksamheten hör inte till nämnden.', en: 'The activity does not belong to the committee.' },
  'ledger.field_other_committee_or_missing': { sv: 'Annan nämnd eller finns inte', en: 'Another committee, or does not exist' },
  'ledger.rules_other_committee': {
    sv: 'Mappningsreglerna pekar på verksamheter i en annan nämnd.',
    en: 'The mapping rules point to activities in another committee.',
  },
  'ledger.give_year': { sv: 'Ange importens år, t.ex. 2024.', en: 'Give the year of the import, e.g. 2024.' },
  'ledger.field_invalid_year': { sv: 'Ogiltigt år', en: 'Invalid year' },
  'ledger.file_too_large': {
    sv: (p) => `Filen ${p.file} är större än ${p.mb} MB. Dela upp den per månad.`,
    en: (p) => `The file ${p.file} is larger than ${p.mb} MB. Split it by month.`,
  },
  'ledger.looks_like_xlsx': {
    sv: (p) => `Filen ${p.file} ser ut att vara en xlsx-fil; ge den ändelsen .xlsx.`,
    en: (p) => `The file ${p.file} looks like an xlsx file; give it the extension .xlsx.`,
  },
  'ledger.unreadable_csv': {
    sv: (p) => `Filen ${p.file} kunde inte läsas som CSV: rad ${p.line}: ${p.problem}.`,
    en: (p) => `The file ${p.file} could not be read as CSV: line ${p.line}: ${p.problem}.`,
  },
  'ledger.no_sheet': { sv: (p) => `Filen ${p.file} har inget kalkylblad.`, en: (p) => `The file ${p.file} has no worksheet.` },
} satisfies Catalogue;
