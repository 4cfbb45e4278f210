import ExcelJS from 'exceljs';
import type { ImportIssue } from '../../../core/errors.ts';
import { required } from '../../../core/required.ts';
import { parseSwedishAmount } from '../../../core/amount.ts';
import { mapColumns, mappedRows } from '../../../files/columns.ts';
import type { Table } from '../../../files/table-file.ts';
import { QUALITATIVE_LABEL, type EffectKind, type Measure, type Qualitative, type Vocabulary } from '../model.ts';

/**
 * The spreadsheet template of a plan version: a sheet of measures, a sheet of effects (one row per
 * measure, year and kind), and a sheet of the allowed values. Reading it back is validated here,
 * purely, naming file, row, column and reason for every problem.
 */
export const MEASURE_SHEET = 'Åtgärder';
export const EFFECT_SHEET = 'Effekter';
export const LIST_SHEET = 'Listor';

export const MEASURE_COLUMNS = [
  'Nr',
  'Åtgärd',
  'Beskrivning',
  'Område',
  'Målgrupp',
  'Verksamheter',
  'Ansvarig',
  'Status',
  'Helårseffekt min (kr)',
  'Helårseffekt max (kr)',
  'Medborgarperspektiv',
  'Verksamhetsperspektiv',
  'Barnperspektiv',
  'Koppling till mål',
  'Beslut',
  'Källa',
] as const;
export const EFFECT_COLUMNS = [
  'Nr',
  'År',
  'Typ',
  'Belopp min (kr)',
  'Belopp max (kr)',
  'Delårseffekt',
  'Kvalitativ bedömning',
  'Not',
] as const;
type MeasureColumn = (typeof MEASURE_COLUMNS)[number];
type EffectColumn = (typeof EFFECT_COLUMNS)[number];

export const KIND_TEXT: Record<EffectKind, string> = { reduction: 'kostnadsreducering', implementation_cost: 'genomförandekostnad' };
const QUALITATIVE_TEXT: Record<Qualitative, string> = {
  no_economic_effect: 'ingen ekonomisk effekt',
  market_dependent: 'marknadsberoende',
  other: 'annan',
};

export interface TemplateContext {
  planTitle: string;
  versionLabel: string;
  years: readonly number[];
  vocabulary: Vocabulary;
  activities: readonly { id: number; code: string; name: string }[];
}

const yesNo = (b: boolean) => (b ? 'ja' : 'nej');

