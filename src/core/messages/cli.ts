import type { Catalogue } from './types.ts';

/** What the CLI itself says: the labels of its error lines and its own refusals. */
export const cli = {
  'cli.error': { sv: (p) => `Fel: ${p.message}`, en: (p) => `Error: ${p.message}` },
  'cli.unexpected': { sv: (p) => `Oväntat fel: ${p.message}`, en: (p) => `Unexpected error: ${p.message}` },
  'cli.xlsx_needs_out': { sv: 'xlsx kräver --out FIL', en: 'xlsx needs --out FILE' },
  'cli.file_unreadable': {
    sv: (p) => `Filen ${p.file} går inte att läsa (finns den?).`,
    en: (p) => `The file ${p.file} cannot be read (does it exist?).`,
  },
  'cli.file_missing': { sv: (p) => `Filen ${p.file} finns inte.`, en: (p) => `The file ${p.file} does not exist.` },
  'cli.passwords_differ': { sv: 'Lösenorden är inte lika.', en: 'The passwords are not the same.' },
  'cli.no_local_account': {
    sv: (p) => `Det finns inget lokalt konto ${p.username}.`,
    en: (p) => `There is no local account ${p.username}.`,
  },
  'cli.unknown_role': { sv: (p) => `Okänd roll ${p.role}; välj ${p.roles}.`, en: (p) => `Unknown role ${p.role}; choose ${p.roles}.` },
  'cli.username_format': {
    sv: 'Användarnamnet får bara innehålla a–z, 0–9, punkt, understreck och bindestreck (2–64 tecken).',
    en: 'The user name may only contain a–z, 0–9, full stop, underscore and hyphen (2–64 characters).',
  },
  'cli.account_exists': { sv: (p) => `Det finns redan ett konto ${p.name}.`, en: (p) => `There is already an account ${p.name}.` },
  'cli.backup_tampered': {
    sv: (p) => `Ändringsloggen i säkerhetskopian har manipulerats: ${p.problem}`,
    en: (p) => `The audit log in the backup has been tampered with: ${p.problem}`,
  },
  'cli.pglite_no_roles': {
    sv: 'PGlite har inga databasroller: körrollen finns bara med PostgreSQL (DATABASE_URL).',
    en: 'PGlite has no database roles: the runtime role exists only with PostgreSQL (DATABASE_URL).',
  },
} satisfies Catalogue;
