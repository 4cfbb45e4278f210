/** Kolada data as Styrbord reads, caches and compares it: parsed pages, cached values, benchmark groups. */

export type Gender = 'T' | 'K' | 'M';

export interface KoladaDataPoint {
  kpi: string;
  /** Kommun code (4 digits), region, Riket "0000", or a group id "G…". */
  municipality: string;
  period: number;
  gender: Gender;
  /** null = missing. */
  value: number | null;
  /** Members that contributed (groups); 1 for a municipality, 0 when missing. */
  count: number;
  status: string;
  isDeleted: boolean;
}

export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  isDividedByGender: boolean;
  municipalityType: string | null;
  auspice: string | null;
  operatingArea: string | null;
  perspective: string | null;
  prelPublicationDate: string | null;
  publicationDate: string | null;
  publPeriod: string | null;
  hasOuData: boolean;
}

export interface KoladaMunicipality {
  id: string;
  title: string;
  type: string;
}

export interface KoladaGroup {
  id: string;
  title: string;
  members: { id: string; title: string }[];
}

export interface Page<T> {
  items: T[];
  /** Absolute or relative URL of the next page; null when this is the last page. */
  nextUrl: string | null;
  count: number | null;
}

export type SavedKind = 'data' | 'kpi' | 'municipality' | 'group';

export interface SavedFileContents {
  data: KoladaDataPoint[];
  kpis: KoladaKpi[];
  municipalities: KoladaMunicipality[];
  groups: KoladaGroup[];
  /** Fetch time recorded in the file, if any. */
  fetchedAt: string | null;
  pages: number;
}

/**
 * Benchmark-group statistics computed by Styrbord from the members' own values (unweighted, like
 * Kolada's "ovägt medel"). Members without a value are left out and counted, never read as 0.
 * Computed figures are labelled "Beräknat från Kolada", not "Källa: Kolada" (terms of use).
 */
export interface GroupStats {
  average: number | null;
  median: number | null;
  /** Members whose value went into the figures. */
  membersWithValue: number;
  /** Members in the group (after include_self). */
  memberCount: number;
  missing: string[];
}

/** A data point as the cache keeps it, with when and from where it was fetched. */
export interface CachedValue extends KoladaDataPoint {
  fetchedAt: string;
  source: string;
}

export interface BenchmarkGroup {
  id: number;
  code: string;
  name: string;
  koladaGroupId: string | null;
  includeSelf: boolean;
  sourceNote: string | null;
  version: number;
  members: { code: string; name: string }[];
}

export interface StoredKpi extends KoladaKpi {
  fetchedAt: string;
  source: string;
}

export interface GroupYearStats extends GroupStats {
  year: number;
  gender: Gender;
  /** The tenant's own value that year, when cached. */
  own: number | null;
  values: { code: string; name: string; value: number | null }[];
}

export interface KoladaImportSummary {
  source: string;
  pages: number;
  values: number;
  missingValues: number;
  kpis: number;
  municipalities: number;
  groupsUpdated: string[];
  fetchedAt: string;
}
