/**
 * The catalogue of messages a caller may see in an error, keyed by a stable code, in Swedish and
 * English. An AppError made from a key answers in the caller's language (the API: the request's
 * Accept-Language; the CLI: LANG), Swedish by default. Browser-safe: plain data, no I/O.
 */
export type Language = 'sv' | 'en';
export const DEFAULT_LANGUAGE: Language = 'sv';

/** What a message names; a part may itself be a message, rendered in the same language. */
type Params = Record<string, string | number | Message>;
type Text = string | ((p: Record<string, string | number>) => string);

const catalogue = {
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
  'request.malformed': { sv: 'Felaktig begäran.', en: 'Malformed request.' },
  'request.cross_site': {
    sv: 'Begäran kom från en annan webbplats och avvisades.',
    en: 'The request came from another site and was refused.',
  },
  'auth.sign_in_required': { sv: 'Du behöver logga in.', en: 'You need to sign in.' },
  'auth.forbidden': { sv: 'Du saknar behörighet för detta.', en: 'You do not have permission to do this.' },
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

  // rows and versions
  not_found: { sv: (p) => `${p.what} finns inte.`, en: (p) => `Not found: ${p.what}.` },
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
} satisfies Record<string, Record<Language, Text>>;

export type MessageKey = keyof typeof catalogue;

/** A message by its key, with what it names, rendered when the caller's language is known. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

export const msg = (key: MessageKey, params?: Params): Message => (params ? { key, params } : { key });

export function render(message: Message, language: Language = DEFAULT_LANGUAGE): string {
  const text: Text = catalogue[message.key][language];
  if (typeof text === 'string') return text;
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? render(value, language) : value]),
  );
  return text(params);
}

/** The Swedish texts that need no parameters, so a message written out (a zod block's) can be translated back by its text. */
const keyBySwedish = new Map<string, MessageKey>(
  (Object.entries(catalogue) as [MessageKey, Record<Language, Text>][]).flatMap(([key, t]) =>
    typeof t.sv === 'string' ? [[t.sv, key] as const] : [],
  ),
);

/** A Swedish message in the caller's language when the catalogue knows it, else as it is. */
export function translate(swedish: string, language: Language): string {
  if (language === DEFAULT_LANGUAGE) return swedish;
  const key = keyBySwedish.get(swedish);
  return key ? render({ key }, language) : swedish;
}

/** The first language of an Accept-Language header that Styrbord speaks; Swedish when none. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((p) => p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of preferred) {
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('sv')) return 'sv';
  }
  return DEFAULT_LANGUAGE;
}

/** The CLI speaks English only when the locale asks for it (LANG=en_GB.UTF-8), otherwise Swedish. */
export const languageOfLocale = (lang: string | undefined): Language => (lang?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE);
