import type { Queryable } from '../db/connection.ts';
import { AppError } from '../core/errors.ts';
import { required } from '../core/required.ts';
import { formatMnkr } from '../core/format.ts';
import { getCommitteeByCode, getMunicipality } from '../modules/organisation/store.ts';
import { documentTypeNames, type DocumentFinding, type DocumentType, type RenderModel, type RenderSection } from './model.ts';
import { defaultTemplates, type SectionSpec } from './templates.ts';
import { blockDefinitions } from './blocks/all.ts';
import type { BlockResult } from './blocks/registry.ts';
import { monthName } from '../core/months.ts';

export interface WrittenText {
  paragraphs: { type: 'p' | 'li'; text: string }[];
  status: 'draft' | 'done';
}

export interface AssembleInput {
  type: DocumentType;
  committeeCode: string;
  year: number;
  month: number | null;
  sections?: SectionSpec[];
  texts?: ReadonlyMap<string, WrittenText>;
  decision?: RenderModel['decision'];
}

const needsMonth: DocumentType[] = ['delarsrapport', 'manadsrapport'];

/**
 * A document as a view of the data plus the text people wrote: every data block is rendered from
 * stored facts, every table is checked, and figures printed in two tables are compared.
 */
export async function assembleDocument(db: Queryable, input: AssembleInput): Promise<RenderModel> {
  if (needsMonth.includes(input.type) && input.month === null) {
    throw new AppError('validation', `En ${documentTypeNames[input.type].toLowerCase()} gäller en brytmånad; ange månad.`, {
      fields: [{ field: 'month', message: 'Krävs' }],
    });
  }
  // one after the other: inside a transaction the queries share one connection
  const municipality = await getMunicipality(db);
  const committee = await getCommitteeByCode(db, input.committeeCode);
  const ctx = { db, committeeCode: committee.code, year: input.year, month: input.month };
  const sections: RenderSection[] = [];
  const findings: DocumentFinding[] = [];
  const keyFigures: { sectionId: string; key: string; label: string; value: number }[] = [];

  for (const spec of input.sections ?? defaultTemplates[input.type]) {
    if (spec.kind === 'text') {
      const text = input.texts?.get(spec.id);
      sections.push({
        id: spec.id,
        title: spec.title,
        blocks: text && text.paragraphs.length > 0 ? [{ kind: 'text', paragraphs: text.paragraphs }] : [],
      });
      if (!text || text.paragraphs.length === 0)
        findings.push({ sectionId: spec.id, kind: 'text_missing', message: `Texten "${spec.title}" är inte skriven` });
      else if (text.status !== 'done')
        findings.push({ sectionId: spec.id, kind: 'text_not_done', message: `Texten "${spec.title}" är inte markerad som klar` });
      continue;
    }
    const section: RenderSection = { id: spec.id, title: spec.title, blocks: [] };
    for (const type of spec.blocks) {
      const definition = blockDefinitions.get(type);
      if (!definition) throw new AppError('validation', `Okänt datablock ${type} i avsnittet ${spec.title}.`);
      let result: BlockResult;
      try {
        result = await definition.render(ctx);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'not_found') throw err;
        // missing data is a finding for the author, not a failure of the whole document
        result = {
          blocks: [{ kind: 'text', paragraphs: [{ type: 'p', text: `Uppgifter saknas: ${err.message}` }] }],
          findings: [{ kind: 'missing_data', message: err.message }],
        };
      }
      section.blocks.push(...result.blocks);
      findings.push(...result.findings.map((f) => ({ sectionId: spec.id, ...f })));
      keyFigures.push(...(result.keyFigures ?? []).map((k) => ({ sectionId: spec.id, ...k })));
    }
    sections.push(section);
  }

  for (const key of new Set(keyFigures.map((k) => k.key))) {
    const same = keyFigures.filter((k) => k.key === key);
    if (new Set(same.map((k) => k.value)).size > 1) {
      findings.push({
        sectionId: required(same[0], `nyckeltalet ${key}`).sectionId,
        kind: 'tables_disagree',
        message: `Samma belopp skiljer sig mellan tabellerna: ${same.map((k) => `${k.label} ${formatMnkr(k.value)}`).join(', ')}`,
      });
    }
  }

  const period = input.month === null ? String(input.year) : `${monthName(input.month)} ${input.year}`;
  return {
    type: input.type,
    title: `${documentTypeNames[input.type]} ${period}`,
    municipality: municipality.name,
    committee: { code: committee.code, name: committee.name },
    period: { year: input.year, month: input.month },
    decision: input.decision ?? null,
    sections,
    findings,
  };
}
