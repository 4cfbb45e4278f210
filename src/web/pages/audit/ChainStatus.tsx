import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ChainReport } from '../../../modules/audit/model.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { auditKeys } from '../../query-keys.ts';

/** The auditor's view of the hash chain: whole, with the head to note down elsewhere, or the first break. */
export function ChainStatus() {
  const { t } = useI18n();
  const id = useId();
  const chain = useQuery({ queryKey: auditKeys.chain, queryFn: () => api.get<ChainReport>('/api/audit/verify') });
  const report = chain.data;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.audit.chain.title}</h2>
      {chain.isPending && <Loading />}
      <ErrorMessage error={chain.error} />
      {report?.problem && (
        <p role="alert" className="error">
          {t.audit.chain.broken(report.problem.kind, report.problem.eventId)}
        </p>
      )}
      {report && !report.problem && (
        <>
          <p>{t.audit.chain.whole(report.events)}</p>
          {report.head && (
            <p>
              {t.audit.chain.head(report.head.seq)} <code className="hash">{report.head.hash}</code>
            </p>
          )}
        </>
      )}
    </section>
  );
}
