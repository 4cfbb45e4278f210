import type { Catalogue } from './types.ts';

/** File imports and uploads: the summary of a refused import and the reasons of its rows. */
export const files = {
  // file imports
  'import.failed': {
    sv: (p) => `Importen avbröts och ingenting ändrades. ${p.summary}${p.more}`,
    en: (p) => `The import was stopped and nothing was changed. ${p.summary}${p.more}`,
  },
  'import.where': {
    sv: (p) => `${p.file}, rad ${p.row}, kolumn ${p.column}: ${p.reason}`,
    en: (p) => `${p.file}, row ${p.row}, column ${p.column}: ${p.reason}`,
  },
  'import.more': { sv: (p) => ` (och ${p.count} fel till)`, en: (p) => ` (and ${p.count} more)` },
  'import.unknown': { sv: 'okänt fel', en: 'unknown error' },
  'import.invalid_json': { sv: (p) => `Filen är inte giltig JSON: ${p.problem}`, en: (p) => `The file is not valid JSON: ${p.problem}` },
  // reading an uploaded file
  'files.workers_busy': {
    sv: (p) => `Filen ${p.file} kunde inte läsas in just nu: servern läser redan in ${p.count} andra filer. Försök igen om en stund.`,
    en: (p) => `The file ${p.file} could not be read just now: the server is already reading ${p.count} other files. Try again in a while.`,
  },
  'files.out_of_limits': {
    sv: (p) =>
      `Filen ${p.file} kunde inte läsas inom gränserna (${p.mb} MB minne, ${p.seconds} sekunder). Dela upp filen eller ta bort tomma rader och kolumner.`,
    en: (p) =>
      `The file ${p.file} could not be read within the limits (${p.mb} MB memory, ${p.seconds} seconds). Split the file or remove empty rows and columns.`,
  },
  'files.missing_sheet': {
    sv: (p) => `Filen ${p.file} saknar bladet "${p.sheet}" (bladen i filen: ${p.sheets}).`,
    en: (p) => `The file ${p.file} has no sheet "${p.sheet}" (the sheets in the file: ${p.sheets}).`,
  },
  'files.unknown_format': {
    sv: (p) => `Filen ${p.file} har ett okänt filformat. Använd en Excel-fil (.xlsx) eller en CSV-fil (.csv).`,
    en: (p) => `The file ${p.file} has an unknown format. Use an Excel file (.xlsx) or a CSV file (.csv).`,
  },
  'files.not_xlsx': {
    sv: (p) => `Filen ${p.file} går inte att läsa som en Excel-fil (.xlsx). Spara den som Excel-arbetsbok och försök igen.`,
    en: (p) => `The file ${p.file} cannot be read as an Excel file (.xlsx). Save it as an Excel workbook and try again.`,
  },
  'files.too_many_merged': {
    sv: (p) => `Filen ${p.file} har för många sammanfogade celler.`,
    en: (p) => `The file ${p.file} has too many merged cells.`,
  },
  'files.too_many_merged_max': {
    sv: (p) => `Filen ${p.file} har för många sammanfogade celler (mer än ${p.max}).`,
    en: (p) => `The file ${p.file} has too many merged cells (more than ${p.max}).`,
  },
  'files.csv_binary': {
    sv: (p) => `Filen ${p.file} ser inte ut som en CSV-fil (den innehåller binära data).`,
    en: (p) => `The file ${p.file} does not look like a CSV file (it contains binary data).`,
  },
  'files.send_raw': {
    sv: (p) => `Skicka filen som rå data i begäran (Content-Type ${p.first} eller ${p.second}).`,
    en: (p) => `Send the file as raw data in the request (Content-Type ${p.first} or ${p.second}).`,
  },
  'files.too_large_mb': {
    sv: (p) => `Filen${p.file ? ` ${p.file}` : ''} är större än ${p.mb} MB; så stora filer kan inte läsas in på en gång.`,
    en: (p) => `The file${p.file ? ` ${p.file}` : ''} is larger than ${p.mb} MB; files that large cannot be read at once.`,
  },
} satisfies Catalogue;
