import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { useI18n, useTitle } from '../../i18n.ts';
import { goalsPages, goalsPath, type GoalsPage } from './types.ts';
import { useCommittees } from '../../hooks/committees.ts';

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

/** Year (and cut-off month) picker; applies on submit so the page does not reload while typing. */
export function GoalsPeriodForm(props: PeriodProps) {
  return <PeriodInner key={`${props.year}-${props.month ?? ''}`} {...props} />;
}

function PeriodInner({ year, month, withMonth = true, onChange }: PeriodProps) {
  const { t } = useI18n();
  const p = t.goals.periodForm;
  const id = useId();
  const [y, setY] = useState(String(year));
  const [m, setM] = useState(month === null ? '' : String(month));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = Number(y);
    if (!Number.isInteger(parsed)) return;
    onChange(parsed, withMonth && m ? Number(m) : null);
  };
  return (
    <form className="asof" onSubmit={submit}>
      <label htmlFor={`${id}-year`}>{p.year}</label>
      <input
        id={`${id}-year`}
        name="ar"
        type="number"
        min={1990}
        max={2100}
        step={1}
        value={y}
        onChange={(e) => setY(e.target.value)}
        required
        className="year-input"
      />
      {withMonth && (
        <>
          <label htmlFor={`${id}-month`}>{p.month}</label>
          <select id={`${id}-month`} name="manad" value={m} onChange={(e) => setM(e.target.value)}>
            <option value="">{p.wholeYear}</option>
            {t.goals.months.map((name, i) => (
              <option key={name} value={i + 1}>
                {p.through(name)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit">{p.show}</button>
    </form>
  );
}
