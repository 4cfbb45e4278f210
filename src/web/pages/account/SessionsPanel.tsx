import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '../../../core/format.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { Outcome } from '../../components/Outcome.tsx';
import { Panel } from '../../components/Panel.tsx';
import { authKeys } from '../../query-keys.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

interface SessionInfo {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  address: string | null;
  userAgent: string | null;
  current: boolean;
}

/** The user's own sign-ins; any but this one can be ended here (this one with "Logga ut"). */
export function SessionsPanel() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const sessions = useQuery({ queryKey: authKeys.sessions, queryFn: () => api.get<SessionInfo[]>('/api/auth/sessions') });
  const revoke = useMutation({
    mutationFn: (id: number) => api.delete(`/api/auth/sessions/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: authKeys.sessions }),
  });
  return (
    <Panel title={t.account.sessions.title}>
      {sessions.isPending && <Loading />}
      <ErrorMessage error={sessions.error} />
      <Outcome error={revoke.error} done={revoke.isSuccess && t.account.sessions.revoked} />
      {sessions.data && (
        <div className="table-scroll">
          <table>
            <caption>{t.account.sessions.caption}</caption>
            <TableHead
              columns={[
                { label: t.account.sessions.created },
                { label: t.account.sessions.lastSeen },
                { label: t.account.sessions.address },
                { label: t.account.sessions.userAgent },
                { label: t.account.sessions.action },
              ]}
            />
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{formatDateTime(s.createdAt)}</th>
                  <td>{formatDateTime(s.lastSeenAt)}</td>
                  <td>{s.address ?? t.account.sessions.unknown}</td>
                  <td className="user-agent">{s.userAgent ?? t.account.sessions.unknown}</td>
                  <td>
                    {s.current ? (
                      <strong>{t.account.sessions.current}</strong>
                    ) : (
                      <button
                        type="button"
                        aria-label={t.account.sessions.revokeLabel(formatDateTime(s.createdAt))}
                        onClick={() => revoke.mutate(s.id)}
                        disabled={revoke.isPending}
                      >
                        {t.account.sessions.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
