/** The economy API's answers, typed by the server modules that build them (types only; nothing is bundled). */
export type { BudgetImportSummary, BudgetReport, BudgetVersion } from '../../../modules/budget/model.ts';
export type { AccuracyReport, FollowUpReport, ForecastRow, SummaryFigures, SummaryRow } from '../../../modules/follow-up/model.ts';
export type { LedgerImportResult, LedgerImportSummary, LedgerMapping } from '../../../modules/ledger/model.ts';

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
