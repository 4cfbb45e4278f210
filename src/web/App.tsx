import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Route, Routes, matchPath, useLocation } from 'react-router-dom';
import { useI18n } from './i18n.ts';
import { useLogout, useMe, type Me } from './session.ts';
import { isValidOn, today } from './dates.ts';
import { ErrorMessage, Loading, NotFound } from './components/common.tsx';
import { StartPage } from './pages/start/StartPage.tsx';
import { OrganisationPage } from './pages/organisation/OrganisationPage.tsx';
import { CommitteePage } from './pages/committee/CommitteePage.tsx';
import { CharterPage } from './pages/charter/CharterPage.tsx';
import { AuditPage } from './pages/audit/AuditPage.tsx';
import { BudgetPage } from './pages/economy/BudgetPage.tsx';
import { FollowUpPage } from './pages/economy/FollowUpPage.tsx';
import { AccuracyPage } from './pages/economy/AccuracyPage.tsx';
import { VersionsPage } from './pages/economy/VersionsPage.tsx';
import { PeriodisationPage } from './pages/economy/PeriodisationPage.tsx';
import { LedgerPage } from './pages/ledger/LedgerPage.tsx';
import { economyPages, economyPath } from './pages/economy/types.ts';
import { ActionPlansArea } from './pages/action-plans/ActionPlansArea.tsx';
import { GoalsArea } from './pages/goals/GoalsArea.tsx';
import { DocumentsArea } from './pages/documents/DocumentsArea.tsx';
import { AccountPage } from './pages/account/AccountPage.tsx';
import { useCommittees } from './hooks/committees.ts';
import { MainPageLinks } from './components/MainPageLinks.tsx';

export function App() {
  const me = useMe();
  const actor = me.data ?? null;
  const mainRef = useMoveFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        <SkipText />
      </a>
      <Header actor={actor} />
      <div className="layout">
        {actor && !actor.enrolOnly && <CommitteeNav />}
        <main id="main" tabIndex={-1} ref={mainRef}>
          {me.isPending ? (
            <Loading />
          ) : me.isError ? (
            <ErrorMessage error={me.error} />
          ) : actor?.enrolOnly ? (
            // an admin who must set up TOTP sees only the account page until it is on
            <AccountPage actor={actor} />
          ) : (
            <Routes>
              <Route path="/" element={<StartPage actor={actor} />} />
              <Route path="/organisation" element={<Guard actor={actor}>{(a) => <OrganisationPage actor={a} />}</Guard>} />
              <Route path="/namnd/:code" element={<Guard actor={actor}>{(a) => <CommitteePage actor={a} />}</Guard>} />
              <Route path="/namnd/:code/ekonomi/budget" element={<Guard actor={actor}>{() => <BudgetPage />}</Guard>} />
              <Route path="/namnd/:code/ekonomi/uppfoljning" element={<Guard actor={actor}>{(a) => <FollowUpPage actor={a} />}</Guard>} />
              <Route path="/namnd/:code/ekonomi/prognossakerhet" element={<Guard actor={actor}>{() => <AccuracyPage />}</Guard>} />
              <Route
                path="/namnd/:code/ekonomi/budgetversioner"
                element={<Guard actor={actor}>{(a) => <VersionsPage actor={a} />}</Guard>}
              />
              <Route
                path="/namnd/:code/ekonomi/periodisering"
                element={<Guard actor={actor}>{(a) => <PeriodisationPage actor={a} />}</Guard>}
              />
              <Route path="/namnd/:code/ekonomi/huvudbok" element={<Guard actor={actor}>{(a) => <LedgerPage actor={a} />}</Guard>} />
              <Route path="/namnd/:code/atgardsplaner/*" element={<Guard actor={actor}>{(a) => <ActionPlansArea actor={a} />}</Guard>} />
              <Route path="/namnd/:code/mal/*" element={<Guard actor={actor}>{(a) => <GoalsArea actor={a} />}</Guard>} />
              <Route path="/namnd/:code/handlingar/*" element={<Guard actor={actor}>{(a) => <DocumentsArea actor={a} />}</Guard>} />
              <Route path="/reglemente" element={<Guard actor={actor}>{() => <CharterPage />}</Guard>} />
              <Route path="/logg" element={<Guard actor={actor}>{(a) => <AuditPage actor={a} />}</Guard>} />
              <Route path="/konto" element={<Guard actor={actor}>{(a) => <AccountPage actor={a} />}</Guard>} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          )}
        </main>
      </div>
    </>
  );
}

