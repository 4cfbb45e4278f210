import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n.ts';
import { economyPages, economyPath } from './types.ts';

/** The committee page's way into its economy: budget and follow-up for the page's year, accuracy for the year before. */
export function EconomyNavLinks({ code, year }: { code: string; year: number }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <nav className="economy-links" aria-labelledby={id}>
      <h2 id={id}>{t.economy.area}</h2>
      <ul>
        {economyPages.map((p) => (
          <li key={p}>
            <Link to={economyPath(code, p, { ar: p === 'accuracy' ? year - 1 : year })}>{t.economy.tabs[p]}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
