import type { ImportIssue } from '../../../core/errors.ts';
import { parseSwedishAmount } from '../../../core/amount.ts';
import { mapColumns, mappedRows } from '../../../files/columns.ts';
import type { Table } from '../../../files/table-file.ts';
import { QUALITATIVE_LABEL, type Effect, type EffectKind, type Measure, type Qualitative, type Vocabulary } from '../model.ts';
import {
  EFFECT_COLUMNS,
  EFFECT_SHEET,
  KIND_TEXT,
  LIST_SHEET,
  MEASURE_COLUMNS,
  MEASURE_SHEET,
  QUALITATIVE_TEXT,
  type EffectColumn,
  type MeasureColumn,
  type TemplateContext,
} from './template.ts';

/**
 * Reading a filled template back (template.ts writes it): validated purely, naming file, row,
 * column and reason for every problem.
 */
/** A measure as read from the template, on its row of the measures sheet. */
export interface TemplateMeasure extends Pick<
  Measure,
  | 'code'
  | 'title'
  | 'description'
  | 'areaCode'
  | 'targetGroupCode'
  | 'activityIds'
  | 'owner'
  | 'statusCode'
  | 'fullYearMin'
  | 'fullYearMax'
  | 'consequenceCitizen'
  | 'consequenceOperations'
  | 'consequenceChild'
  | 'goalLinks'
  | 'decisionRef'
  | 'sourceNote'
  | 'sortOrder'
> {
  row: number;
}

/** An effect as read from the template: the model's effect without a source, for the measure `code`. */
export interface TemplateEffect extends Omit<Effect, 'sourceNote'> {
  row: number;
  code: string;
}

export type TemplateResult = { ok: true; measures: TemplateMeasure[]; effects: TemplateEffect[] } | { ok: false; issues: ImportIssue[] };

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

/** The hint for a figure in tkr or mnkr, the most common mistake in a filled template. */
function kronorProblem(text: string): string {
  const parsed = parseSwedishAmount(text);
  if (!parsed.ok && parsed.reason === 'too-large') return `Beloppet ${text} är för stort.`;
  return /mnkr|tkr|kr|[.,]/i.test(text)
    ? `"${text}" är inte ett belopp i hela kronor; skriv t.ex. 8000000 för 8 mnkr.`
    : `"${text}" är inte ett belopp i hela kronor.`;
}

/** Whole kronor: digits, optionally with spaces as thousands separators; never decimals, signs or units. */
export function parseKronor(text: string): { value: number | null; problem: string | null } {
  const parsed = parseSwedishAmount(text, { negative: false });
  if (parsed.ok) return { value: parsed.value, problem: null };
  return parsed.reason === 'empty' ? { value: null, problem: null } : { value: null, problem: kronorProblem(text) };
}

const kronor = { type: 'kronor', negative: false, invalid: kronorProblem } as const;
const MEASURE_SPEC = MEASURE_COLUMNS.map((name) => (name.startsWith('Helårseffekt') ? { name, ...kronor } : { name }));
const EFFECT_SPEC = EFFECT_COLUMNS.map((name) => (name.startsWith('Belopp') ? { name, ...kronor } : { name }));

