import type { Catalogue } from './types.ts';

/** Action plans: plans, versions, measures and their effects, and their follow-up. */
export const actionPlans = {
  'action_plans.frozen': {
    sv: (p) => `${p.title} (version ${p.number}) är beslutad och kan inte ändras; gör en revidering.`,
    en: (p) => `${p.title} (version ${p.number}) is decided and cannot be changed; make a revision.`,
  },
  'action_plans.version_not_of_plan': {
    sv: 'Versionen hör inte till åtgärdsplanen.',
    en: 'The version does not belong to the action plan.',
  },
  'action_plans.no_version': { sv: (p) => `${p.plan} har ingen version.`, en: (p) => `${p.plan} has no version.` },
  'action_plans.only_one_version': {
    sv: (p) => `${p.plan} har bara en version; det finns inget att jämföra med.`,
    en: (p) => `${p.plan} has only one version; there is nothing to compare it with.`,
  },
  'action_plans.cli_no_version_number': {
    sv: (p) => `Planen har ingen version ${p.number}.`,
    en: (p) => `The plan has no version ${p.number}.`,
  },
  'action_plans.several_plans': {
    sv: (p) => `${p.committee} har flera åtgärdsplaner som börjar ${p.key}; ange planens id eller titel.`,
    en: (p) => `${p.committee} has several action plans starting ${p.key}; give the plan's id or title.`,
  },
  'action_plans.no_plan': {
    sv: (p) => `${p.committee} har ingen åtgärdsplan "${p.key}".`,
    en: (p) => `${p.committee} has no action plan "${p.key}".`,
  },
  'action_plans.title_taken': {
    sv: (p) => `${p.committee} har redan en åtgärdsplan som heter "${p.title}".`,
    en: (p) => `${p.committee} already has an action plan called "${p.title}".`,
  },
  'action_plans.period': {
    sv: 'Perioden ska vara 1–16 år och sluta efter att den börjar',
    en: 'The period must be 1–16 years and end after it starts',
  },
  'action_plans.period_sentence': {
    sv: 'Perioden ska vara 1–16 år och sluta efter att den börjar.',
    en: 'The period must be 1–16 years and end after it starts.',
  },
  'action_plans.effects_outside_period': {
    sv: 'Det finns effekter utanför den nya perioden; ta bort dem först.',
    en: 'There are effects outside the new period; remove them first.',
  },
  // versions
  'action_plans.no_measures': {
    sv: 'En åtgärdsplan utan åtgärder kan inte beslutas.',
    en: 'An action plan without measures cannot be decided.',
  },
  'action_plans.only_decided_revisable': {
    sv: 'Bara en beslutad version kan revideras; ändra utkastet direkt.',
    en: 'Only a decided version can be revised; change the draft directly.',
  },
  'action_plans.later_version': { sv: 'En senare version bygger på utkastet.', en: 'A later version builds on the draft.' },
  'action_plans.only_version': { sv: 'Planens enda version kan inte tas bort.', en: "The plan's only version cannot be removed." },
  // fields of measures and effects
  'action_plans.positive_kronor': {
    sv: 'Beloppet anges som ett positivt belopp i kronor',
    en: 'The amount is given as a positive amount in kronor',
  },
  'action_plans.measure_code_format': {
    sv: 'En kod med högst 20 tecken: bokstäver a–z, siffror, punkt, bindestreck, understreck',
    en: 'A code of at most 20 characters: letters a–z, digits, full stop, hyphen, underscore',
  },
  'action_plans.term_code_format': {
    sv: 'Gemener a–z, siffror, bindestreck, understreck; högst 40 tecken',
    en: 'Lower case a–z, digits, hyphen, underscore; at most 40 characters',
  },
  'action_plans.status_meaning': {
    sv: 'En status behöver en innebörd (meaning); andra ord har ingen',
    en: 'A status needs a meaning; other terms have none',
  },
  'action_plans.unknown_area': { sv: (p) => `Okänt område "${p.code}".`, en: (p) => `Unknown area "${p.code}".` },
  'action_plans.unknown_target_group': { sv: (p) => `Okänd målgrupp "${p.code}".`, en: (p) => `Unknown target group "${p.code}".` },
  'action_plans.unknown_status': { sv: (p) => `Okänd status "${p.code}".`, en: (p) => `Unknown status "${p.code}".` },
  'action_plans.full_year_both': {
    sv: 'Ange både lägsta och högsta helårseffekt, eller ingen av dem.',
    en: 'Give both the lowest and the highest full-year effect, or neither.',
  },
  'action_plans.full_year_reversed': {
    sv: 'Högsta helårseffekt är lägre än den lägsta.',
    en: 'The highest full-year effect is lower than the lowest.',
  },
  'action_plans.activities_other_committee': {
    sv: 'En eller flera verksamheter hör inte till nämnden.',
    en: 'One or more activities do not belong to the committee.',
  },
  'action_plans.year_outside_period': {
    sv: (p) => `Året ${p.year} ligger utanför planens period ${p.first}–${p.last}.`,
    en: (p) => `The year ${p.year} is outside the plan's period ${p.first}–${p.last}.`,
  },
  'action_plans.amount_both': {
    sv: 'Ange både lägsta och högsta belopp, eller inget belopp.',
    en: 'Give both the lowest and the highest amount, or no amount.',
  },
  'action_plans.amount_reversed': { sv: 'Högsta belopp är lägre än det lägsta.', en: 'The highest amount is lower than the lowest.' },
  'action_plans.amount_or_qualitative': {
    sv: 'Ange ett belopp eller en kvalitativ bedömning (ingen ekonomisk effekt, marknadsberoende, annan).',
    en: 'Give an amount or a qualitative assessment (no financial effect, market dependent, other).',
  },
  'action_plans.other_needs_note': {
    sv: 'En annan kvalitativ bedömning behöver en not.',
    en: 'Another qualitative assessment needs a note.',
  },
  'action_plans.measure_code_taken': {
    sv: (p) => `Det finns redan en åtgärd med koden ${p.code} i versionen.`,
    en: (p) => `There is already a measure with the code ${p.code} in the version.`,
  },
  'action_plans.no_measure_with_code': {
    sv: (p) => `Planen har ingen åtgärd med koden ${p.code}.`,
    en: (p) => `The plan has no measure with the code ${p.code}.`,
  },
  'action_plans.not_excel': {
    sv: (p) => `Filen ${p.file} är ingen Excel-fil (.xlsx); mallen har flera blad och kan inte läsas som CSV.`,
    en: (p) => `The file ${p.file} is not an Excel file (.xlsx); the template has several sheets and cannot be read as CSV.`,
  },
} satisfies Catalogue;
