import type { DocumentType } from './model.ts';

/** A section in a template: written text, or a data block bound to the document's period. */
export type SectionSpec =
  { id: string; title: string; kind: 'text'; prompt: string } | { id: string; title: string; kind: 'block'; blocks: string[] };

/**
 * Default templates following the structure of the reference documents (their headings, order
 * and tables). A municipality can replace them; the ids keep written text attached to its place.
 */
export const defaultTemplates: Record<DocumentType, SectionSpec[]> = {
  internbudget: [
    { id: 'inledning', title: 'Inledning', kind: 'text', prompt: 'Nämndens uppdrag och förutsättningar inför budgetåret.' },
    { id: 'mal', title: 'Nämndens mål och indikatorer', kind: 'block', blocks: ['goals.tables'] },
    { id: 'uppdrag', title: 'Strategiska utvecklingsuppdrag', kind: 'block', blocks: ['goals.assignments'] },
    { id: 'ekonomi', title: 'Ekonomi', kind: 'block', blocks: ['economy.summary'] },
    {
      id: 'ekonomi-kommentar',
      title: 'Kommentar till nämndens ekonomi',
      kind: 'text',
      prompt: 'Ekonomiska förutsättningar, risker och åtgärder.',
    },
    { id: 'driftsammandrag', title: 'Driftsammandrag', kind: 'block', blocks: ['economy.budget-table'] },
    { id: 'atgardsplan', title: 'Beslutad åtgärdsplan', kind: 'block', blocks: ['action-plan.summary'] },
  ],
  delarsrapport: [
    { id: 'sammanfattning', title: 'Sammanfattning', kind: 'text', prompt: 'Det viktigaste om måluppfyllelse och ekonomi per brytdatum.' },
    {
      id: 'ekonomi',
      title: 'Ekonomisk uppföljning',
      kind: 'block',
      blocks: ['economy.action-plan-flag', 'economy.operating-summary', 'economy.chart.cumulative'],
    },
    { id: 'resultat', title: 'Resultaträkning', kind: 'block', blocks: ['economy.result-statement'] },
    { id: 'prognos', title: 'Analys av prognosen', kind: 'text', prompt: 'Orsaker till avvikelser och vad som görs åt dem.' },
    { id: 'atgardsplan', title: 'Uppföljning av åtgärdsplan', kind: 'block', blocks: ['action-plan.summary'] },
    { id: 'mal', title: 'Mål och indikatorer', kind: 'block', blocks: ['goals.tables'] },
    { id: 'uppdrag', title: 'Strategiska utvecklingsuppdrag', kind: 'block', blocks: ['goals.assignments'] },
  ],
  manadsrapport: [
    {
      id: 'ekonomi',
      title: 'Ekonomi',
      kind: 'block',
      blocks: ['economy.action-plan-flag', 'economy.operating-summary', 'economy.chart.cumulative'],
    },
    { id: 'kommentar', title: 'Kommentar', kind: 'text', prompt: 'Månadens avvikelser och prognosförändringar.' },
  ],
  atgardsplan: [
    {
      id: 'bakgrund',
      title: 'Bakgrund',
      kind: 'text',
      prompt: 'Varför åtgärdsplanen behövs: underskottet och kravet i ekonomistyrningsreglerna.',
    },
    { id: 'ekonomi', title: 'Ekonomiskt läge', kind: 'block', blocks: ['economy.action-plan-flag'] },
    { id: 'atgarder', title: 'Åtgärder och effekter', kind: 'block', blocks: ['action-plan.summary'] },
    { id: 'konsekvenser', title: 'Konsekvenser', kind: 'text', prompt: 'Konsekvenser för medborgare, verksamhet och barn.' },
  ],
};
