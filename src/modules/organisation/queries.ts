import type { Queryable } from '../../db/connection.ts';
import type { IsoDate } from '../../core/dates.ts';
import { buildActivityTree, type ActivityNode, type Administration, type Committee, type Provider } from './model.ts';
import * as store from './store.ts';

export interface OrganisationOverview {
  asOf: IsoDate | null;
  municipality: { code: string; name: string };
  administrations: Administration[];
  providers: Provider[];
  committees: (Committee & { activities: ActivityNode[] })[];
}

/** The whole organisation as valid on a date (or over all time): every committee with its activity tree. */
export async function organisationOverview(db: Queryable, asOf: IsoDate | null): Promise<OrganisationOverview> {
  const [municipality, administrations, committees, providers, activities] = await Promise.all([
    store.getMunicipality(db),
    store.listAdministrations(db, asOf),
    store.listCommittees(db, asOf),
    store.listProviders(db, asOf),
    store.listActivities(db, null, asOf),
  ]);
  return {
    asOf,
    municipality,
    administrations,
    providers,
    committees: committees.map((c) => ({ ...c, activities: buildActivityTree(activities.filter((a) => a.committeeId === c.id)) })),
  };
}

export async function committeeWithActivities(
  db: Queryable,
  code: string,
  asOf: IsoDate | null,
): Promise<Committee & { asOf: IsoDate | null; activities: ActivityNode[] }> {
  const committee = await store.getCommitteeByCode(db, code);
  const activities = await store.listActivities(db, committee.id, asOf);
  return { ...committee, asOf, activities: buildActivityTree(activities) };
}
