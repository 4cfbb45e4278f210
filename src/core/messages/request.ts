import { capitalised, type Catalogue } from './types.ts';

/** The request, the server, validation, rows and versions, and the database's refusals. */
export const request = {
  // the request and the server
  internal: { sv: 'Ett internt fel inträffade. Felet är loggat.', en: 'An internal error occurred. It has been logged.' },
  'internal.with_reference': {
    sv: (p) => `Ett internt fel inträffade. Felet är loggat. Ange felkod ${p.requestId} om du kontaktar support.`,
    en: (p) => `An internal error occurred. It has been logged. Quote error code ${p.requestId} if you contact support.`,
  },
  'request.wrong_media_type': { sv: 'Fel innehållstyp; skicka JSON.', en: 'Wrong content type; send JSON.' },
  'request.invalid_json': { sv: 'Felaktig JSON i begäran.', en: 'Invalid JSON in the request.' },
  'request.too_large': { sv: 'Begäran är för stor.', en: 'The request is too large.' },
  'request.no_such_page': { sv: 'Sidan finns inte.', en: 'The page does not exist.' },
  'request.invalid_utf8': { sv: 'Begäran är inte giltig UTF-8.', en: 'The request is not valid UTF-8.' },
  'request.too_deep': {
    sv: (p) => `JSON-data är för djupt nästlade (högst ${p.max} nivåer).`,
    en: (p) => `The JSON is nested too deeply (at most ${p.max} levels).`,
  },
  'request.no_such_table': { sv: (p) => `Tabellen ${p.table} finns inte.`, en: (p) => `The table ${p.table} does not exist.` },
  'request.malformed': { sv: 'Felaktig begäran.', en: 'Malformed request.' },
  'request.cross_site': {
    sv: 'Begäran kom från en annan webbplats och avvisades.',
    en: 'The request came from another site and was refused.',
  },
  'params.invalid_id': {
    sv: (p) => `Ogiltigt id i adressen (${p.name}): ange ett positivt heltal.`,
    en: (p) => `Invalid id in the address (${p.name}): give a positive integer.`,
  },
  'params.no_such_id': { sv: 'Det finns inget med det id:t.', en: 'There is nothing with that id.' },

  // validation: the summary of a refused input, and the shared zod blocks' field messages
  'validation.summary': { sv: (p) => `Felaktiga uppgifter – ${p.fields}`, en: (p) => `Invalid input – ${p.fields}` },
  'field.positive_integer': { sv: 'Ska vara ett positivt heltal', en: 'Must be a positive integer' },
  'field.empty': { sv: 'Får inte vara tomt', en: 'Must not be empty' },
  'field.too_long': { sv: (p) => `Högst ${p.max} tecken`, en: (p) => `At most ${p.max} characters` },
  'field.iso_date': { sv: 'Ogiltigt datum, använd formatet ÅÅÅÅ-MM-DD', en: 'Invalid date, use the format YYYY-MM-DD' },
  'field.whole_kronor': { sv: 'Beloppet ska vara ett heltal i kronor', en: 'The amount must be a whole number of kronor' },
  'field.max_kronor': { sv: 'Beloppet får vara högst 1 000 000 000 000 kr', en: 'The amount may be at most 1 000 000 000 000 kr' },
  'field.no_such_id': { sv: 'Id:t finns inte', en: 'The id does not exist' },
  'field.required': { sv: 'Krävs', en: 'Required' },
  'field.missing': { sv: 'Saknas', en: 'Missing' },
  'field.other_committee': { sv: 'Annan nämnd', en: 'Another committee' },
  'field.total_only': { sv: 'Endast T', en: 'Only T' },
  'field.at_most_500': { sv: 'Högst 500 tecken.', en: 'At most 500 characters.' },

  // rows and versions
  // `what` is a thing (./things.ts), lower case inside a sentence, so the Swedish capitalises it here
  not_found: { sv: (p) => `${capitalised(p.what)} finns inte.`, en: (p) => `Not found: ${p.what}.` },
  stale_version: {
    sv: (p) => `Någon annan har ändrat ${p.what} sedan du öppnade den. Ladda om sidan och gör ändringen igen.`,
    en: (p) => `Someone else has changed ${p.what} since you opened it. Reload the page and make the change again.`,
  },

  // the database refused a write (src/db/errors.ts)
  'db.duplicate_key': { sv: 'Det finns redan en post med samma nyckel.', en: 'There is already a record with the same key.' },
  'db.foreign_key': {
    sv: 'Posten hänvisar till något som inte finns, eller används fortfarande av andra poster.',
    en: 'The record refers to something that does not exist, or is still used by other records.',
  },
  'db.rule_broken': {
    sv: 'Uppgifterna bryter mot en regel i databasen (t.ex. ett datum eller en gräns).',
    en: 'The data breaks a rule in the database (e.g. a date or a limit).',
  },
  'db.unstorable_character': {
    sv: 'Texten innehåller ett tecken som inte kan lagras (t.ex. NUL, \\u0000).',
    en: 'The text contains a character that cannot be stored (e.g. NUL, \\u0000).',
  },
  'db.concurrent_change': {
    sv: 'Någon annan ändrade samma uppgifter samtidigt. Försök igen.',
    en: 'Someone else changed the same data at the same time. Try again.',
  },
} satisfies Catalogue;
