import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { useLogin } from '../../session.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { InputField } from '../../components/InputField.tsx';
import { OneTimeCodeField } from '../../components/OneTimeCodeField.tsx';

/** A refused sign-in, with a 429 saying (in the UI's language) how long to wait and until when. */
function SignInError({ error, retryAt }: { error: unknown; retryAt: number | null }) {
  const { t, lang } = useI18n();
  if (error instanceof ApiError && error.status === 429 && error.retryAfterSeconds && retryAt !== null) {
    const at = new Date(retryAt).toLocaleTimeString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    return <ErrorMessage error={t.account.signIn.tooMany(error.retryAfterSeconds, at)} />;
  }
  return <ErrorMessage error={error} />;
}

type Credentials = { username: string; password: string };

/** The sign-in steps: the credentials last sent are kept for the code step. */
export function useSignIn() {
  const login = useLogin();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [sent, setSent] = useState<Credentials | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const send = (body: Credentials & { code?: string }) => {
    setSent({ username: body.username, password: body.password });
    login.mutate(body, {
      onSuccess: (answer) => setStep('totpRequired' in answer ? 'code' : 'password'),
      onError: (e) => setRetryAt(e instanceof ApiError && e.retryAfterSeconds ? Date.now() + e.retryAfterSeconds * 1000 : null),
    });
  };
  const back = () => {
    setStep('password');
    login.reset();
  };
  return { login, step, sent, send, back, retryAt };
}

/** Username and password, then (for an account with TOTP) the one-time code as a second step. */
export function SignInForm({ signIn }: { signIn: ReturnType<typeof useSignIn> }) {
  const { t } = useI18n();
  const { login, step, sent, send, back, retryAt } = signIn;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step === 'code' && sent) send({ ...sent, code: code.trim() });
    else send({ username: username.trim(), password });
  };
  const error = (
    <div aria-live="polite">
      <SignInError error={login.error} retryAt={retryAt} />
    </div>
  );

  if (step === 'code') {
    return (
      <form onSubmit={submit} className="stack" aria-labelledby="code-title">
        <h3 id="code-title">{t.account.signIn.codeTitle}</h3>
        <p>{t.account.signIn.codeIntro}</p>
        <OneTimeCodeField label={t.account.signIn.code} value={code} onChange={setCode} autoFocus />
        {error}
        <div>
          <button type="submit" className="primary" disabled={login.isPending}>
            {login.isPending ? t.start.signingIn : t.account.signIn.verify}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setCode('');
              back();
            }}
          >
            {t.account.signIn.back}
          </button>
        </div>
      </form>
    );
  }
  return (
    <form onSubmit={submit} className="stack">
      <InputField
        label={t.start.username}
        value={username}
        onChange={setUsername}
        input={{ name: 'username', autoComplete: 'username', required: true }}
      />
      <InputField
        label={t.start.password}
        value={password}
        onChange={setPassword}
        input={{ name: 'password', type: 'password', autoComplete: 'current-password', required: true }}
      />
      {error}
      <button type="submit" className="primary" disabled={login.isPending}>
        {login.isPending ? t.start.signingIn : t.start.signIn}
      </button>
    </form>
  );
}
