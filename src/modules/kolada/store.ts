import type { Queryable } from '../../db/connection.ts';
import { notFound } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import type { BenchmarkGroup, CachedValue, KoladaDataPoint, KoladaKpi, KoladaMunicipality, StoredKpi } from './model.ts';

const ROWS_PER_STATEMENT = 500;

/** Upserts values (identity kpi, municipality, period, gender); changed values keep their history. */
export async function upsertValues(tx: Queryable, points: readonly KoladaDataPoint[], fetchedAt: string, source: string): Promise<number> {
  // the last occurrence wins within one import
  const unique = new Map(points.map((p) => [`${p.kpi}|${p.municipality}|${p.period}|${p.gender}`, p]));
  const rows = [...unique.values()];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const slice = rows.slice(i, i + ROWS_PER_STATEMENT);
    // $1 = fetched_at and $2 = source for every row
    const params: unknown[] = [fetchedAt, source];
    const tuples = slice.map((p) => {
      const n = params.length;
      params.push(p.kpi, p.municipality, p.period, p.gender, p.value, p.count, p.status, p.isDeleted);
      return `($${n + 1}, $${n + 2}, $${n + 3}::int, $${n + 4}, $${n + 5}::float8, $${n + 6}::int, $${n + 7}, $${n + 8}::boolean, $1::timestamptz, $2::text)`;
    });
    const sql = `insert into kolada_value (kpi, municipality, period, gender, value, count, status, is_deleted, fetched_at, source) values
      ${tuples.join(',\n')}
      on conflict (kpi, municipality, period, gender) do update set value = excluded.value, count = excluded.count, status = excluded.status,
        is_deleted = excluded.is_deleted, fetched_at = excluded.fetched_at, source = excluded.source`;
    await tx.query(sql, params);
  }
  return rows.length;
}

export async function upsertKpis(tx: Queryable, kpis: readonly KoladaKpi[], fetchedAt: string, source: string): Promise<number> {
  for (const k of kpis) {
    await tx.query(
      `insert into kolada_kpi (id, title, description, is_divided_by_gender, municipality_type, auspice, operating_area, perspective,
         prel_publication_date, publication_date, publ_period, has_ou_data, fetched_at, source)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10::date, $11, $12, $13::timestamptz, $14)
       on conflict (id) do update set title = excluded.title, description = excluded.description, is_divided_by_gender = excluded.is_divided_by_gender,
         municipality_type = excluded.municipality_type, auspice = excluded.auspice, operating_area = excluded.operating_area, perspective = excluded.perspective,
         prel_publication_date = excluded.prel_publication_date, publication_date = excluded.publication_date, publ_period = excluded.publ_period,
         has_ou_data = excluded.has_ou_data, fetched_at = excluded.fetched_at, source = excluded.source`,
      [
        k.id,
        k.title,
        k.description,
        k.isDividedByGender,
        k.municipalityType,
        k.auspice,
        k.operatingArea,
        k.perspective,
        k.prelPublicationDate,
        k.publicationDate,
        k.publPeriod,
        k.hasOuData,
        fetchedAt,
        source,
      ],
    );
  }
  return kpis.length;
}

export async function upsertMunicipalities(tx: Queryable, rows: readonly KoladaMunicipality[], fetchedAt: string): Promise<number> {
  for (const m of rows) {
    await tx.query(
      `insert into kolada_municipality (id, title, type, fetched_at) values ($1, $2, $3, $4::timestamptz)
       on conflict (id) do update set title = excluded.title, type = excluded.type, fetched_at = excluded.fetched_at`,
      [m.id, m.title, m.type, fetchedAt],
    );
  }
  return rows.length;
}

const valueColumns = `kpi, municipality, period, gender, value, count, status, is_deleted as "isDeleted", fetched_at as "fetchedAt", source`;

/** Cached values, deleted ones left out. */
export function cachedValues(
  db: Queryable,
  filter: { kpis: readonly string[]; municipalities?: readonly string[] | null; years?: readonly number[] | null },
): Promise<CachedValue[]> {
  return db.query<CachedValue>(
    `select ${valueColumns} from kolada_value
     where kpi = any($1::text[]) and ($2::text[] is null or municipality = any($2::text[])) and ($3::int[] is null or period = any($3::int[]))
       and not is_deleted
     order by kpi, period, municipality, gender`,
    [filter.kpis, filter.municipalities ?? null, filter.years ?? null],
  );
}

const kpiColumns = `id, title, description, is_divided_by_gender as "isDividedByGender", municipality_type as "municipalityType", auspice,
  operating_area as "operatingArea", perspective, prel_publication_date as "prelPublicationDate", publication_date as "publicationDate",
  publ_period as "publPeriod", has_ou_data as "hasOuData", fetched_at as "fetchedAt", source`;

export function searchCachedKpis(db: Queryable, term: string, limit = 50): Promise<StoredKpi[]> {
  return db.query<StoredKpi>(
    `select ${kpiColumns} from kolada_kpi where id = upper($1) or title ilike '%' || $1 || '%' order by id limit $2`,
    [term.replace(/[%_\\]/g, (c) => `\\${c}`), limit],
  );
}

/** Titles of cached KPIs, by id. */
export async function kpiTitles(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; title: string }>('select id, title from kolada_kpi where id = any($1::text[])', [ids]);
  return new Map(rows.map((k) => [k.id, k.title]));
}

export async function getCachedKpi(db: Queryable, id: string): Promise<StoredKpi | null> {
  const [k] = await db.query<StoredKpi>(`select ${kpiColumns} from kolada_kpi where id = $1`, [id]);
  return k ?? null;
}

export async function listBenchmarkGroups(db: Queryable): Promise<BenchmarkGroup[]> {
  const groups = await db.query<Omit<BenchmarkGroup, 'members'>>(
    `select id, code, name, kolada_group_id as "koladaGroupId", include_self as "includeSelf", source_note as "sourceNote", version
     from benchmark_group order by code`,
  );
  const members = await db.query<{ groupId: number; code: string; name: string }>(
    'select benchmark_group_id as "groupId", member_code as code, member_name as name from benchmark_group_member order by member_code',
  );
  return groups.map((g) => ({ ...g, members: members.filter((m) => m.groupId === g.id).map(({ code, name }) => ({ code, name })) }));
}

export async function getBenchmarkGroup(db: Queryable, idOrCode: number | string): Promise<BenchmarkGroup> {
  const group = (await listBenchmarkGroups(db)).find((g) =>
    typeof idOrCode === 'number' ? g.id === idOrCode : g.code.toUpperCase() === idOrCode.toUpperCase(),
  );
  if (!group) throw notFound(msg('thing.benchmark_group_code', { code: idOrCode }));
  return group;
}
