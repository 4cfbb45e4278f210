/** The economy API's answers, typed by the server modules that build them (types only; nothing is bundled). */
export type { BudgetReport } from '../../../modules/budget/queries.ts';
export type { FollowUpReport } from '../../../modules/follow-up/rules/build-follow-up.ts';
export type { AccuracyReport } from '../../../modules/follow-up/queries.ts';
export type { SummaryFigures, SummaryRow } from '../../../modules/follow-up/rules/operating-summary.ts';
export type { ForecastRow } from '../../../modules/follow-up/store.ts';

export type { BudgetVersion } from '../../../modules/budget/store.ts';
export type { BudgetImportSummary } from '../../../modules/budget/files/budget-import.ts';
export type { LedgerMapping, LedgerImportSummary } from '../../../modules/ledger/store.ts';
export type { LedgerImportResult } from '../../../modules/ledger/files/ledger-import.ts';

export type EconomyPage = 'budget' | 'followUp' | 'accuracy' | 'versions' | 'periodisation' | 'ledger';

/** The economy tabs, in the order the menus show them. */
export const economyPages: readonly EconomyPage[] = ['budget', 'followUp', 'accuracy', 'versions', 'periodisation', 'ledger'];

/** Paths are Swedish, like the rest of the web UI. */
export const economyPaths: Record<EconomyPage, string> = {
  budget: 'budget',
  followUp: 'uppfoljning',
  accuracy: 'prognossakerhet',
  versions: 'budgetversioner',
  periodisation: 'periodisering',
  ledger: 'huvudbok',
};

export interface EconomyYears {
  budgetYears: number[];
  outcomeThrough: Record<string, number>;
}

export interface PeriodProfileRow {
  activityId: number;
  method: 'even' | 'custom' | 'last_year';
  weights: number[];
  version: number;
}

export function economyPath(code: string, page: EconomyPage, params: Record<string, number | undefined> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) sp.set(k, String(v));
  const q = sp.toString();
  return `/namnd/${encodeURIComponent(code)}/ekonomi/${economyPaths[page]}${q ? `?${q}` : ''}`;
}

export function economyApi(code: string, what: string): string {
  return `/api/committees/${encodeURIComponent(code)}/economy/${what}`;
}
