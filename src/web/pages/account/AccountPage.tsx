import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import type { Me } from '../../session.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { TotpPanel } from './TotpPanel.tsx';
import { SessionsPanel } from './SessionsPanel.tsx';
import { Outcome } from '../../components/Outcome.tsx';
import { Panel } from '../../components/Panel.tsx';
import { authKeys } from '../../query-keys.ts';
import { InputField, type InputAttributes } from '../../components/InputField.tsx';

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

type PasswordForm = { currentPassword: string; newPassword: string; repeat: string };

function PasswordPanel() {
  const { t } = useI18n();
  const p = t.account.password;
  const introId = useId();
  const empty: PasswordForm = { currentPassword: '', newPassword: '', repeat: '' };
  const [form, setForm] = useState(empty);
  const [mismatch, setMismatch] = useState(false);
  const qc = useQueryClient();
  const change = useMutation({
    mutationFn: () =>
      api.post<{ revokedSessions: number }>('/api/auth/password', { currentPassword: form.currentPassword, newPassword: form.newPassword }),
    onSuccess: () => {
      setForm(empty);
      void qc.invalidateQueries({ queryKey: authKeys.sessions });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(form.newPassword !== form.repeat);
    if (form.newPassword === form.repeat) change.mutate();
  };
  // the same password input three times; the new one is explained by the intro and checked for length
  const fields: { key: keyof PasswordForm; label: string; input: InputAttributes }[] = [
    { key: 'currentPassword', label: p.current, input: { autoComplete: 'current-password' } },
    { key: 'newPassword', label: p.next, input: { autoComplete: 'new-password', minLength: 12, 'aria-describedby': introId } },
    { key: 'repeat', label: p.repeat, input: { autoComplete: 'new-password', 'aria-invalid': mismatch } },
  ];
  return (
    <Panel title={p.title}>
      <p id={introId}>{p.intro}</p>
      <form onSubmit={submit} className="stack">
        {fields.map((f) => (
          <InputField
            key={f.key}
            label={f.label}
            name={f.key}
            error={change.error}
            value={form[f.key]}
            onChange={(value) => setForm({ ...form, [f.key]: value })}
            input={{ ...f.input, type: 'password', required: true }}
          />
        ))}
        <Outcome error={change.error} done={change.data && p.done(change.data.revokedSessions)}>
          {mismatch && <ErrorMessage error={p.mismatch} />}
        </Outcome>
        <button type="submit" className="primary" disabled={change.isPending}>
          {change.isPending ? p.saving : p.save}
        </button>
      </form>
    </Panel>
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
    <Panel title={t.account.settings.title}>
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
      <Outcome error={save.error} done={save.isSuccess && t.account.settings.saved} />
    </Panel>
  );
}