export function validateTemplate(file: string, measureTable: Table, effectTable: Table, context: TemplateContext): TemplateResult {
  const measureOptions = { file, sheet: MEASURE_SHEET };
  const effectOptions = { file, sheet: EFFECT_SHEET };
  const mc = mapColumns(measureTable[0], MEASURE_SPEC, measureOptions);
  const ec = mapColumns(effectTable[0], EFFECT_SPEC, effectOptions);
  const issues: ImportIssue[] = [...mc.issues, ...ec.issues];
  if (issues.length > 0) return { ok: false, issues };

  const term = (terms: Vocabulary['areas'], text: string) =>
    terms.find((t) => t.active && (norm(t.label) === norm(text) || norm(t.code) === norm(text)));
  const activityByCode = new Map(context.activities.map((a) => [norm(a.code), a.id]));
  const measures: TemplateMeasure[] = [];
  const seen = new Map<string, number>();

  for (const cells of mappedRows(measureTable, MEASURE_SPEC, mc, measureOptions, issues)) {
    const { row, fail } = cells;
    const get = (c: MeasureColumn) => cells.text(c);
    const before = issues.length;

    const code = get('Nr');
    if (code === '') fail('Nr', 'Nr saknas.');
    else if (!/^[A-Za-z0-9._-]{1,20}$/.test(code))
      fail('Nr', `"${code}" är inget giltigt nummer; använd högst 20 tecken a–z, siffror, punkt, bindestreck.`);
    else if (seen.has(code)) fail('Nr', `Nr ${code} finns redan på rad ${seen.get(code)}.`);
    else seen.set(code, row);

    const title = get('Åtgärd');
    if (title === '') fail('Åtgärd', 'Åtgärdens namn saknas.');
    else if (title.length > 200) fail('Åtgärd', `Namnet är ${title.length} tecken; högst 200.`);

    const area = term(context.vocabulary.areas, get('Område'));
    if (get('Område') === '') fail('Område', 'Område saknas.');
    else if (!area) fail('Område', `Okänt område "${get('Område')}"; välj ett ur bladet ${LIST_SHEET}.`);

    const groupText = get('Målgrupp');
    const group = groupText === '' ? null : term(context.vocabulary.targetGroups, groupText);
    if (groupText !== '' && !group) fail('Målgrupp', `Okänd målgrupp "${groupText}"; välj en ur bladet ${LIST_SHEET}.`);

    const status = term(context.vocabulary.statuses, get('Status'));
    if (get('Status') === '') fail('Status', 'Status saknas.');
    else if (!status) fail('Status', `Okänd status "${get('Status')}"; välj en ur bladet ${LIST_SHEET}.`);

    const activityIds: number[] = [];
    for (const part of get('Verksamheter')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const id = activityByCode.get(norm(part));
      if (id === undefined) fail('Verksamheter', `Okänd verksamhet "${part}"; använd koder ur bladet ${LIST_SHEET}.`);
      else activityIds.push(id);
    }

    const min = cells.value('Helårseffekt min (kr)');
    const max = cells.value('Helårseffekt max (kr)');
    if (get('Helårseffekt min (kr)') === '' && max !== null)
      fail('Helårseffekt min (kr)', 'Ange lägsta helårseffekt när högsta är angiven.');
    if (min !== null && max !== null && max < min) fail('Helårseffekt max (kr)', 'Högsta helårseffekt är lägre än den lägsta.');

    for (const c of ['Beskrivning', 'Medborgarperspektiv', 'Verksamhetsperspektiv', 'Barnperspektiv'] as const) {
      if (get(c).length > 4000) fail(c, `Texten är ${get(c).length} tecken; högst 4000.`);
    }
    if (get('Ansvarig').length > 200) fail('Ansvarig', 'Högst 200 tecken.');

    if (issues.length > before || !area || !status) continue;
    measures.push({
      row,
      code,
      title,
      description: get('Beskrivning'),
      areaCode: area.code,
      targetGroupCode: group?.code ?? null,
      activityIds,
      owner: get('Ansvarig'),
      statusCode: status.code,
      fullYearMin: min,
      fullYearMax: max ?? min,
      consequenceCitizen: get('Medborgarperspektiv'),
      consequenceOperations: get('Verksamhetsperspektiv'),
      consequenceChild: get('Barnperspektiv'),
      goalLinks: get('Koppling till mål')
        .split(/;|\n/)
        .map((s) => s.trim())
        .filter(Boolean),
      decisionRef: get('Beslut') || null,
      sourceNote: get('Källa') || null,
      sortOrder: measures.length * 10 + 10,
    });
  }

  const kinds = Object.entries(KIND_TEXT) as [EffectKind, string][];
  const qualitatives = Object.entries(QUALITATIVE_TEXT) as [Qualitative, string][];
  const effects: TemplateEffect[] = [];
  const effectSeen = new Map<string, number>();
  for (const cells of mappedRows(effectTable, EFFECT_SPEC, ec, effectOptions, issues)) {
    const { row, fail } = cells;
    const get = (c: EffectColumn) => cells.text(c);
    const before = issues.length;

    const code = get('Nr');
    if (code === '') fail('Nr', 'Nr saknas.');
    else if (!seen.has(code)) fail('Nr', `Det finns ingen åtgärd med Nr ${code} i bladet ${MEASURE_SHEET}.`);

    const yearText = get('År');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText)) fail('År', `"${yearText}" är inget år.`);
    else if (!context.years.includes(year))
      fail('År', `Året ${year} ligger utanför planens period ${context.years[0]}–${context.years.at(-1)}.`);

    const kindText = get('Typ');
    const kind = kinds.find(([, text]) => norm(text) === norm(kindText))?.[0] ?? null;
    if (kind === null)
      fail(
        'Typ',
        kindText === ''
          ? 'Typ saknas (kostnadsreducering eller genomförandekostnad).'
          : `Okänd typ "${kindText}"; ange kostnadsreducering eller genomförandekostnad.`,
      );

    const min = cells.value('Belopp min (kr)');
    const max = cells.value('Belopp max (kr)');
    const minEmpty = get('Belopp min (kr)') === '';
    if (minEmpty && max !== null) fail('Belopp min (kr)', 'Ange lägsta belopp när högsta är angivet.');
    if (min !== null && max !== null && max < min) fail('Belopp max (kr)', 'Högsta belopp är lägre än det lägsta.');

    const partialText = norm(get('Delårseffekt'));
    if (!['', 'ja', 'nej'].includes(partialText))
      fail('Delårseffekt', `Delårseffekt ska vara "ja" eller "nej", inte "${get('Delårseffekt')}".`);

    const qualitativeText = get('Kvalitativ bedömning');
    const qualitative =
      qualitativeText === '' ? null : (qualitatives.find(([, text]) => norm(text) === norm(qualitativeText))?.[0] ?? null);
    if (qualitativeText !== '' && qualitative === null)
      fail(
        'Kvalitativ bedömning',
        `Okänd bedömning "${qualitativeText}"; ange ${Object.values(QUALITATIVE_LABEL).slice(0, 2).join(', ')} eller annan.`,
      );
    if (minEmpty && qualitativeText === '') fail('Belopp min (kr)', 'Ange ett belopp eller en kvalitativ bedömning.');
    if (qualitative === 'other' && get('Not') === '') fail('Not', 'Bedömningen "annan" behöver en not.');
    if (get('Not').length > 1000) fail('Not', 'Högst 1000 tecken.');

    const key = `${code}\u0000${year}\u0000${kind}`;
    if (issues.length === before && effectSeen.has(key)) fail('Typ', `Samma åtgärd, år och typ finns redan på rad ${effectSeen.get(key)}.`);
    if (issues.length > before || !kind) continue;
    effectSeen.set(key, row);
    effects.push({
      row,
      code,
      year,
      kind,
      amountMin: min,
      amountMax: max ?? min,
      isPartialYear: partialText === 'ja',
      qualitative,
      note: get('Not'),
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, measures, effects };
}
