import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { authKeys } from '../../query-keys.ts';

interface Enrolment {
  secret: string;
  uri: string;
  qrCode: string;
}

/** TOTP: turn on (scan, confirm with a code) or off (with a code). */
export function TotpPanel() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const codeId = useId();
  const [code, setCode] = useState('');
  const status = useQuery({ queryKey: authKeys.totp, queryFn: () => api.get<{ enabled: boolean; required: boolean }>('/api/auth/totp') });
  const enrol = useMutation({ mutationFn: () => api.post<Enrolment>('/api/auth/totp/enrol') });
  const refresh = () => {
    setCode('');
    enrol.reset();
    void qc.invalidateQueries({ queryKey: authKeys.totp });
    void qc.invalidateQueries({ queryKey: authKeys.me });
  };
  const confirm = useMutation({ mutationFn: () => api.post('/api/auth/totp/confirm', { code: code.trim() }), onSuccess: refresh });
  const disable = useMutation({ mutationFn: () => api.post('/api/auth/totp/disable', { code: code.trim() }), onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (status.data?.enabled) disable.mutate();
    else confirm.mutate();
  };

  const codeField = (label: string) => (
    <div className="field">
      <label htmlFor={codeId}>{label}</label>
      <input
        id={codeId}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        required
      />
    </div>
  );

  return (
    <section aria-labelledby="totp-title" className="panel">
      <h2 id="totp-title">{t.account.totp.title}</h2>
      {status.isPending && <Loading />}
      <ErrorMessage error={status.error} />
      <div aria-live="polite">
        {confirm.isSuccess && (
          <p role="status" className="status">
            {t.account.totp.enabled}
          </p>
        )}
        {disable.isSuccess && (
          <p role="status" className="status">
            {t.account.totp.disabled}
          </p>
        )}
      </div>
      {status.data?.enabled && (
        <>
          <p>{t.account.totp.on}</p>
          {status.data.required ? (
            <p className="muted">{t.account.totp.required}</p>
          ) : (
            <form onSubmit={submit} className="stack">
              {codeField(t.account.totp.disableCode)}
              <ErrorMessage error={disable.error} />
              <button type="submit" disabled={disable.isPending}>
                {t.account.totp.disable}
              </button>
            </form>
          )}
        </>
      )}
      {status.data && !status.data.enabled && (
        <>
          <p>{t.account.totp.off}</p>
          <ErrorMessage error={enrol.error} />
          {!enrol.data ? (
            <button type="button" className="primary" onClick={() => enrol.mutate()} disabled={enrol.isPending}>
              {t.account.totp.start}
            </button>
          ) : (
            <form onSubmit={submit} className="stack totp-enrol">
              <p>{t.account.totp.scan}</p>
              <img src={enrol.data.qrCode} alt={t.account.totp.qrAlt} width={200} height={200} />
              <p>
                {t.account.totp.manual} <code className="secret">{enrol.data.secret}</code>
              </p>
              {codeField(t.account.totp.code)}
              <div aria-live="polite">
                <ErrorMessage error={confirm.error} />
              </div>
              <button type="submit" className="primary" disabled={confirm.isPending}>
                {t.account.totp.confirm}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
