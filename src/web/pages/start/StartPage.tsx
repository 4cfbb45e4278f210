import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { api, ApiError } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { SignInForm, useSignIn } from './SignInForm.tsx';
import { ErrorMessage } from '../../components/common.tsx';
import { Panel } from '../../components/Panel.tsx';
import { MainPageLinks } from '../../components/MainPageLinks.tsx';
import { authKeys } from '../../query-keys.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

interface DemoAccount {
  username: string;
  password: string;
  role: Actor['role'];
  description: string;
}

const demoColumns = ['username', 'password', 'role', 'description', 'action'] as const;

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
    <Panel title={t.start.welcome(actor.name)}>
      <p>{t.start.continueTo}:</p>
      <MainPageLinks actor={actor} className="link-list" />
    </Panel>
  );
}

function SignIn() {
  const { t } = useI18n();
  const signIn = useSignIn();
  const accounts = useQuery({ queryKey: authKeys.demoAccounts, queryFn: demoAccounts });

  return (
    <div className={accounts.data ? 'columns' : undefined}>
      <Panel title={t.start.loginTitle}>
        <SignInForm signIn={signIn} />
      </Panel>
      {(accounts.data || accounts.error) && (
        <Panel title={t.start.demoTitle}>
          <ErrorMessage error={accounts.error} />
          {accounts.data && (
            <table>
              <caption>{t.start.demoCaption}</caption>
              <TableHead columns={demoColumns.map((k) => ({ label: t.start[k] }))} />
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
        </Panel>
      )}
    </div>
  );
}
