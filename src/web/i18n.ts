import { createContext, createElement, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { accountEn, accountSv } from './i18n/account.ts';
import { actionPlansEn, actionPlansSv } from './i18n/action-plans.ts';
import { auditEn, auditSv } from './i18n/audit.ts';
import { charterEn, charterSv } from './i18n/charter.ts';
import { commonEn, commonSv } from './i18n/common.ts';
import { documentsEn, documentsSv } from './i18n/documents.ts';
import { economyEn, economySv } from './i18n/economy.ts';
import { goalsEn, goalsSv } from './i18n/goals.ts';
import { organisationEn, organisationSv } from './i18n/organisation.ts';
import { startEn, startSv } from './i18n/start.ts';
import { useStoredChoice } from './hooks/stored-choice.ts';

/** Swedish is the default language; English is a complete alternative with the same keys, one dictionary per area. */
const sv = {
  ...commonSv,
  ...startSv,
  ...organisationSv,
  ...charterSv,
  ...auditSv,
  economy: economySv,
  actionPlans: actionPlansSv,
  goals: goalsSv,
  documents: documentsSv,
  account: accountSv,
};

export type Dict = typeof sv;

const en: Dict = {
  ...commonEn,
  ...startEn,
  ...organisationEn,
  ...charterEn,
  ...auditEn,
  economy: economyEn,
  actionPlans: actionPlansEn,
  goals: goalsEn,
  documents: documentsEn,
  account: accountEn,
};

export type Lang = 'sv' | 'en';
const langs: readonly Lang[] = ['sv', 'en'];
const dictionaries: Record<Lang, Dict> = { sv, en };
const STORAGE_KEY = 'styrbord.lang';

interface I18n {
  lang: Lang;
  t: Dict;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n>({ lang: 'sv', t: sv, setLang: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useStoredChoice(STORAGE_KEY, langs, 'sv');
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

/** A code's label, or the code itself when the dictionary has none (a value newer than the UI). */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code;
}
