import type { Catalogue } from './types.ts';

/** The organisation (committees, activities), the charter and the municipality's settings. */
export const organisation = {
  'organisation.activity_code_format': {
    sv: 'Koden får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck (högst 40 tecken)',
    en: 'The code may only contain letters, digits, full stop, hyphen and underscore (at most 40 characters)',
  },
  'organisation.starts_before_committee': {
    sv: (p) => `Verksamheten kan inte börja före nämnden (${p.from}).`,
    en: (p) => `The activity cannot start before the committee (${p.from}).`,
  },
  'organisation.field_before_committee_start': { sv: 'Före nämndens startdatum', en: "Before the committee's start date" },
  'organisation.parent_other_committee': {
    sv: 'Överordnad verksamhet tillhör en annan nämnd.',
    en: 'The parent activity belongs to another committee.',
  },
  'organisation.under_itself': { sv: 'En verksamhet kan inte ligga under sig själv.', en: 'An activity cannot be placed under itself.' },
  'organisation.field_circular': { sv: 'Cirkulär struktur', en: 'Circular structure' },
  'organisation.subset_needs_parent': {
    sv: 'En varav-rad måste ha en överordnad verksamhet.',
    en: 'A "of which" row must have a parent activity.',
  },
  'organisation.field_subset_needs_parent': { sv: 'Krävs för varav-rader', en: 'Required for "of which" rows' },
  'organisation.code_taken_in_committee': {
    sv: (p) => `Nämnden ${p.committee} har redan en verksamhet med koden ${p.code}.`,
    en: (p) => `Committee ${p.committee} already has an activity with the code ${p.code}.`,
  },
  'organisation.code_taken': {
    sv: (p) => `Koden ${p.code} används redan i nämnden.`,
    en: (p) => `The code ${p.code} is already used in the committee.`,
  },
  'organisation.field_code_taken': { sv: 'Koden används redan', en: 'The code is already used' },
  'organisation.valid_to_before_from': {
    sv: 'Giltig till kan inte ligga före giltig från.',
    en: '"Valid to" cannot be before "valid from".',
  },
  'organisation.field_before_valid_from': { sv: 'Före giltig från', en: 'Before "valid from"' },
  'organisation.succeeds_itself': { sv: 'En verksamhet kan inte efterträda sig själv.', en: 'An activity cannot succeed itself.' },
  'organisation.field_same_activity': { sv: 'Samma verksamhet', en: 'The same activity' },
  'organisation.shares_over_100': {
    sv: (p) => `Andelarna från verksamheten blir ${p.percent} %, mer än 100 %.`,
    en: (p) => `The shares from the activity come to ${p.percent} %, more than 100 %.`,
  },
  'organisation.field_shares_over_100': { sv: 'Summan överstiger 100 %', en: 'The sum exceeds 100 %' },
  'organisation.import_cannot_order': {
    sv: 'Importen kunde inte ordna verksamheterna efter överordnad.',
    en: 'The import could not order the activities by their parents.',
  },
  // the organisation import's rows
  'organisation.import_empty': { sv: 'Filen innehåller inga verksamheter.', en: 'The file contains no activities.' },
  'organisation.import_code_repeated': {
    sv: (p) => `Nämnden ${p.committee} har koden ${p.code} redan på rad ${p.row}.`,
    en: (p) => `Committee ${p.committee} already has the code ${p.code} on row ${p.row}.`,
  },
  'organisation.import_parent_missing': {
    sv: (p) => `Överordnad verksamhet ${p.parent} finns inte i nämnden ${p.committee}, varken i filen eller i databasen.`,
    en: (p) => `The parent activity ${p.parent} is not in committee ${p.committee}, neither in the file nor in the database.`,
  },
  'organisation.import_circular': {
    sv: (p) => `Cirkulär struktur: ${p.code} hamnar under sig själv via ${p.parent}.`,
    en: (p) => `Circular structure: ${p.code} ends up under itself through ${p.parent}.`,
  },
  // the charter
  'charter.age_min_above_max': { sv: 'Lägsta ålder är högre än högsta', en: 'The lowest age is higher than the highest' },
  'charter.valid_to_before_from': { sv: 'Giltig till ligger före giltig från', en: '"Valid to" is before "valid from"' },
  'charter.no_rule': {
    sv: (p) => `Ingen regel i reglementet täcker ${p.law} för den frågan den ${p.date}.`,
    en: (p) => `No rule in the charter covers ${p.law} for that question on ${p.date}.`,
  },
  'charter.ambiguous': {
    sv: (p) => `Reglementet är tvetydigt: ${p.committees} täcker frågan lika specifikt.`,
    en: (p) => `The charter is ambiguous: ${p.committees} cover the question equally specifically.`,
  },
  // settings
  'settings.four_eyes_decide': {
    sv: (p) =>
      `Fyra ögon: beslutet måste fattas av någon annan än den som har förberett ${p.what}. Du har själv skrivit i den; be en kollega.`,
    en: (p) =>
      `Four eyes: the decision must be made by someone other than whoever prepared ${p.what}. You have written in it yourself; ask a colleague.`,
  },
  'settings.four_eyes_publish': {
    sv: (p) =>
      `Fyra ögon: publiceringen måste göras av någon annan än den som har förberett ${p.what}. Du har själv skrivit i den; be en kollega.`,
    en: (p) =>
      `Four eyes: the publication must be done by someone other than whoever prepared ${p.what}. You have written in it yourself; ask a colleague.`,
  },
  'settings.on_or_off': { sv: 'Ange on eller off', en: 'Give on or off' },
  'settings.municipality_code_format': { sv: 'Kommunkoden är fyra siffror', en: 'The municipality code is four digits' },
  'settings.unknown_setting': { sv: 'Okänd inställning; finns: four-eyes', en: 'Unknown setting; there is: four-eyes' },
} satisfies Catalogue;
