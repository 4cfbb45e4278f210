import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import type { Me } from '../../session.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { TotpPanel } from './TotpPanel.tsx';
import { SessionsPanel } from './SessionsPanel.tsx';
import { authKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';

/** "Mitt konto": the signed-in user's password, second factor and sign-ins; admins also the sign-in settings. */
export function AccountPage({ actor }: { actor: Me }) {
  const { t } = useI18n();
  useTitle(t.account.title);
  return (
    <>
      <h1>{t.account.title}</h1>
      {actor.enrolOnly && (
        <p role="alert" className="error">
          {t.account.enrolOnly}
        </p>
      )}
      <TotpPanel />
      {!actor.enrolOnly && (
        <>
          <PasswordPanel />
          <SessionsPanel />
          {can.administer(actor) && <SettingsPanel />}
        </>
      )}
    </>
  );
}

function PasswordPanel() {
  const { t } = useI18n();
  const introId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const qc = useQueryClient();
  const change = useMutation({
    mutationFn: () => api.post<{ revokedSessions: number }>('/api/auth/password', { currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      void qc.invalidateQueries({ queryKey: authKeys.sessions });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== repeat);
    if (next === repeat) change.mutate();
  };
  return (
    <section aria-labelledby="password-title" className="panel">
      <h2 id="password-title">{t.account.password.title}</h2>
      <p id={introId}>{t.account.password.intro}</p>
      <form onSubmit={submit} className="stack">
        <Field label={t.account.password.current} name="currentPassword" error={change.error}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              required
            />
          )}
        </Field>
        <Field label={t.account.password.next} name="newPassword" error={change.error}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              minLength={12}
              aria-describedby={[introId, control['aria-describedby']].filter(Boolean).join(' ')}
              value={next}
              onChange={(e) => setNext(e.target.value)}
              required
            />
          )}
        </Field>
        <Field label={t.account.password.repeat}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              aria-invalid={mismatch}
              required
            />
          )}
        </Field>
        <div aria-live="polite">
          {mismatch && <ErrorMessage error={t.account.password.mismatch} />}
          <ErrorMessage error={change.error} />
          {change.data && (
            <p role="status" className="status">
              {t.account.password.done(change.data.revokedSessions)}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={change.isPending}>
          {change.isPending ? t.account.password.saving : t.account.password.save}
        </button>
      </form>
    </section>
  );
}

function SettingsPanel() {
  const { t } = useI18n();
  const id = useId();
  const hint = useId();
  const qc = useQueryClient();
  const settings = useQuery({
    queryKey: authKeys.settings,
    queryFn: () => api.get<{ totpRequiredForAdmins: boolean }>('/api/auth/settings'),
  });
  const save = useMutation({
    mutationFn: (totpRequiredForAdmins: boolean) =>
      api.put<{ totpRequiredForAdmins: boolean }>('/api/auth/settings', { totpRequiredForAdmins }),
    onSuccess: (data) => qc.setQueryData(authKeys.settings, data),
  });
  return (
    <section aria-labelledby="settings-title" className="panel">
      <h2 id="settings-title">{t.account.settings.title}</h2>
      <ErrorMessage error={settings.error} />
      {settings.data && (
        <div className="field">
          <label htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              aria-describedby={hint}
              checked={settings.data.totpRequiredForAdmins}
              disabled={save.isPending}
              onChange={(e) => save.mutate(e.target.checked)}
            />{' '}
            {t.account.settings.totpRequired}
          </label>
          <span id={hint} className="muted">
            {t.account.settings.totpRequiredHint}
          </span>
        </div>
      )}
      <div aria-live="polite">
        <ErrorMessage error={save.error} />
        {save.isSuccess && (
          <p role="status" className="status">
            {t.account.settings.saved}
          </p>
        )}
      </div>
    </section>
  );
}
