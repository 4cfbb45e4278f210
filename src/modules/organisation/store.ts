import type { Queryable } from '../../db/connection.ts';
import type { IsoDate } from '../../core/dates.ts';
import { notFound } from '../../core/errors.ts';
import type { Activity, ActivityMapping, Administration, Committee, Provider } from './model.ts';

const validOn = (alias: string, param: string) =>
  `(${param}::date is null or (${alias}.valid_from <= ${param}::date and (${alias}.valid_to is null or ${alias}.valid_to >= ${param}::date)))`;

export const activityColumns = `a.id, a.committee_id as "committeeId", a.parent_id as "parentId", a.code, a.name,
  a.is_subset as "isSubset", a.sort_order as "sortOrder", a.valid_from as "validFrom", a.valid_to as "validTo",
  a.source_note as "sourceNote", a.version`;

export async function getMunicipality(db: Queryable): Promise<{ code: string; name: string }> {
  const [m] = await db.query<{ code: string; name: string }>('select code, name from municipality order by code limit 1');
  if (!m) throw notFound('Kommunen');
  return m;
}

export function listAdministrations(db: Queryable, asOf: IsoDate | null): Promise<Administration[]> {
  return db.query<Administration>(
    `select a.id, a.code, a.name, a.valid_from as "validFrom", a.valid_to as "validTo", a.source_note as "sourceNote", a.version
     from administration a where ${validOn('a', '$1')} order by a.valid_from, a.name`,
    [asOf],
  );
}

export function listCommittees(db: Queryable, asOf: IsoDate | null): Promise<Committee[]> {
  return db.query<Committee>(
    `select c.id, c.code, c.name, c.administration_id as "administrationId", c.valid_from as "validFrom",
       c.valid_to as "validTo", c.source_note as "sourceNote", c.version
     from committee c where ${validOn('c', '$1')} order by c.valid_from, c.name`,
    [asOf],
  );
}

export async function getCommitteeByCode(db: Queryable, code: string): Promise<Committee> {
  const [c] = await db.query<Committee>(
    `select c.id, c.code, c.name, c.administration_id as "administrationId", c.valid_from as "validFrom",
       c.valid_to as "validTo", c.source_note as "sourceNote", c.version
     from committee c where upper(c.code) = upper($1)`,
    [code],
  );
  if (!c) throw notFound(`Nämnden ${code}`);
  return c;
}

export function listProviders(db: Queryable, asOf: IsoDate | null): Promise<Provider[]> {
  return db.query<Provider>(
    `select p.id, p.name, p.kind, p.administration_id as "administrationId", p.valid_from as "validFrom",
       p.valid_to as "validTo", p.source_note as "sourceNote", p.version
     from provider p where ${validOn('p', '$1')} order by p.kind, p.name`,
    [asOf],
  );
}

export function listActivities(db: Queryable, committeeId: number | null, asOf: IsoDate | null): Promise<Activity[]> {
  return db.query<Activity>(
    `select ${activityColumns} from activity a
     where ($1::int is null or a.committee_id = $1) and ${validOn('a', '$2')}
     order by a.committee_id, a.sort_order, a.code`,
    [committeeId, asOf],
  );
}

export async function getActivity(db: Queryable, id: number): Promise<Activity> {
  const [a] = await db.query<Activity>(`select ${activityColumns} from activity a where a.id = $1`, [id]);
  if (!a) throw notFound('Verksamheten');
  return a;
}

export function listActivityMappings(db: Queryable): Promise<ActivityMapping[]> {
  return db.query<ActivityMapping>(
    `select id, from_activity_id as "fromActivityId", to_activity_id as "toActivityId", share_bp as "shareBp",
       effective_from as "effectiveFrom", source_note as "sourceNote", version
     from activity_mapping order by effective_from, id`,
  );
}
