import type { Queryable } from '../../db/connection.ts';
import { queryOne } from '../../db/rows.ts';
import type { IsoDate } from '../../core/dates.ts';
import { notFound } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import type { Activity, ActivityMapping, Administration, Committee, Provider } from './model.ts';

const validOn = (alias: string, param: string) =>
  `(${param}::date is null or (${alias}.valid_from <= ${param}::date and (${alias}.valid_to is null or ${alias}.valid_to >= ${param}::date)))`;

export const activityColumns = `a.id, a.committee_id as "committeeId", a.parent_id as "parentId", a.code, a.name,
  a.is_subset as "isSubset", a.sort_order as "sortOrder", a.valid_from as "validFrom", a.valid_to as "validTo",
  a.source_note as "sourceNote", a.version`;

export async function getMunicipality(db: Queryable): Promise<{ code: string; name: string }> {
  const [m] = await db.query<{ code: string; name: string }>('select code, name from municipality order by code limit 1');
  if (!m) throw notFound(msg('thing.municipality'));
  return m;
}

export function listAdministrations(db: Queryable, asOf: IsoDate | null): Promise<Administration[]> {
  return db.query<Administration>(
    `select a.id, a.code, a.name, a.valid_from as "validFrom", a.valid_to as "validTo", a.source_note as "sourceNote", a.version
     from administration a where ${validOn('a', '$1')} order by a.valid_from, a.name`,
    [asOf],
  );
}

/** A committee's columns; reads and writes of the one table, so no alias is needed. */
const committeeColumns = `id, code, name, administration_id as "administrationId", valid_from as "validFrom",
  valid_to as "validTo", source_note as "sourceNote", version`;

export function listCommittees(db: Queryable, asOf: IsoDate | null): Promise<Committee[]> {
  return db.query<Committee>(`select ${committeeColumns} from committee c where ${validOn('c', '$1')} order by c.valid_from, c.name`, [
    asOf,
  ]);
}

export async function getCommitteeByCode(db: Queryable, code: string): Promise<Committee> {
  const [c] = await db.query<Committee>(`select ${committeeColumns} from committee c where upper(c.code) = upper($1)`, [code]);
  if (!c) throw notFound(msg('thing.committee_code', { code }));
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
  if (!a) throw notFound(msg('thing.activity'));
  return a;
}

export function listActivityMappings(db: Queryable): Promise<ActivityMapping[]> {
  return db.query<ActivityMapping>(
    `select id, from_activity_id as "fromActivityId", to_activity_id as "toActivityId", share_bp as "shareBp",
       effective_from as "effectiveFrom", source_note as "sourceNote", version
     from activity_mapping order by effective_from, id`,
  );
}

export async function insertMunicipality(db: Queryable, m: { code: string; name: string }): Promise<{ code: string; name: string }> {
  return queryOne(db, 'insert into municipality (code, name) values ($1, $2) returning code, name', [m.code, m.name]);
}

export interface NewAdministration {
  municipalityCode: string;
  code: string;
  name: string;
  validFrom: IsoDate;
  validTo?: IsoDate | null;
  sourceNote?: string | null;
}

export function insertAdministration(db: Queryable, a: NewAdministration): Promise<Administration> {
  return queryOne<Administration>(
    db,
    `insert into administration (municipality_code, code, name, valid_from, valid_to, source_note) values ($1, $2, $3, $4, $5, $6)
     returning id, code, name, valid_from as "validFrom", valid_to as "validTo", source_note as "sourceNote", version`,
    [a.municipalityCode, a.code, a.name, a.validFrom, a.validTo ?? null, a.sourceNote ?? null],
  );
}

export interface NewCommittee {
  municipalityCode: string;
  code: string;
  name: string;
  administrationId: number | null;
  validFrom: IsoDate;
  validTo?: IsoDate | null;
  sourceNote?: string | null;
}

export function insertCommittee(db: Queryable, c: NewCommittee): Promise<Committee> {
  return queryOne<Committee>(
    db,
    `insert into committee (municipality_code, code, name, administration_id, valid_from, valid_to, source_note)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${committeeColumns}`,
    [c.municipalityCode, c.code, c.name, c.administrationId, c.validFrom, c.validTo ?? null, c.sourceNote ?? null],
  );
}
