import type { Catalogue } from './types.ts';

/**
 * What a "not found" or "changed by someone else" message names, as it reads inside a sentence
 * (the Swedish in its definite form, lower case; the not-found sentence capitalises it).
 */
export const things = {
  'thing.municipality': { sv: 'kommunen', en: 'the municipality' },
  'thing.municipality_code': { sv: (p) => `kommunen ${p.code}`, en: (p) => `municipality ${p.code}` },
  'thing.committee': { sv: 'nämnden', en: 'the committee' },
  'thing.committee_code': { sv: (p) => `nämnden ${p.code}`, en: (p) => `committee ${p.code}` },
  'thing.administration': { sv: 'förvaltningen', en: 'the administration' },
  'thing.activity': { sv: 'verksamheten', en: 'the activity' },
  'thing.settings': { sv: 'inställningarna', en: 'the settings' },
  'thing.charter_rule': { sv: 'regeln', en: 'the rule' },
  // economy
  'thing.budget_version': { sv: 'budgetversionen', en: 'the budget version' },
  'thing.budget_frame': { sv: 'ramen', en: 'the budget frame' },
  'thing.monthly_profile': { sv: 'periodiseringen', en: 'the monthly profile' },
  'thing.forecast': { sv: 'prognosen', en: 'the forecast' },
  'thing.mapping_rule': { sv: 'mappningsregeln', en: 'the mapping rule' },
  // action plans
  'thing.action_plan': { sv: 'åtgärdsplanen', en: 'the action plan' },
  'thing.action_plan_version': { sv: 'versionen av åtgärdsplanen', en: 'the version of the action plan' },
  'thing.measure': { sv: 'åtgärden', en: 'the measure' },
  'thing.measure_status': { sv: 'åtgärdens status', en: "the measure's status" },
  'thing.effect': { sv: 'effekten', en: 'the effect' },
  'thing.realised_outcome': { sv: 'det realiserade utfallet', en: 'the realised outcome' },
  'thing.vocabulary': { sv: 'ordlistan', en: 'the vocabulary' },
  // goals
  'thing.goal_area': { sv: 'målområdet', en: 'the goal area' },
  'thing.council_goal': { sv: 'kommunfullmäktiges mål', en: "the council's goal" },
  'thing.committee_goal': { sv: 'nämndmålet', en: 'the committee goal' },
  'thing.indicator': { sv: 'indikatorn', en: 'the indicator' },
  'thing.indicator_value': { sv: 'värdet', en: 'the value' },
  'thing.indicator_target': { sv: 'målet', en: 'the target' },
  'thing.benchmark_group': { sv: 'jämförelsegruppen', en: 'the benchmark group' },
  'thing.benchmark_group_code': { sv: (p) => `jämförelsegruppen ${p.code}`, en: (p) => `benchmark group ${p.code}` },
  'thing.goal_set_for_year': { sv: (p) => `målsättningen för ${p.year}`, en: (p) => `the goal set for ${p.year}` },
  'thing.target_for_year': { sv: (p) => `målet för ${p.year}`, en: (p) => `the target for ${p.year}` },
  'thing.decided_goal_set': { sv: 'den beslutade målsättningen', en: 'the decided goal set' },
  'thing.assignment': { sv: 'uppdraget', en: 'the assignment' },
  'thing.assignment_follow_up': { sv: 'uppföljningen', en: 'the follow-up' },
  // documents
  'thing.document': { sv: 'handlingen', en: 'the document' },
  'thing.document_section': { sv: 'avsnittet', en: 'the section' },
  'thing.document_template': { sv: 'mallen', en: 'the template' },
  'thing.acknowledgement': { sv: 'kvitteringen', en: 'the acknowledgement' },
  'thing.decided_version': { sv: 'den beslutade versionen', en: 'the decided version' },
} satisfies Catalogue;
