import type { DocumentType } from './model.ts';

/** A section in a template: written text, or a data block bound to the document's period. */
export type SectionSpec =
  { id: string; title: string; kind: 'text'; prompt: string } | { id: string; title: string; kind: 'block'; blocks: string[] };

const text = (id: string, title: string, prompt: string): SectionSpec => ({ id, title, kind: 'text', prompt });
const block = (id: string, title: string, ...blocks: string[]): SectionSpec => ({ id, title, kind: 'block', blocks });

/** The economy of a follow-up: the action-plan requirement, the operating summary and its chart. */
const FOLLOW_UP_ECONOMY = ['economy.action-plan-flag', 'economy.operating-summary', 'economy.chart.cumulative'];

/**
 * Default templates following the structure of the reference documents (their headings, order
 * and tables). A municipality can replace them; the ids keep written text attached to its place.
 */
export const defaultTemplates: Record<DocumentType, SectionSpec[]> = {
  internbudget: [
    text('inledning', 'Inledning', 'Nämndens uppdrag och förutsättningar inför budgetåret.'),
    block('mal', 'Nämndens mål och indikatorer', 'goals.tables'),
    block('uppdrag', 'Strategiska utvecklingsuppdrag', 'goals.assignments'),
    block('ekonomi', 'Ekonomi', 'economy.summary'),
    text('ekonomi-kommentar', 'Kommentar till nämndens ekonomi', 'Ekonomiska förutsättningar, risker och åtgärder.'),
    block('driftsammandrag', 'Driftsammandrag', 'economy.budget-table'),
    block('atgardsplan', 'Beslutad åtgärdsplan', 'action-plan.summary'),
  ],
  delarsrapport: [
    text('sammanfattning', 'Sammanfattning', 'Det viktigaste om måluppfyllelse och ekonomi per brytdatum.'),
    block('ekonomi', 'Ekonomisk uppföljning', ...FOLLOW_UP_ECONOMY),
    block('resultat', 'Resultaträkning', 'economy.result-statement'),
    text('prognos', 'Analys av prognosen', 'Orsaker till avvikelser och vad som görs åt dem.'),
    block('atgardsplan', 'Uppföljning av åtgärdsplan', 'action-plan.summary'),
    block('mal', 'Mål och indikatorer', 'goals.tables'),
    block('uppdrag', 'Strategiska utvecklingsuppdrag', 'goals.assignments'),
  ],
  manadsrapport: [
    block('ekonomi', 'Ekonomi', ...FOLLOW_UP_ECONOMY),
    text('kommentar', 'Kommentar', 'Månadens avvikelser och prognosförändringar.'),
  ],
  atgardsplan: [
    text('bakgrund', 'Bakgrund', 'Varför åtgärdsplanen behövs: underskottet och kravet i ekonomistyrningsreglerna.'),
    block('ekonomi', 'Ekonomiskt läge', 'economy.action-plan-flag'),
    block('atgarder', 'Åtgärder och effekter', 'action-plan.summary'),
    text('konsekvenser', 'Konsekvenser', 'Konsekvenser för medborgare, verksamhet och barn.'),
  ],
};
