import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Role } from '../core/actor.ts';

/** Swedish is the default language; English is a complete alternative with the same keys. */
const sv = {
  appName: 'Styrbord',
  appTagline: 'Planering och uppföljning för nämnder',
  skipToContent: 'Hoppa till huvudinnehållet',
  mainNav: 'Huvudmeny',
  committeeNav: 'Nämnder',
  nav: { start: 'Start', organisation: 'Organisation', charter: 'Reglemente', audit: 'Ändringslogg' },
  language: 'Språk',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  signedInAs: 'Inloggad som',
  signOut: 'Logga ut',
  loading: 'Laddar …',
  ended: 'upphört',
  roles: { admin: 'administratör', controller: 'controller', reader: 'läsare', auditor: 'revisor' } satisfies Record<Role, string>,
  asOf: 'Per datum',
  show: 'Visa',
  validity: 'Giltighet',
  fromWord: 'från',
  validFromTo: (from: string, to: string | null) => (to ? `${from} – ${to}` : `från ${from}`),
  source: 'Källa',
  code: 'Kod',
  name: 'Namn',
  varav: 'varav',
  noAccess: 'Du har inte behörighet att se den här sidan.',
  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Det finns ingen sida på den här adressen.',
  start: {
    title: 'Välkommen till Styrbord',
    intro:
      'Styrbord är ett styr- och uppföljningssystem för kommunala nämnder inom välfärden. Demon visar Linköpings kommun med verklig, offentlig organisation: nämnder, förvaltningar, verksamheter och reglementets ansvarsfördelning – daterat, så att du kan se hur det såg ut före och efter omorganisationen 1 januari 2024.',
    whatTitle: 'Vad du tittar på',
    what: [
      'Organisation: kommunen, förvaltningar, nämnder och deras verksamhetsträd vid valfritt datum.',
      'Nämnder: en nämnds verksamheter; behöriga användare kan byta namn på en verksamhet.',
      'Reglemente: vilken nämnd ansvarar för en insats enligt en viss lag, för en viss ålder, ett visst datum?',
      'Ändringslogg: vem ändrade vad och när (för administratör och revisor).',
    ],
    loginTitle: 'Logga in',
    username: 'Användarnamn',
    password: 'Lösenord',
    signIn: 'Logga in',
    signingIn: 'Loggar in …',
    demoTitle: 'Demokonton',
    demoCaption: 'Demokonton – alla har lösenordet nedan',
    role: 'Roll',
    description: 'Beskrivning',
    action: 'Åtgärd',
    useAccount: (u: string) => `Logga in som ${u}`,
    welcome: (name: string) => `Du är inloggad som ${name}.`,
    continueTo: 'Fortsätt till',
  },
  org: {
    title: 'Organisation',
    municipality: 'Kommun',
    administrations: 'Förvaltningar',
    committees: 'Nämnder',
    providers: 'Utförare',
    activities: 'Verksamheter',
    noActivities: 'Inga verksamheter registrerade.',
    administration: 'Förvaltning',
    kind: 'Regi',
    kinds: { in_house: 'egen regi', private: 'privat' } as Record<string, string>,
    providersCaption: (d: string) => `Utförare per ${d}`,
    none: 'Inget giltigt per detta datum.',
    summary: (a: number, c: number, p: number) => `${a} förvaltningar, ${c} nämnder och ${p} utförare gäller per detta datum.`,
  },
  committee: {
    title: (name: string) => name,
    activitiesCaption: (d: string) => `Verksamheter per ${d}`,
    edit: 'Ändra namn',
    editLabel: (name: string) => `Ändra namn på ${name}`,
    newName: 'Nytt namn',
    save: 'Spara',
    saving: 'Sparar …',
    cancel: 'Avbryt',
    saved: (name: string) => `Sparat: ${name}`,
    reload: 'Ladda om',
    readOnly: 'Du kan läsa men inte ändra den här nämndens verksamheter.',
    notValid: 'Nämnden är inte giltig per detta datum.',
    choose: 'Välj en nämnd i menyn.',
  },
  charter: {
    title: 'Reglemente – vem ansvarar?',
    formTitle: 'Fråga',
    law: 'Lag',
    chooseLaw: 'Välj lag',
    age: 'Ålder (år)',
    intervention: 'Insats',
    targetGroup: 'Målgrupp',
    date: 'Datum',
    lookup: 'Sök ansvarig nämnd',
    resultTitle: 'Svar',
    responsible: 'Ansvarig nämnd',
    rule: 'Regel',
    found: (c: string) => `Ansvarig nämnd: ${c}`,
    ambiguous: 'Reglementet är inte entydigt: flera lika specifika regler pekar på olika nämnder.',
    none: 'Ingen regel i reglementet matchar frågan.',
    candidates: 'Andra regler som matchar',
    rulesCaption: (d: string) => `Regler som gäller per ${d}`,
    ageBand: 'Ålder',
    any: 'alla',
    years: (min: number | null, max: number | null) => (min !== null && max !== null ? `${min}–${max} år` : min !== null ? `${min} år och äldre` : max !== null ? `upp till ${max} år` : 'alla'),
  },
  audit: {
    title: 'Ändringslogg',
    filters: 'Filter',
    entityType: 'Typ av post',
    entityId: 'Post-id',
    user: 'Användare',
    from: 'Från datum',
    to: 'Till datum',
    filter: 'Filtrera',
    clear: 'Rensa',
    caption: (n: number) => `Händelser, nyast först (${n} st)`,
    time: 'Tid',
    actor: 'Användare',
    command: 'Kommando',
    entity: 'Post',
    changes: 'Ändringar',
    created: 'skapad',
    removed: 'borttagen',
    noChanges: 'inga fältändringar',
    empty: 'Inga händelser matchar filtret.',
  },
};

