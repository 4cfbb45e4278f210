import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { useI18n, useTitle } from '../../i18n.ts';
import { goalsPages, goalsPath, type GoalsPage } from './types.ts';
import { useCommittees } from '../../hooks/committees.ts';
import { PeriodPicker } from '../../components/PeriodForm.tsx';

export function useCommitteeName(code: string): string {
  const committees = useCommittees();
  return committees.data?.find((c) => c.code === code)?.name ?? code;
}

/** One heading and the goal tabs (links) for a committee; the page's own content follows. */
export function GoalsLayout(props: { code: string; page: GoalsPage | null; year: number; heading?: string; children: ReactNode }) {
  const { t } = useI18n();
  const g = t.goals;
  const name = useCommitteeName(props.code);
  const pageName = props.heading ?? (props.page ? g.tabs[props.page] : g.title);
  useTitle(g.pageTitle(pageName, name));
  return (
    <div className="goals">
      <h1>
        {pageName}{' '}
        <span className="h1-sub">
          – {name} <span className="code">({props.code})</span>
        </span>
      </h1>
      <nav aria-label={g.tabsLabel(name)} className="economy-tabs goals-tabs">
        <ul>
          <li>
            <NavLink to={`/namnd/${encodeURIComponent(props.code)}`} end>
              {g.committeeLink}
            </NavLink>
          </li>
          {goalsPages.map((p) => (
            <li key={p}>
              <NavLink to={goalsPath(props.code, p, { ar: props.year })} end>
                {g.tabs[p]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {props.children}
    </div>
  );
}

interface PeriodProps {
  year: number;
  month: number | null;
  withMonth?: boolean;
  onChange: (year: number, month: number | null) => void;
}

/** The goals' picker: a cut-off month, or the whole year. */
export function GoalsPeriodForm({ year, month, withMonth = true, onChange }: PeriodProps) {
  const { t } = useI18n();
  const p = t.goals.periodForm;
  return (
    <PeriodPicker
      year={year}
      month={month}
      monthOptions={withMonth ? t.goals.months.map((name, i) => ({ value: i + 1, label: p.through(name) })) : undefined}
      texts={{ year: p.year, month: p.month, noMonth: p.wholeYear, show: p.show }}
      onChange={onChange}
    />
  );
}
