import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api, ApiError } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { SignInForm, useSignIn } from './SignInForm.tsx';
import { ErrorMessage } from '../../components/common.tsx';
import { authKeys } from '../../query-keys.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

interface DemoAccount {
  username: string;
  password: string;
  role: Actor['role'];
  description: string;
}

/** Only in demo mode does the server list the demo accounts; elsewhere it answers 404 and nothing is shown. */
async function demoAccounts(): Promise<DemoAccount[] | null> {
  try {
    return await api.get<DemoAccount[]>('/api/demo-accounts');
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
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
  const signIn = useSignIn();
  const accounts = useQuery({ queryKey: authKeys.demoAccounts, queryFn: demoAccounts });

  return (
    <div className={accounts.data ? 'columns' : undefined}>
      <section aria-labelledby="login-title" className="panel">
        <h2 id="login-title">{t.start.loginTitle}</h2>
        <SignInForm signIn={signIn} />
      </section>
      {(accounts.data || accounts.error) && (
        <section aria-labelledby="demo-title" className="panel">
          <h2 id="demo-title">{t.start.demoTitle}</h2>
          <ErrorMessage error={accounts.error} />
          {accounts.data && (
            <table>
              <caption>{t.start.demoCaption}</caption>
              <TableHead
                columns={[
                  { label: t.start.username },
                  { label: t.start.password },
                  { label: t.start.role },
                  { label: t.start.description },
                  { label: t.start.action },
                ]}
              />
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
                      <button
                        type="button"
                        onClick={() => signIn.send({ username: a.username, password: a.password })}
                        disabled={signIn.login.isPending}
                      >
                        {t.start.useAccount(a.username)}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
