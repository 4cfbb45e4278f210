import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import type { ActivityNode, Committee } from '../../../modules/organisation/model.ts';
import { can } from '../../../core/permissions.ts';
import { api, qs } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { isValidOn, useAsOf } from '../../dates.ts';
import { AsOfForm, ErrorMessage, Loading, SourceNote, Validity } from '../../components/common.tsx';
import { ActivityRow } from './ActivityRow.tsx';
import { EconomyNavLinks } from '../economy/EconomyNavLinks.tsx';
import { committeeKeys } from '../../query-keys.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

export type CommitteeWithActivities = Committee & { asOf: string | null; activities: ActivityNode[] };

function flatten(nodes: readonly ActivityNode[], depth = 0): { node: ActivityNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);
}

export function CommitteePage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [asOf, setAsOf] = useAsOf();
  const [status, setStatus] = useState('');
  const committee = useQuery({
    queryKey: committeeKeys.page(code, asOf),
    queryFn: () => api.get<CommitteeWithActivities>(`/api/committees/${encodeURIComponent(code)}${qs({ asOf })}`),
  });
  useTitle(committee.data?.name ?? code);

  if (committee.isPending) return <Loading />;
  if (committee.isError) {
    return (
      <>
        <h1>{code}</h1>
        <ErrorMessage error={committee.error} />
      </>
    );
  }
  const c = committee.data;
  const writable = can.writeCommittee(actor, c.id);
  const rows = flatten(c.activities);
  return (
    <>
      <h1>
        {c.name} <span className="code">({c.code})</span>
      </h1>
      <p className="meta">
        <Validity validFrom={c.validFrom} validTo={c.validTo} /> <SourceNote note={c.sourceNote} />
      </p>
      {!isValidOn(c, asOf) && <p className="notice">{t.committee.notValid}</p>}
      <AsOfForm asOf={asOf} onChange={setAsOf} />
      <EconomyNavLinks code={c.code} year={Number(asOf.slice(0, 4))} />
      {!writable && <p className="muted">{t.committee.readOnly}</p>}
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      {rows.length === 0 ? (
        <p>{t.org.noActivities}</p>
      ) : (
        <table className="activities">
          <caption>{t.committee.activitiesCaption(asOf)}</caption>
          <TableHead columns={[{ label: t.name }, { label: t.code }, { label: t.validity }, { label: t.source }]} />
          <tbody>
            {rows.map(({ node, depth }) => (
              <ActivityRow
                key={node.id}
                activity={node}
                depth={depth}
                writable={writable}
                onSaved={(name) => setStatus(t.committee.saved(name))}
              />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
