import { useSearchParams } from 'react-router-dom';

/** The page's year and month live in the URL (?ar=2024&manad=10), so a view can be linked and reloaded. */
export function usePeriodParams(defaultYear: number): {
  year: number;
  month: number | null;
  setPeriod: (year: number, month: number | null) => void;
} {
  const [params, setParams] = useSearchParams();
  const rawYear = Number(params.get('ar'));
  const year = Number.isInteger(rawYear) && rawYear >= 1990 && rawYear <= 2100 ? rawYear : defaultYear;
  const rawMonth = Number(params.get('manad'));
  const month = Number.isInteger(rawMonth) && rawMonth >= 1 && rawMonth <= 12 ? rawMonth : null;
  const setPeriod = (y: number, m: number | null) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('ar', String(y));
      if (m === null) next.delete('manad');
      else next.set('manad', String(m));
      return next;
    });
  };
  return { year, month, setPeriod };
}

export const currentYear = (): number => new Date().getFullYear();
