import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { currentYear, usePeriodParams } from './period.ts';
import { economyApi, type EconomyYears } from '../pages/economy/types.ts';
import { economyKeys } from '../query-keys.ts';

export function useEconomyYears(code: string) {
  return useQuery({
    queryKey: economyKeys.years(code),
    queryFn: () => api.get<EconomyYears>(economyApi(code, 'years')),
    staleTime: 30_000,
  });
}

/** The latest year with a budget; the calendar year when the committee has none. */
export function latestBudgetYear(years: EconomyYears | undefined): number {
  return years?.budgetYears[0] ?? currentYear();
}

/** The latest year whose outcome runs through December: the newest year forecast accuracy can measure. */
export function latestClosedYear(years: EconomyYears | undefined): number {
  const closed = Object.entries(years?.outcomeThrough ?? {})
    .filter(([, month]) => month === 12)
    .map(([year]) => Number(year));
  return closed.length > 0 ? Math.max(...closed) : latestBudgetYear(years) - 1;
}

/** Months 1..the last month with outcome in the year (none when the year has no outcome yet). */
export function outcomeMonths(years: EconomyYears | undefined, year: number): number[] {
  const last = years?.outcomeThrough[String(year)] ?? 0;
  return Array.from({ length: last }, (_, i) => i + 1);
}

/**
 * The page's year and month from the URL, defaulting to what the committee has data for. `ready`
 * is false until the default is known, so a page does not first ask for the calendar year.
 */
export function useEconomyPeriod(code: string, pick: (years: EconomyYears | undefined) => number = latestBudgetYear) {
  const years = useEconomyYears(code);
  const [params] = useSearchParams();
  const period = usePeriodParams(pick(years.data));
  const ready = params.has('ar') || years.isSuccess || years.isError;
  return { ...period, years: years.data, ready };
}
