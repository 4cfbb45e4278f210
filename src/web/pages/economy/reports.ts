import { useQuery } from '@tanstack/react-query';
import { api, qs } from '../../api.ts';
import { economyKeys } from '../../query-keys.ts';
import { economyApi, type AccuracyReport, type BudgetReport, type FollowUpReport } from './types.ts';

/**
 * The economy's read models for one committee and year, each under its query key; `enabled`
 * waits for the period (the committee's default year) to be known.
 */
export const useBudgetReport = (code: string, year: number, enabled: boolean) =>
  useQuery({
    queryKey: economyKeys.budget(code, year),
    queryFn: () => api.get<BudgetReport>(`${economyApi(code, 'budget')}${qs({ year })}`),
    enabled,
  });

export const useAccuracyReport = (code: string, year: number, enabled: boolean) =>
  useQuery({
    queryKey: economyKeys.accuracy(code, year),
    queryFn: () => api.get<AccuracyReport>(`${economyApi(code, 'accuracy')}${qs({ year })}`),
    enabled,
  });

/** Without a month the report is for the latest month with outcome. */
export const useFollowUpReport = (code: string, year: number, month: number | null, enabled: boolean) =>
  useQuery({
    queryKey: economyKeys.followUp(code, year, month),
    queryFn: () => api.get<FollowUpReport>(`${economyApi(code, 'follow-up')}${qs({ year, month })}`),
    enabled,
  });
