import { useSearchParams } from 'react-router-dom';
import { formatDate } from '../core/format.ts';

const isoPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Swedish time, as YYYY-MM-DD. */
export function today(): string {
  return formatDate(new Date());
}

/** The page's "as of" date lives in the URL (?datum=), so a view can be linked and reloaded. */
export function useAsOf(): [string, (date: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('datum');
  const asOf = raw && isoPattern.test(raw) ? raw : today();
  const setAsOf = (date: string) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (date && isoPattern.test(date)) next.set('datum', date);
      else next.delete('datum');
      return next;
    });
  };
  return [asOf, setAsOf];
}

export function isValidOn(item: { validFrom: string; validTo: string | null }, date: string): boolean {
  return item.validFrom <= date && (item.validTo === null || item.validTo >= date);
}
