import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { ActivityNode, Administration, Committee, Provider } from '../../../modules/organisation/model.ts';
import { formatNumber } from '../../../core/format.ts';
import { api, qs } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { useAsOf } from '../../dates.ts';
import { AsOfForm, ErrorMessage, Loading, SourceNote, Validity } from '../../components/common.tsx';
import { ActivityTree } from '../../components/ActivityTree.tsx';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { FourEyesPanel } from './FourEyesPanel.tsx';
import { organisationKeys } from '../../query-keys.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

interface Organisation {
  asOf: string | null;
  municipality: { code: string; name: string } | null;
  administrations: Administration[];
  providers: Provider[];
  committees: (Committee & { activities: ActivityNode[] })[];
}

export function OrganisationPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  useTitle(t.org.title);
  const [asOf, setAsOf] = useAsOf();
  const org = useQuery({
    queryKey: organisationKeys.asOf(asOf),
    queryFn: () => api.get<Organisation>(`/api/organisation${qs({ asOf })}`),
  });

  return (
    <>
      <h1>{t.org.title}</h1>
      <AsOfForm asOf={asOf} onChange={setAsOf} />
      {org.isPending && <Loading />}
      <ErrorMessage error={org.error} />
      {org.data && <OrganisationView org={org.data} asOf={asOf} />}
      {org.data?.municipality && <FourEyesPanel municipalityCode={org.data.municipality.code} canChange={can.administer(actor)} />}
    </>
  );
}

function OrganisationView({ org, asOf }: { org: Organisation; asOf: string }) {
  const { t } = useI18n();
  const search = `?datum=${asOf}`;
  const committeesOf = (adminId: number | null) => org.committees.filter((c) => c.administrationId === adminId);
  const orphans = org.committees.filter((c) => !org.administrations.some((a) => a.id === c.administrationId));
  const adminName = (id: number | null) => org.administrations.find((a) => a.id === id)?.name ?? '–';

  const committeeBlock = (c: Organisation['committees'][number]) => (
    <li key={c.id} className="committee">
      <h4>
        <Link to={{ pathname: `/namnd/${encodeURIComponent(c.code)}`, search }}>{c.name}</Link> <span className="code">({c.code})</span>
      </h4>
      <p className="meta">
        <Validity validFrom={c.validFrom} validTo={c.validTo} /> <SourceNote note={c.sourceNote} />
      </p>
      {c.activities.length > 0 ? <ActivityTree nodes={c.activities} /> : <p className="muted">{t.org.noActivities}</p>}
    </li>
  );

  return (
    <>
      <p role="status" className="status">
        {t.org.summary(org.administrations.length, org.committees.length, org.providers.length)}
      </p>
      <section aria-labelledby="muni-title">
        <h2 id="muni-title">
          {t.org.municipality}: {org.municipality?.name ?? '–'}{' '}
          {org.municipality && <span className="code">({org.municipality.code})</span>}
        </h2>
        {org.administrations.length === 0 && <p>{t.org.none}</p>}
        <ul className="admins" aria-label={t.org.administrations}>
          {org.administrations.map((a) => (
            <li key={a.id} className="admin">
              <h3 className="admin-name">
                {a.name} <span className="code">({a.code})</span>
              </h3>
              <p className="meta">
                <Validity validFrom={a.validFrom} validTo={a.validTo} /> <SourceNote note={a.sourceNote} />
              </p>
              <ul className="committees" aria-label={`${t.org.committees}: ${a.name}`}>
                {committeesOf(a.id).map(committeeBlock)}
              </ul>
            </li>
          ))}
        </ul>
        {orphans.length > 0 && (
          <>
            <h3>{t.org.committees}</h3>
            <ul className="committees">{orphans.map(committeeBlock)}</ul>
          </>
        )}
      </section>
      <section aria-labelledby="providers-title">
        <h2 id="providers-title">{t.org.providers}</h2>
        <table>
          <caption>
            {t.org.providersCaption(asOf)} ({formatNumber(org.providers.length)})
          </caption>
          <TableHead
            columns={[
              { label: t.name },
              { label: t.org.kind },
              { label: t.org.administration },
              { label: t.validity },
              { label: t.source },
            ]}
          />
          <tbody>
            {org.providers.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{t.org.kinds[p.kind] ?? p.kind}</td>
                <td>{adminName(p.administrationId)}</td>
                <td>
                  <Validity validFrom={p.validFrom} validTo={p.validTo} />
                </td>
                <td>{p.sourceNote ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
