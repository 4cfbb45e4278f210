import ExcelJS from 'exceljs';
import { required } from '../../../core/required.ts';
import type { EffectKind, Measure, Qualitative, Vocabulary } from '../model.ts';

/**
 * The spreadsheet template of a plan version: a sheet of measures, a sheet of effects (one row per
 * measure, year and kind), and a sheet of the allowed values. Reading it back: template-rows.ts.
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
export type MeasureColumn = (typeof MEASURE_COLUMNS)[number];
export type EffectColumn = (typeof EFFECT_COLUMNS)[number];

export const KIND_TEXT: Record<EffectKind, string> = { reduction: 'kostnadsreducering', implementation_cost: 'genomförandekostnad' };
export const QUALITATIVE_TEXT: Record<Qualitative, string> = {
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
