import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { useLogin } from '../../session.ts';
import { ErrorMessage } from '../../components/common.tsx';

interface DemoAccount {
  username: string;
  password: string;
  role: Actor['role'];
  description: string;
}

export function StartPage({ actor }: { actor: Actor | null }) {
  const { t } = useI18n();
  useTitle(actor ? t.nav.start : t.start.loginTitle);
  return (
    <>
      <h1>{t.start.title}</h1>
      <p className="lead">{t.start.intro}</p>
      {actor ? <SignedIn actor={actor} /> : <SignIn />}
      <section aria-labelledby="what-title">
        <h2 id="what-title">{t.start.whatTitle}</h2>
        <ul>
          {t.start.what.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

function SignedIn({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="continue-title" className="panel">
      <h2 id="continue-title">{t.start.welcome(actor.name)}</h2>
      <p>{t.start.continueTo}:</p>
      <ul className="link-list">
        <li>
          <Link to="/organisation">{t.nav.organisation}</Link>
        </li>
        <li>
          <Link to="/reglemente">{t.nav.charter}</Link>
        </li>
        {can.readAudit(actor) && (
          <li>
            <Link to="/logg">{t.nav.audit}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}

function SignIn() {
  const { t } = useI18n();
  const login = useLogin();
  const userId = useId();
  const passId = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const accounts = useQuery({ queryKey: ['demo-accounts'], queryFn: () => api.get<DemoAccount[]>('/api/demo-accounts') });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username: username.trim(), password });
  };

  return (
    <div className="columns">
      <section aria-labelledby="login-title" className="panel">
        <h2 id="login-title">{t.start.loginTitle}</h2>
        <form onSubmit={submit} className="stack">
          <div className="field">
            <label htmlFor={userId}>{t.start.username}</label>
            <input id={userId} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor={passId}>{t.start.password}</label>
            <input id={passId} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
          <div aria-live="polite">
            <ErrorMessage error={login.error} />
          </div>
          <button type="submit" className="primary" disabled={login.isPending}>
            {login.isPending ? t.start.signingIn : t.start.signIn}
          </button>
        </form>
      </section>
      <section aria-labelledby="demo-title" className="panel">
        <h2 id="demo-title">{t.start.demoTitle}</h2>
        <ErrorMessage error={accounts.error} />
        {accounts.data && (
          <table>
            <caption>{t.start.demoCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.start.username}</th>
                <th scope="col">{t.start.password}</th>
                <th scope="col">{t.start.role}</th>
                <th scope="col">{t.start.description}</th>
                <th scope="col">{t.start.action}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.map((a) => (
                <tr key={a.username}>
                  <th scope="row">
                    <code>{a.username}</code>
                  </th>
                  <td>
                    <code>{a.password}</code>
                  </td>
                  <td>{t.roles[a.role] ?? a.role}</td>
                  <td>{a.description}</td>
                  <td>
                    <button type="button" onClick={() => login.mutate({ username: a.username, password: a.password })} disabled={login.isPending}>
                      {t.start.useAccount(a.username)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