/** After a client-side navigation, focus moves to the new page's content, as on a full page load. */
function useMoveFocusOnNavigation() {
  const { pathname } = useLocation();
  const ref = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    ref.current?.focus();
  }, [pathname]);
  return ref;
}

function SkipText() {
  const { t } = useI18n();
  return <>{t.skipToContent}</>;
}

/** Pages behind sign-in show the start page (with the login form) to visitors. */
function Guard({ actor, children }: { actor: Me | null; children: (actor: Me) => ReactNode }) {
  if (!actor) return <StartPage actor={null} />;
  return <>{children(actor)}</>;
}

function Header({ actor }: { actor: Me | null }) {
  const { t, lang, setLang } = useI18n();
  const logout = useLogout();
  return (
    <header className="site-header">
      <div className="brand">
        <Link to="/" className="brand-name">
          {t.appName}
        </Link>
        <span className="tagline">{t.appTagline}</span>
      </div>
      {actor && !actor.enrolOnly && (
        <nav aria-label={t.mainNav} className="main-nav">
          <MainPageLinks actor={actor}>
            <li>
              <NavLink to="/" end>
                {t.nav.start}
              </NavLink>
            </li>
          </MainPageLinks>
        </nav>
      )}
      <div className="tools">
        <button
          type="button"
          className="link-button"
          lang={lang === 'sv' ? 'en' : 'sv'}
          aria-label={t.switchLanguageLabel}
          onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
        >
          {t.switchLanguage}
        </button>
        {actor && (
          <>
            <span className="who">
              {t.signedInAs} <strong>{actor.name}</strong> ({t.roles[actor.role]})
            </span>
            <NavLink to="/konto">{t.account.navTitle}</NavLink>
            <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t.signOut}
            </button>
          </>
        )}
      </div>
    </header>
  );
}

function CommitteeNav() {
  const { t } = useI18n();
  const location = useLocation();
  const committees = useCommittees();
  const datum = new URLSearchParams(location.search).get('datum');
  const search = datum ? `?datum=${datum}` : '';
  const now = today();
  const current = matchPath({ path: '/namnd/:code', end: false }, location.pathname)?.params.code;
  return (
    <nav aria-label={t.committeeNav} className="side-nav">
      <h2>{t.committeeNav}</h2>
      {committees.isPending && <Loading />}
      <ErrorMessage error={committees.error} />
      <ul>
        {committees.data?.map((c) => (
          <li key={c.id}>
            <NavLink to={{ pathname: `/namnd/${encodeURIComponent(c.code)}`, search }} end>
              {c.name}
              {!isValidOn(c, now) && c.validTo !== null && c.validTo < now && <span className="muted"> ({t.ended})</span>}
            </NavLink>
            {current === c.code && <CommitteeAreaLinks code={c.code} />}
            {current === c.code && <EconomyLinks code={c.code} year={datum ? Number(datum.slice(0, 4)) : undefined} />}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Goals and action plans of the current committee, nested under it in the side menu. */
function CommitteeAreaLinks({ code }: { code: string }) {
  const { t } = useI18n();
  const base = `/namnd/${encodeURIComponent(code)}`;
  return (
    <ul className="sub-nav" aria-label={t.committeeNav}>
      <li>
        <NavLink to={`${base}/mal`}>{t.goals.navTitle}</NavLink>
      </li>
      <li>
        <NavLink to={`${base}/atgardsplaner`}>{t.actionPlans.navTitle}</NavLink>
      </li>
      <li>
        <NavLink to={`${base}/handlingar`}>{t.documents.navTitle}</NavLink>
      </li>
    </ul>
  );
}

/** The current committee's economy pages, nested under it in the side menu. */
function EconomyLinks({ code, year }: { code: string; year: number | undefined }) {
  const { t } = useI18n();
  return (
    <ul className="sub-nav" aria-label={t.economy.economyLinks}>
      {economyPages.map((p) => (
        <li key={p}>
          <NavLink to={economyPath(code, p, { ar: year === undefined ? undefined : p === 'accuracy' ? year - 1 : year })}>
            {t.economy.tabs[p]}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
