/**
 * The catalogue of messages a caller may see in an error, keyed by a stable code, in Swedish and
 * English. An AppError made from a key answers in the caller's language (the API: the request's
 * Accept-Language; the CLI: LANG), Swedish by default. Browser-safe: plain data, no I/O.
 * The texts live one file per area in ./messages/; this file merges them and renders them.
 */
import { actionPlans } from './messages/action-plans.ts';
import { auth } from './messages/auth.ts';
import { cli } from './messages/cli.ts';
import { economy } from './messages/economy.ts';
import { files } from './messages/files.ts';
import { goals } from './messages/goals.ts';
import { organisation } from './messages/organisation.ts';
import { request } from './messages/request.ts';
import { things } from './messages/things.ts';
import type { Catalogue, Language, Text } from './messages/types.ts';

export type { Language } from './messages/types.ts';
export const DEFAULT_LANGUAGE: Language = 'sv';

/** What a message names; a part may itself be a message, rendered in the same language. */
type Params = Record<string, string | number | Message>;

/** Each area's texts, apart so a test can check that no two areas define the same key. */
export const catalogueAreas = { request, things, auth, files, organisation, goals, economy, actionPlans, cli } satisfies Record<
  string,
  Catalogue
>;

const catalogue = {
  ...request,
  ...things,
  ...auth,
  ...files,
  ...organisation,
  ...goals,
  ...economy,
  ...actionPlans,
  ...cli,
} satisfies Catalogue;

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

/**
 * The Swedish text of a message without parameters, for a zod schema's own message: a refused
 * field is then given in the caller's language by `translate`, which knows the text.
 */
export const schemaText = (key: MessageKey): string => render({ key });

/** The Swedish texts that need no parameters, so a message written out (a zod block's) can be translated back by its text. */
const keyBySwedish = new Map<string, MessageKey>(
  (Object.entries(catalogue) as [MessageKey, Catalogue[string]][]).flatMap(([key, t]) =>
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
