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
} satisfies Catalogue;
