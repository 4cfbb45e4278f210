import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { useI18n, useTitle } from '../../i18n.ts';
import { paths } from './api.ts';
import { useCommittees } from '../../hooks/committees.ts';

/** One h1 per page, the area's tabs and, on a plan's pages, the plan's own tabs. */
export function ActionPlansLayout(props: { code: string; page: string; plan?: { id: number; title: string }; children: ReactNode }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const committees = useCommittees();
  const name = committees.data?.find((c) => c.code === props.code)?.name ?? props.code;
  useTitle(a.pageTitle(props.page, name));
  const { code, plan } = props;
  return (
    <>
      <h1>
        {props.page}{' '}
        <span className="h1-sub">
          – {name} <span className="code">({code})</span>
        </span>
      </h1>
      <nav aria-label={a.tabsLabel(name)} className="economy-tabs">
        <ul>
          <li>
            <NavLink to={`/namnd/${encodeURIComponent(code)}`} end>
              {a.committeeLink}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.list(code)} end>
              {a.tabs.list}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.reconciliation(code)}>{a.tabs.reconciliation}</NavLink>
          </li>
        </ul>
      </nav>
      {plan && (
        <nav aria-label={a.planTabsLabel(plan.title)} className="ap-plan-tabs">
          <ul>
            <li>
              <NavLink to={`${paths.list(code)}/${plan.id}`} end>
                {a.tabs.plan}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.compare(code, plan.id)}>{a.tabs.compare}</NavLink>
            </li>
            <li>
              <NavLink to={paths.delivery(code, plan.id)}>{a.tabs.delivery}</NavLink>
            </li>
          </ul>
        </nav>
      )}
      {props.children}
    </>
  );
}