export type Dict = typeof sv;

const en: Dict = {
  appName: 'Styrbord',
  appTagline: 'Planning and follow-up for committees',
  skipToContent: 'Skip to main content',
  mainNav: 'Main menu',
  committeeNav: 'Committees',
  nav: { start: 'Start', organisation: 'Organisation', charter: 'Charter', audit: 'Audit log' },
  language: 'Language',
  switchLanguage: 'Svenska',
  switchLanguageLabel: 'Byt till svenska',
  signedInAs: 'Signed in as',
  signOut: 'Sign out',
  loading: 'Loading …',
  ended: 'ended',
  roles: { admin: 'administrator', controller: 'controller', reader: 'reader', auditor: 'auditor' },
  asOf: 'As of date',
  show: 'Show',
  validity: 'Validity',
  fromWord: 'from',
  validFromTo: (from, to) => (to ? `${from} – ${to}` : `from ${from}`),
  source: 'Source',
  code: 'Code',
  name: 'Name',
  varav: 'of which',
  noAccess: 'You do not have permission to see this page.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  start: {
    title: 'Welcome to Styrbord',
    intro:
      'Styrbord is a planning and follow-up system for Swedish municipal committees in the welfare sector. The demo shows the municipality of Linköping with its real, public organisation: committees, administrations, activities and the charter’s division of responsibility – dated, so you can see it before and after the reorganisation of 1 January 2024.',
    whatTitle: 'What you are looking at',
    what: [
      'Organisation: the municipality, administrations, committees and their activity trees on any date.',
      'Committees: one committee’s activities; authorised users can rename an activity.',
      'Charter: which committee is responsible for an intervention under a given law, for a given age, on a given date?',
      'Audit log: who changed what and when (for administrators and auditors).',
    ],
    loginTitle: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in …',
    demoTitle: 'Demo accounts',
    demoCaption: 'Demo accounts – all use the password below',
    role: 'Role',
    description: 'Description',
    action: 'Action',
    useAccount: (u) => `Sign in as ${u}`,
    welcome: (name) => `You are signed in as ${name}.`,
    continueTo: 'Continue to',
  },
  org: {
    title: 'Organisation',
    municipality: 'Municipality',
    administrations: 'Administrations',
    committees: 'Committees',
    providers: 'Providers',
    activities: 'Activities',
    noActivities: 'No activities registered.',
    administration: 'Administration',
    kind: 'Operated by',
    kinds: { in_house: 'in-house', private: 'private' },
    providersCaption: (d) => `Providers as of ${d}`,
    none: 'Nothing valid on this date.',
    summary: (a, c, p) => `${a} administrations, ${c} committees and ${p} providers are valid on this date.`,
  },
  committee: {
    title: (name) => name,
    activitiesCaption: (d) => `Activities as of ${d}`,
    edit: 'Rename',
    editLabel: (name) => `Rename ${name}`,
    newName: 'New name',
    save: 'Save',
    saving: 'Saving …',
    cancel: 'Cancel',
    saved: (name) => `Saved: ${name}`,
    reload: 'Reload',
    readOnly: 'You can read but not change this committee’s activities.',
    notValid: 'The committee is not valid on this date.',
    choose: 'Choose a committee in the menu.',
  },
  charter: {
    title: 'Charter – who is responsible?',
    formTitle: 'Question',
    law: 'Law',
    chooseLaw: 'Choose law',
    age: 'Age (years)',
    intervention: 'Intervention',
    targetGroup: 'Target group',
    date: 'Date',
    lookup: 'Find responsible committee',
    resultTitle: 'Answer',
    responsible: 'Responsible committee',
    rule: 'Rule',
    found: (c) => `Responsible committee: ${c}`,
    ambiguous: 'The charter is ambiguous: several equally specific rules name different committees.',
    none: 'No rule in the charter matches the question.',
    candidates: 'Other matching rules',
    rulesCaption: (d) => `Rules valid on ${d}`,
    ageBand: 'Age',
    any: 'all',
    years: (min, max) => (min !== null && max !== null ? `${min}–${max} years` : min !== null ? `${min} years and older` : max !== null ? `up to ${max} years` : 'all'),
  },
  audit: {
    title: 'Audit log',
    filters: 'Filters',
    entityType: 'Entity type',
    entityId: 'Entity id',
    user: 'User',
    from: 'From date',
    to: 'To date',
    filter: 'Filter',
    clear: 'Clear',
    caption: (n) => `Events, newest first (${n})`,
    time: 'Time',
    actor: 'User',
    command: 'Command',
    entity: 'Entity',
    changes: 'Changes',
    created: 'created',
    removed: 'removed',
    noChanges: 'no field changes',
    empty: 'No events match the filter.',
  },
};

export type Lang = 'sv' | 'en';
const dictionaries: Record<Lang, Dict> = { sv, en };
const STORAGE_KEY = 'styrbord.lang';

interface I18n {
  lang: Lang;
  t: Dict;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n>({ lang: 'sv', t: sv, setLang: () => undefined });

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, t: dictionaries[lang], setLang }), [lang, setLang]);
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Sets document.title as "<page> – Styrbord". */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Styrbord`;
  }, [title]);
}
