/** Strings of the charter (reglemente) page; the English dictionary has the same keys. */
export const charterSv = {
  charter: {
    title: 'Reglemente – vem ansvarar?',
    formTitle: 'Fråga',
    law: 'Lag',
    chooseLaw: 'Välj lag',
    age: 'Ålder (år)',
    intervention: 'Insats',
    targetGroup: 'Målgrupp',
    date: 'Datum',
    lookup: 'Sök ansvarig nämnd',
    resultTitle: 'Svar',
    responsible: 'Ansvarig nämnd',
    rule: 'Regel',
    found: (c: string) => `Ansvarig nämnd: ${c}`,
    ambiguous: 'Reglementet är inte entydigt: flera lika specifika regler pekar på olika nämnder.',
    none: 'Ingen regel i reglementet matchar frågan.',
    candidates: 'Andra regler som matchar',
    rulesCaption: (d: string) => `Regler som gäller per ${d}`,
    ageBand: 'Ålder',
    any: 'alla',
    years: (min: number | null, max: number | null) =>
      min !== null && max !== null
        ? `${min}–${max} år`
        : min !== null
          ? `${min} år och äldre`
          : max !== null
            ? `upp till ${max} år`
            : 'alla',
  },
};

export type CharterDict = typeof charterSv;

export const charterEn = {
  charter: {
    title: 'Charter – who is responsible?',
    formTitle: 'Question',
    law: 'Law',
    chooseLaw: 'Choose law',
    age: 'Age (years)',
    intervention: 'Intervention',
    targetGroup: 'Target group',
    date: 'Date',
    lookup: 'Find responsible committee',
    resultTitle: 'Answer',
    responsible: 'Responsible committee',
    rule: 'Rule',
    found: (c) => `Responsible committee: ${c}`,
    ambiguous: 'The charter is ambiguous: several equally specific rules name different committees.',
    none: 'No rule in the charter matches the question.',
    candidates: 'Other matching rules',
    rulesCaption: (d) => `Rules valid on ${d}`,
    ageBand: 'Age',
    any: 'all',
    years: (min, max) =>
      min !== null && max !== null
        ? `${min}–${max} years`
        : min !== null
          ? `${min} years and older`
          : max !== null
            ? `up to ${max} years`
            : 'all',
  },
} satisfies CharterDict;