/** An empty template, or one filled with the version's measures and effects. */
export async function buildTemplate(context: TemplateContext, measures: readonly Measure[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styrbord';
  const activityCode = new Map(context.activities.map((a) => [a.id, a.code]));
  const label = (terms: Vocabulary['areas'], code: string | null) =>
    code === null ? '' : (terms.find((t) => t.code === code)?.label ?? code);

  const ms = workbook.addWorksheet(MEASURE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ms.addRow([...MEASURE_COLUMNS]).font = { bold: true };
  for (const m of measures) {
    ms.addRow([
      m.code,
      m.title,
      m.description,
      label(context.vocabulary.areas, m.areaCode),
      label(context.vocabulary.targetGroups, m.targetGroupCode),
      m.activityIds
        .map((id) => activityCode.get(id) ?? '')
        .filter(Boolean)
        .join(', '),
      m.owner,
      label(context.vocabulary.statuses, m.statusCode),
      m.fullYearMin ?? '',
      m.fullYearMax !== null && m.fullYearMax !== m.fullYearMin ? m.fullYearMax : '',
      m.consequenceCitizen,
      m.consequenceOperations,
      m.consequenceChild,
      m.goalLinks.join('; '),
      m.decisionRef ?? '',
      m.sourceNote ?? '',
    ]);
  }
  MEASURE_COLUMNS.forEach((c, i) => {
    ms.getColumn(i + 1).width = ['Åtgärd', 'Beskrivning', 'Medborgarperspektiv', 'Verksamhetsperspektiv', 'Barnperspektiv'].includes(c)
      ? 40
      : 18;
  });

  const es = workbook.addWorksheet(EFFECT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  es.addRow([...EFFECT_COLUMNS]).font = { bold: true };
  for (const m of measures) {
    for (const e of m.effects) {
      es.addRow([
        m.code,
        e.year,
        KIND_TEXT[e.kind],
        e.amountMin ?? '',
        e.amountMax !== null && e.amountMax !== e.amountMin ? e.amountMax : '',
        yesNo(e.isPartialYear),
        e.qualitative ? QUALITATIVE_TEXT[e.qualitative] : '',
        e.note,
      ]);
    }
  }
  EFFECT_COLUMNS.forEach((_, i) => {
    es.getColumn(i + 1).width = i === 7 ? 40 : 18;
  });
  // formats and drop-down lists reach 200 rows below the data; the limit is fixed before the
  // loop because touching a cell adds its row
  // room for 200 new rows below the filled ones, counted before the lists sheet is added
  const msLimit = ms.rowCount + 200;
  const esLimit = es.rowCount + 200;
  const limitOf = (sheet: ExcelJS.Worksheet) => (sheet === ms ? msLimit : esLimit);
  for (const sheet of [ms, es]) {
    for (let r = 2; r <= limitOf(sheet); r++) {
      for (const col of sheet === ms ? ['I', 'J'] : ['D', 'E']) sheet.getCell(`${col}${r}`).numFmt = '#,##0';
    }
  }

  const lists = workbook.addWorksheet(LIST_SHEET);
  const columns: [string, string[]][] = [
    ['Område', context.vocabulary.areas.filter((t) => t.active).map((t) => t.label)],
    ['Målgrupp', context.vocabulary.targetGroups.filter((t) => t.active).map((t) => t.label)],
    ['Status', context.vocabulary.statuses.filter((t) => t.active).map((t) => t.label)],
    ['Typ', Object.values(KIND_TEXT)],
    ['Kvalitativ bedömning', Object.values(QUALITATIVE_TEXT)],
    ['År', context.years.map(String)],
    ['Verksamheter (kod)', context.activities.map((a) => a.code)],
    ['Verksamhet', context.activities.map((a) => a.name)],
  ];
  lists.addRow(columns.map(([h]) => h)).font = { bold: true };
  const height = Math.max(...columns.map(([, v]) => v.length));
  for (let i = 0; i < height; i++) lists.addRow(columns.map(([, v]) => v[i] ?? ''));
  columns.forEach((_, i) => {
    lists.getColumn(i + 1).width = 28;
  });
  const listRange = (index: number) => {
    const letter = String.fromCharCode(65 + index);
    const values = required(columns[index], `listkolumn ${index}`)[1];
    return `${LIST_SHEET}!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  };
  const validate = (sheet: ExcelJS.Worksheet, column: string, formula: string) => {
    for (let r = 2; r <= limitOf(sheet); r++) {
      sheet.getCell(`${column}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true };
    }
  };
  validate(ms, 'D', listRange(0));
  validate(ms, 'E', listRange(1));
  validate(ms, 'H', listRange(2));
  validate(es, 'C', listRange(3));
  validate(es, 'F', '"ja,nej"');
  validate(es, 'G', listRange(4));

  const help = workbook.addWorksheet('Anvisning');
  for (const line of [
    `${context.planTitle} – ${context.versionLabel}`,
    `Planperiod: ${context.years[0]}–${context.years.at(-1)}`,
    'Bladet Åtgärder: en rad per åtgärd; Nr identifierar åtgärden mellan versioner. Område, målgrupp och status väljs ur bladet Listor.',
    'Verksamheter: koder ur bladet Listor, åtskilda med komma. Koppling till mål: åtskilda med semikolon.',
    'Bladet Effekter: en rad per åtgärd, år och typ. Belopp i hela kronor; ett exakt belopp anges bara i Belopp min, ett intervall i båda kolumnerna.',
    'Utan belopp anges en kvalitativ bedömning (ingen ekonomisk effekt, marknadsberoende eller annan med not).',
    'Uppladdningen ersätter versionens åtgärder och effekter helt. Hittas ett fel ändras ingenting.',
  ])
    help.addRow([line]);
  help.getColumn(1).width = 120;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Reading back

export interface TemplateMeasure {
  row: number;
  code: string;
  title: string;
  description: string;
  areaCode: string;
  targetGroupCode: string | null;
  activityIds: number[];
  owner: string;
  statusCode: string;
  fullYearMin: number | null;
  fullYearMax: number | null;
  consequenceCitizen: string;
  consequenceOperations: string;
  consequenceChild: string;
  goalLinks: string[];
  decisionRef: string | null;
  sourceNote: string | null;
  sortOrder: number;
}

export interface TemplateEffect {
  row: number;
  code: string;
  year: number;
  kind: EffectKind;
  amountMin: number | null;
  amountMax: number | null;
  isPartialYear: boolean;
  qualitative: Qualitative | null;
  note: string;
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
