/**
 * The two tables of indicator data as files know them: the sheet names and their columns, in
 * the order the export writes them and the import reads them.
 */
export const VALUE_SHEET = 'Värden';
export const TARGET_SHEET = 'Mål';
export const VALUE_COLUMNS = [
  'Nämnd',
  'Indikator',
  'Indikatornamn',
  'År',
  'Månad',
  'Kön',
  'Värde',
  'Täljare',
  'Nämnare',
  'Preliminärt',
  'Kommentar',
] as const;
export const TARGET_COLUMNS = [
  'Nämnd',
  'Indikator',
  'Indikatornamn',
  'År',
  'Kön',
  'Måltyp',
  'Riktning',
  'Jämförelse',
  'Målvärde',
  'Jämförelsegrupp',
  'Mått',
  'Text',
] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number];
export type TargetColumn = (typeof TARGET_COLUMNS)[number];

/** Cell texts compare case- and space-insensitively. */
export const norm = (s: string) => s.trim().toLocaleLowerCase('sv');
