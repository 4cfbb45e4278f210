/** The economy API's answers, typed by the server modules that build them (types only; nothing is bundled). */
export type { BudgetReport } from '../../../modules/economy/budget-report.ts';
export type { FollowUpReport } from '../../../modules/economy/follow-up-report.ts';
export type { AccuracyReport } from '../../../modules/economy/accuracy-report.ts';
export type { SummaryFigures, SummaryRow } from '../../../modules/economy/follow-up.ts';
export type { ForecastRow } from '../../../modules/economy/store-follow-up.ts';

export type EconomyPage = 'budget' | 'followUp' | 'accuracy';

/** Paths are Swedish, like the rest of the web UI. */
export const economyPaths: Record<EconomyPage, string> = {
  budget: 'budget',
  followUp: 'uppfoljning',
  accuracy: 'prognossakerhet',
};

export function economyPath(code: string, page: EconomyPage, params: Record<string, number | undefined> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) sp.set(k, String(v));
  const q = sp.toString();
  return `/namnd/${encodeURIComponent(code)}/ekonomi/${economyPaths[page]}${q ? `?${q}` : ''}`;
}

export function economyApi(code: string, what: string): string {
  return `/api/committees/${encodeURIComponent(code)}/economy/${what}`;
}
