import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { useI18n, useTitle } from '../../i18n.ts';
import { economyPages, economyPath, type EconomyPage } from './types.ts';
import { useCommittees } from '../../hooks/committees.ts';

/** One heading and the economy tabs (links) for a committee; the page's own content follows. */
export function EconomyLayout({ code, page, year, children }: { code: string; page: EconomyPage; year: number; children: ReactNode }) {
  const { t } = useI18n();
  const committees = useCommittees();
  const committee = committees.data?.find((c) => c.code === code);
  const name = committee?.name ?? code;
  const pageName = t.economy.tabs[page];
  useTitle(t.economy.pageTitle(pageName, name));
  // the other pages share a year; forecast accuracy looks back at a finished year
  const yearFor = (p: EconomyPage) => (p === 'accuracy' ? (page === 'accuracy' ? year : year - 1) : page === 'accuracy' ? year + 1 : year);
  return (
    <>
      <h1>
        {pageName}{' '}
        <span className="h1-sub">
          – {name} <span className="code">({code})</span>
        </span>
      </h1>
      <nav aria-label={t.economy.tabsLabel(name)} className="economy-tabs">
        <ul>
          <li>
            <NavLink to={`/namnd/${encodeURIComponent(code)}`} end>
              {t.economy.committeeLink}
            </NavLink>
          </li>
          {economyPages.map((p) => (
            <li key={p}>
              <NavLink to={economyPath(code, p, { ar: yearFor(p) })}>{t.economy.tabs[p]}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
