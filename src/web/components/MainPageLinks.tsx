import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import type { Actor } from '../../core/actor.ts';
import { can } from '../../core/permissions.ts';
import { useI18n } from '../i18n.ts';

/**
 * The pages outside any committee, as the main menu and the start page list them (`children`
 * come first); the audit log only for those who may read it.
 */
export function MainPageLinks({ actor, className, children }: { actor: Actor; className?: string; children?: ReactNode }) {
  const { t } = useI18n();
  const pages = [
    { to: '/organisation', label: t.nav.organisation },
    { to: '/reglemente', label: t.nav.charter },
    ...(can.readAudit(actor) ? [{ to: '/logg', label: t.nav.audit }] : []),
  ];
  return (
    <ul className={className}>
      {children}
      {pages.map((p) => (
        <li key={p.to}>
          <NavLink to={p.to}>{p.label}</NavLink>
        </li>
      ))}
    </ul>
  );
}
