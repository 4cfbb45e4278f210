import { capitalised, type Catalogue } from './types.ts';

/** Goals, indicators, assignments and assessments, and the Kolada figures behind them. */
export const goals = {
  'goals.frozen_needs_reason': {
    sv: (p) => `${capitalised(p.what)} ingår i en beslutad målsättning. Ändra den som en revidering: ange ett skäl (revisionReason).`,
    en: (p) => `${capitalised(p.what)} is part of a decided goal set. Change it as a revision: give a reason (revisionReason).`,
  },
  'goals.no_goals_to_decide': {
    sv: (p) => `${p.committee} har inga nämndmål för ${p.year} att besluta.`,
    en: (p) => `${p.committee} has no committee goals for ${p.year} to decide.`,
  },
  'goals.unknown_goal_area': { sv: (p) => `Målområdet ${p.code} finns inte.`, en: (p) => `The goal area ${p.code} does not exist.` },
  'goals.field_unknown_goal_area': { sv: 'Okänt målområde', en: 'Unknown goal area' },
  'goals.unknown_council_goal': {
    sv: (p) => `Kommunfullmäktiges mål ${p.code} finns inte.`,
    en: (p) => `The council's goal ${p.code} does not exist.`,
  },
  'goals.field_unknown_council_goal': { sv: 'Okänt KF-mål', en: "Unknown council's goal" },
  'goals.council_goal_other_area': {
    sv: (p) => `KF-målet ${p.code} hör till ett annat målområde.`,
    en: (p) => `The council's goal ${p.code} belongs to another goal area.`,
  },
  'goals.field_other_goal_area': { sv: 'Annat målområde', en: 'Another goal area' },
  'goals.term_ends_before_start': { sv: 'Mandatperioden slutar före den börjar', en: 'The term of office ends before it starts' },
  'goals.code_format': {
    sv: 'Kod med bokstäver a–z, siffror, punkt, bindestreck eller understreck',
    en: 'A code of letters a–z, digits, full stop, hyphen or underscore',
  },
  'goals.not_a_number': { sv: 'Ska vara ett tal', en: 'Must be a number' },
  // indicators, values and targets
  'goals.kolada_id_format': { sv: 'Kolada-id som N35001', en: 'A Kolada id like N35001' },
  'goals.kolada_needs_id': {
    sv: 'En indikator med källan Kolada behöver ett Kolada-id.',
    en: 'An indicator with Kolada as its source needs a Kolada id.',
  },
  'goals.computed_needs_formula': { sv: 'En beräknad indikator behöver en beräkning.', en: 'A computed indicator needs a formula.' },
  'goals.goal_other_committee': { sv: 'Nämndmålet tillhör en annan nämnd.', en: 'The committee goal belongs to another committee.' },
  'goals.values_from_kolada': {
    sv: (p) => `Indikatorn ${p.name} hämtar sina värden från Kolada (${p.kpi}); läs in dem med Kolada-importen.`,
    en: (p) => `The indicator ${p.name} takes its values from Kolada (${p.kpi}); read them in with the Kolada import.`,
  },
  'goals.not_gender_split': {
    sv: (p) => `Indikatorn ${p.name} är inte uppdelad på kön; ange kön T.`,
    en: (p) => `The indicator ${p.name} is not split by gender; give gender T.`,
  },
  'goals.give_direction': { sv: 'Ange riktning (increase, decrease, maintain)', en: 'Give a direction (increase, decrease, maintain)' },
  'goals.give_target_value': { sv: 'Ange målvärde', en: 'Give a target value' },
  'goals.give_benchmark_group': { sv: 'Ange jämförelsegrupp', en: 'Give a benchmark group' },
  'goals.benchmark_comparator': {
    sv: 'Mot en jämförelsegrupp: at_most eller at_least',
    en: 'Against a benchmark group: at_most or at_least',
  },
  // assignments and assessments
  'goals.give_issuer': { sv: 'Ange vilken nämnd som ger uppdraget.', en: 'Give the committee that issues the assignment.' },
  'goals.period_ends_before_start': { sv: 'Perioden slutar före den börjar', en: 'The period ends before it starts' },
  'goals.assignment_scope': {
    sv: 'En nämnds eget uppdrag har omfattningen own; KF:s uppdrag all eller named',
    en: "A committee's own assignment has the scope own; the council's all or named",
  },
  'goals.give_recipient': { sv: 'Ange minst en mottagare', en: 'Give at least one recipient' },
  'goals.colour_needs_analysis': {
    sv: (p) => `Den satta färgen skiljer sig från förslaget (${p.suggested}); skriv en analys som förklarar varför.`,
    en: (p) => `The colour set differs from the suggestion (${p.suggested}); write an analysis that explains why.`,
  },
  'goals.field_analysis_required': {
    sv: 'Analys krävs när färgen avviker från förslaget',
    en: 'An analysis is required when the colour differs from the suggestion',
  },
  // the indicator data import's rows
  'goals.import_empty': { sv: 'Filen innehåller inga värden eller mål.', en: 'The file contains no values or targets.' },
  'goals.import_target_frozen': {
    sv: (p) => `Målet för ${p.year} ingår i en beslutad målsättning; ändra det som en revidering med skäl i Styrbord.`,
    en: (p) => `The target for ${p.year} is part of a decided goal set; change it as a revision with a reason in Styrbord.`,
  },
  'goals.import_not_a_list': { sv: (p) => `"${p.key}" ska vara en lista med rader.`, en: (p) => `"${p.key}" must be a list of rows.` },
  'goals.import_no_sheets': {
    sv: (p) => `Filen ${p.file} saknar både bladet "${p.values}" och bladet "${p.targets}".`,
    en: (p) => `The file ${p.file} has neither the sheet "${p.values}" nor the sheet "${p.targets}".`,
  },
  'goals.import_from_kolada': {
    sv: (p) => `Indikatorn ${p.code} hämtar sina värden från Kolada.`,
    en: (p) => `The indicator ${p.code} takes its values from Kolada.`,
  },
  'goals.import_yes_or_no': {
    sv: (p) => `Ska vara ja eller nej, inte "${p.text}".`,
    en: (p) => `Must be ja or nej (yes or no), not "${p.text}".`,
  },
  'goals.import_target_kind': {
    sv: (p) => `Måltyp ska vara riktning, värde eller jämförelsegrupp, inte "${p.text}".`,
    en: (p) => `The target type must be riktning, värde or jämförelsegrupp, not "${p.text}".`,
  },
  'goals.import_direction': {
    sv: (p) => `Riktning ska vara Öka, Minska eller Bibehålla, inte "${p.text}".`,
    en: (p) => `The direction must be Öka, Minska or Bibehålla, not "${p.text}".`,
  },
  'goals.import_comparator': {
    sv: (p) => `Jämförelse ska vara minst, högst eller lika med, inte "${p.text}".`,
    en: (p) => `The comparison must be minst, högst or lika med, not "${p.text}".`,
  },
  'goals.import_value_needed': { sv: 'Ett målvärde behövs för måltypen värde.', en: 'The target type värde needs a target value.' },
  'goals.import_give_group': { sv: 'Ange jämförelsegrupp, t.ex. R9.', en: 'Give a benchmark group, e.g. R9.' },
  'goals.import_unknown_group': { sv: (p) => `Okänd jämförelsegrupp "${p.code}".`, en: (p) => `Unknown benchmark group "${p.code}".` },
  'goals.import_group_comparator': {
    sv: 'Mot en jämförelsegrupp: minst eller högst.',
    en: 'Against a benchmark group: minst or högst.',
  },
  'goals.import_statistic': {
    sv: (p) => `Mått ska vara snitt eller median, inte "${p.text}".`,
    en: (p) => `The measure must be snitt or median, not "${p.text}".`,
  },
  // Kolada
  'kolada.give_kpi_municipality_year': {
    sv: 'Ange minst ett nyckeltal, en kommun och ett år.',
    en: 'Give at least one key figure, one municipality and one year.',
  },
  'kolada.network': {
    sv: (p) => `${p.problem}. Kontrollera nätverket, eller läs in en sparad fil med \`styrbord kolada import FIL.json\`.`,
    en: (p) => `${p.problem}. Check the network, or read in a saved file with \`styrbord kolada import FILE.json\`.`,
  },
  'kolada.unexpected_format': {
    sv: (p) => `Oväntat format från Kolada – ${p.problem}`,
    en: (p) => `Unexpected format from Kolada – ${p.problem}`,
  },
  'kolada.kpi_not_cached': {
    sv: (p) => `Nyckeltalet ${p.id} finns inte i Styrbords Kolada-cache; hämta eller importera det först.`,
    en: (p) => `The key figure ${p.id} is not in Styrbord's Kolada cache; fetch or import it first.`,
  },
  'kolada.import_no_answers': { sv: 'Filen innehåller inga Kolada-svar.', en: 'The file contains no Kolada answers.' },
  'kolada.kpi_id_format': { sv: 'Nyckeltals-id som N35001', en: 'A key figure id like N35001' },
  'kolada.municipality_format': { sv: 'Kommunkod som 0580', en: 'A municipality code like 0580' },
  'kolada.give_municipality_or_group': {
    sv: 'Ange minst en kommun eller en jämförelsegrupp.',
    en: 'Give at least one municipality or one benchmark group.',
  },
  'kolada.group_code_format': { sv: 'Kod med bokstäver, siffror, punkt, bindestreck', en: 'A code of letters, digits, full stop, hyphen' },
  'kolada.municipality_four_digits': { sv: 'Kommunkod med fyra siffror', en: 'A municipality code of four digits' },
} satisfies Catalogue;
