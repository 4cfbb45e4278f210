/**
 * One parser for Kolada responses, used both for live HTTP (v3) and for saved JSON files
 * (v3, and v2 files saved before v2 was shut down). Lenient on the envelope, strict on the
 * payload: a value is a number or null — null stays null and never becomes 0 — and numbers keep
 * the precision they arrived with. Field notes: shared/domain/kolada-api-notes.md §1.4–1.9.
 */

import type { Gender, KoladaDataPoint, KoladaGroup, KoladaKpi, KoladaMunicipality, Page, SavedFileContents, SavedKind } from '../model.ts';

export class KoladaFormatError extends Error {
  constructor(
    readonly source: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${source}: ${path}: ${reason}`);
  }
}

const KPI_ID = /^[NU]\d{5}$/;
const MUNICIPALITY_ID = /^(\d{4}|G\d+)$/;
const GENDERS = new Set(['T', 'K', 'M']);

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function envelope(json: Json, source: string): { values: Json[]; nextUrl: string | null; count: number | null } {
  if (!isObject(json)) throw new KoladaFormatError(source, '(svar)', 'Svaret är inte ett JSON-objekt med fältet "values".');
  const values = json.values ?? [];
  if (!Array.isArray(values)) throw new KoladaFormatError(source, 'values', 'Fältet "values" är inte en lista.');
  // v3: next_url; v2: next_page. Null, absent and "" all mean "no more pages".
  const next = json.next_url ?? json.next_page ?? null;
  if (next !== null && typeof next !== 'string') throw new KoladaFormatError(source, 'next_url', 'Ska vara en URL eller null.');
  const count = typeof json.count === 'number' && Number.isInteger(json.count) ? json.count : null;
  return { values, nextUrl: next === null || next.trim() === '' ? null : next.trim(), count };
}

const text = (v: Json, source: string, path: string): string => {
  if (typeof v !== 'string') throw new KoladaFormatError(source, path, `Ska vara text, inte ${JSON.stringify(v)}.`);
  return v;
};
const optionalText = (v: Json, source: string, path: string): string | null =>
  v === null || v === undefined ? null : text(v, source, path);
const flag = (v: Json, source: string, path: string): boolean => {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1; // v2 used integers
  throw new KoladaFormatError(source, path, `Ska vara true/false, inte ${JSON.stringify(v)}.`);
};
const isoDateOrNull = (v: Json, source: string, path: string): string | null => {
  const s = optionalText(v, source, path);
  if (s === null || s === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new KoladaFormatError(source, path, `Ogiltigt datum "${s}".`);
  return s;
};

export function parseDataPage(json: Json, source: string): Page<KoladaDataPoint> {
  const env = envelope(json, source);
  const items: KoladaDataPoint[] = [];
  env.values.forEach((row, i) => {
    const at = `values[${i}]`;
    if (!isObject(row)) throw new KoladaFormatError(source, at, 'Ska vara ett objekt.');
    const kpi = text(row.kpi, source, `${at}.kpi`);
    if (!KPI_ID.test(kpi)) throw new KoladaFormatError(source, `${at}.kpi`, `Ogiltigt nyckeltals-id "${kpi}".`);
    const municipality = text(row.municipality, source, `${at}.municipality`);
    if (!MUNICIPALITY_ID.test(municipality))
      throw new KoladaFormatError(source, `${at}.municipality`, `Ogiltig kommunkod "${municipality}".`);
    const rawPeriod = row.period;
    const period =
      typeof rawPeriod === 'number' ? rawPeriod : typeof rawPeriod === 'string' && /^\d{4}$/.test(rawPeriod) ? Number(rawPeriod) : NaN;
    if (!Number.isInteger(period) || period < 1900 || period > 2100)
      throw new KoladaFormatError(source, `${at}.period`, `Ogiltig period ${JSON.stringify(rawPeriod)}.`);
    const inner = row.values;
    if (!Array.isArray(inner)) throw new KoladaFormatError(source, `${at}.values`, 'Ska vara en lista.');
    inner.forEach((v, j) => {
      const vat = `${at}.values[${j}]`;
      if (!isObject(v)) throw new KoladaFormatError(source, vat, 'Ska vara ett objekt.');
      const gender = text(v.gender, source, `${vat}.gender`);
      if (!GENDERS.has(gender)) throw new KoladaFormatError(source, `${vat}.gender`, `Okänd könskod "${gender}" (T, K eller M).`);
      const value = v.value;
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new KoladaFormatError(source, `${vat}.value`, `Ska vara ett tal eller null, inte ${JSON.stringify(value)}.`);
      }
      const count = v.count ?? 0;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
        throw new KoladaFormatError(source, `${vat}.count`, `Ska vara ett heltal ≥ 0, inte ${JSON.stringify(count)}.`);
      const status = v.status ?? '';
      if (typeof status !== 'string') throw new KoladaFormatError(source, `${vat}.status`, 'Ska vara text.');
      const isDeleted = flag(v.isdeleted ?? v.is_deleted, source, `${vat}.isdeleted`);
      items.push({ kpi, municipality, period, gender: gender as Gender, value, count, status, isDeleted });
    });
  });
  return { items, nextUrl: env.nextUrl, count: env.count };
}

export function parseKpiPage(json: Json, source: string): Page<KoladaKpi> {
  const env = envelope(json, source);
  const items = env.values.map((row, i): KoladaKpi => {
    const at = `values[${i}]`;
    if (!isObject(row)) throw new KoladaFormatError(source, at, 'Ska vara ett objekt.');
    const id = text(row.id, source, `${at}.id`);
    if (!KPI_ID.test(id)) throw new KoladaFormatError(source, `${at}.id`, `Ogiltigt nyckeltals-id "${id}".`);
    return {
      id,
      title: text(row.title, source, `${at}.title`),
      description: optionalText(row.description, source, `${at}.description`) ?? '',
      isDividedByGender: flag(row.is_divided_by_gender, source, `${at}.is_divided_by_gender`),
      municipalityType: optionalText(row.municipality_type, source, `${at}.municipality_type`),
      auspice: optionalText(row.auspice ?? row.auspices, source, `${at}.auspice`), // v2: auspices
      operatingArea: optionalText(row.operating_area, source, `${at}.operating_area`),
      perspective: optionalText(row.perspective, source, `${at}.perspective`),
      prelPublicationDate: isoDateOrNull(row.prel_publication_date, source, `${at}.prel_publication_date`),
      publicationDate: isoDateOrNull(row.publication_date, source, `${at}.publication_date`),
      publPeriod: row.publ_period === null || row.publ_period === undefined ? null : String(row.publ_period),
      hasOuData: flag(row.has_ou_data, source, `${at}.has_ou_data`),
    };
  });
  return { items, nextUrl: env.nextUrl, count: env.count };
}

export function parseMunicipalityPage(json: Json, source: string): Page<KoladaMunicipality> {
  const env = envelope(json, source);
  const items = env.values.map((row, i): KoladaMunicipality => {
    const at = `values[${i}]`;
    if (!isObject(row)) throw new KoladaFormatError(source, at, 'Ska vara ett objekt.');
    const id = text(row.id, source, `${at}.id`);
    if (!/^\d{4}$/.test(id)) throw new KoladaFormatError(source, `${at}.id`, `Ogiltig kommunkod "${id}".`);
    return { id, title: text(row.title, source, `${at}.title`), type: text(row.type, source, `${at}.type`) };
  });
  return { items, nextUrl: env.nextUrl, count: env.count };
}

export function parseGroupPage(json: Json, source: string): Page<KoladaGroup> {
  const env = envelope(json, source);
  const items = env.values.map((row, i): KoladaGroup => {
    const at = `values[${i}]`;
    if (!isObject(row)) throw new KoladaFormatError(source, at, 'Ska vara ett objekt.');
    const id = text(row.id, source, `${at}.id`);
    if (!/^G\d+$/.test(id)) throw new KoladaFormatError(source, `${at}.id`, `Ogiltigt grupp-id "${id}".`);
    const members = row.members ?? [];
    if (!Array.isArray(members)) throw new KoladaFormatError(source, `${at}.members`, 'Ska vara en lista.');
    return {
      id,
      title: text(row.title, source, `${at}.title`),
      // real v2 and v3 output use member_id/member_title; the v2 README documents id/title
      members: members.map((m, j) => {
        if (!isObject(m)) throw new KoladaFormatError(source, `${at}.members[${j}]`, 'Ska vara ett objekt.');
        return {
          id: text(m.member_id ?? m.id, source, `${at}.members[${j}].member_id`),
          title: text(m.member_title ?? m.title, source, `${at}.members[${j}].member_title`),
        };
      }),
    };
  });
  return { items, nextUrl: env.nextUrl, count: env.count };
}

/** Which entity a response page holds, from its first item (an empty page holds nothing). */
function kindOf(body: Json): SavedKind | null {
  if (!isObject(body) || !Array.isArray(body.values) || body.values.length === 0) return null;
  const first = body.values[0];
  if (!isObject(first)) return 'data'; // let the data parser report the problem
  if ('kpi' in first && 'values' in first) return 'data';
  if ('members' in first) return 'group';
  if ('is_divided_by_gender' in first || 'operating_area' in first || (typeof first.id === 'string' && KPI_ID.test(first.id))) return 'kpi';
  if ('type' in first && typeof first.id === 'string') return 'municipality';
  return 'data';
}

/**
 * A saved Kolada file: one response body as received; a list of bodies (one per page); or a
 * recording `{ "url", "fetched_at", "status", "body" }` (or a list of those) as Styrbord's own
 * fixtures are stored.
 */
export function parseSavedFile(json: Json, source: string): SavedFileContents {
  const out: SavedFileContents = { data: [], kpis: [], municipalities: [], groups: [], fetchedAt: null, pages: 0 };
  const pages: { body: Json; at: string }[] = [];
  const collect = (item: Json, at: string) => {
    if (isObject(item) && 'body' in item && !('values' in item)) {
      if (typeof item.fetched_at === 'string' && (out.fetchedAt === null || item.fetched_at > out.fetchedAt))
        out.fetchedAt = item.fetched_at;
      if (typeof item.status === 'number' && item.status !== 200)
        throw new KoladaFormatError(source, `${at}.status`, `Inspelningen har HTTP-status ${item.status}, inte 200.`);
      pages.push({ body: item.body, at: `${at}.body` });
    } else {
      pages.push({ body: item, at });
    }
  };
  if (Array.isArray(json)) json.forEach((item, i) => collect(item, `[${i}]`));
  else collect(json, '');
  for (const { body, at } of pages) {
    const where = at === '' ? source : `${source} ${at}`;
    out.pages++;
    switch (kindOf(body)) {
      case null:
        envelope(body, where);
        break;
      case 'data':
        out.data.push(...parseDataPage(body, where).items);
        break;
      case 'kpi':
        out.kpis.push(...parseKpiPage(body, where).items);
        break;
      case 'municipality':
        out.municipalities.push(...parseMunicipalityPage(body, where).items);
        break;
      case 'group':
        out.groups.push(...parseGroupPage(body, where).items);
        break;
    }
  }
  return out;
}
