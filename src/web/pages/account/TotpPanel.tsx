import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { OneTimeCodeField } from '../../components/OneTimeCodeField.tsx';
import { Outcome } from '../../components/Outcome.tsx';
import { Panel } from '../../components/Panel.tsx';
import { authKeys } from '../../query-keys.ts';

interface Enrolment {
  secret: string;
  uri: string;
  qrCode: string;
}

/** TOTP: turn on (scan, confirm with a code) or off (with a code). */
export function TotpPanel() {
  const { t } = useI18n();
  const totp = t.account.totp;
  const qc = useQueryClient();
  const [code, setCode] = useState('');
  const status = useQuery({ queryKey: authKeys.totp, queryFn: () => api.get<{ enabled: boolean; required: boolean }>('/api/auth/totp') });
  const enrol = useMutation({ mutationFn: () => api.post<Enrolment>('/api/auth/totp/enrol') });
  const refresh = () => {
    setCode('');
    enrol.reset();
    void qc.invalidateQueries({ queryKey: authKeys.totp });
    void qc.invalidateQueries({ queryKey: authKeys.me });
  };
  // each clears the other's success, so only the latest change is announced
  const confirm = useMutation({
    mutationFn: () => api.post('/api/auth/totp/confirm', { code: code.trim() }),
    onSuccess: () => {
      disable.reset();
      refresh();
    },
  });
  const disable = useMutation({
    mutationFn: () => api.post('/api/auth/totp/disable', { code: code.trim() }),
    onSuccess: () => {
      confirm.reset();
      refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (status.data?.enabled) disable.mutate();
    else confirm.mutate();
  };

  return (
    <Panel title={totp.title}>
      {status.isPending && <Loading />}
      <ErrorMessage error={status.error} />
      <Outcome done={confirm.isSuccess ? totp.enabled : disable.isSuccess && totp.disabled} />
      {status.data?.enabled && (
        <>
          <p>{totp.on}</p>
          {status.data.required ? (
            <p className="muted">{totp.required}</p>
          ) : (
            <form onSubmit={submit} className="stack">
              <OneTimeCodeField label={totp.disableCode} value={code} onChange={setCode} />
              <ErrorMessage error={disable.error} />
              <button type="submit" disabled={disable.isPending}>
                {totp.disable}
              </button>
            </form>
          )}
        </>
      )}
      {status.data && !status.data.enabled && (
        <>
          <p>{totp.off}</p>
          <ErrorMessage error={enrol.error} />
          {!enrol.data ? (
            <button type="button" className="primary" onClick={() => enrol.mutate()} disabled={enrol.isPending}>
              {totp.start}
            </button>
          ) : (
            <form onSubmit={submit} className="stack totp-enrol">
              <p>{totp.scan}</p>
              <img src={enrol.data.qrCode} alt={totp.qrAlt} width={200} height={200} />
              <p>
                {totp.manual} <code className="secret">{enrol.data.secret}</code>
              </p>
              <OneTimeCodeField label={totp.code} value={code} onChange={setCode} />
              <Outcome error={confirm.error} />
              <button type="submit" className="primary" disabled={confirm.isPending}>
                {totp.confirm}
              </button>
            </form>
          )}
        </>
      )}
    </Panel>
  );
}
