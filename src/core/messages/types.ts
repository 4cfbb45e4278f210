/** The shape every area's part of the message catalogue has (src/core/messages.ts merges them). */
export type Language = 'sv' | 'en';

/** A text, or a template of what the message names (a named part arrives already rendered). */
export type Text = string | ((p: Record<string, string | number>) => string);

export type Catalogue = Record<string, Record<Language, Text>>;

/** A thing named at the start of a Swedish sentence ("Nämnden finns inte."). */
export const capitalised = (s: string | number | undefined) =>
  String(s ?? '')
    .charAt(0)
    .toLocaleUpperCase('sv') + String(s ?? '').slice(1);
