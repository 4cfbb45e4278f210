/**
 * Every query key of the web, one factory per area. A key starts with its area, then narrows
 * (committee, year, month), so invalidating a shorter key refreshes everything under it: a save
 * names the prefix it changed, and the pages showing it reload. Pages never write a key inline.
 */
type Key = readonly unknown[];

/** Leaves out the parts a caller did not name, so `budget(code)` is the prefix of `budget(code, year)`. */
const key = (...parts: unknown[]): Key => parts.filter((p) => p !== undefined);

export const authKeys = {
  all: ['auth'] as const,
  me: ['auth', 'me'] as const,
  sessions: ['auth', 'sessions'] as const,
  settings: ['auth', 'settings'] as const,
  totp: ['auth', 'totp'] as const,
  demoAccounts: ['demo-accounts'] as const,
};

export const committeeKeys = {
  /** The list of every committee (name, code, whether the actor may write for it). */
  list: ['committees', 'all'] as const,
  all: ['committee'] as const,
  page: (code: string, asOf: string) => key('committee', code, asOf),
  activities: (code: string) => key('committee', code, 'activities-all'),
};

export const organisationKeys = {
  all: ['organisation'] as const,
  asOf: (asOf: string) => key('organisation', asOf),
  settings: (municipalityCode: string) => key('municipality-settings', municipalityCode),
};

export const charterKeys = {
  vocabulary: ['charter', 'vocabulary'] as const,
  lookup: (question: unknown) => key('charter', 'lookup', question),
  rules: (date: string) => key('charter', 'rules', date),
};

export const auditKeys = {
  chain: ['audit', 'chain'] as const,
  events: (filter: unknown) => key('audit', filter),
};

export const economyKeys = {
  all: ['economy'] as const,
  years: (code: string) => key('economy', 'years', code),
  budget: (code: string, year?: number) => key('economy', 'budget', code, year),
  followUp: (code: string, year?: number, month?: number | null) => key('economy', 'follow-up', code, year, month),
  accuracy: (code: string, year: number) => key('economy', 'accuracy', code, year),
  versions: (code: string) => key('economy', 'versions', code),
  versionLines: (versionId: number) => key('economy', 'version-lines', versionId),
  frames: (code: string) => key('economy', 'frames', code),
  profiles: (code: string, year: number) => key('economy', 'profiles', code, year),
};

export const ledgerKeys = {
  imports: (code: string, year?: number) => key('ledger', 'imports', code, year),
  mappings: (code: string) => key('ledger', 'mappings', code),
};

export const actionPlanKeys = {
  /** Every query of the area starts here, so a save can refresh them all at once. */
  all: ['action-plans'] as const,
  list: (code: string) => key('action-plans', 'list', code),
  plan: (planId: number) => key('action-plans', 'plan', planId),
  version: (planId: number, versionId: number | null) => key('action-plans', 'version', planId, versionId),
  summary: (planId: number, versionId: number, by: string, range: string) => key('action-plans', 'summary', planId, versionId, by, range),
  checks: (planId: number, versionId: number) => key('action-plans', 'checks', planId, versionId),
  compare: (planId: number, from: number | null, to: number | null) => key('action-plans', 'compare', planId, from, to),
  delivery: (planId: number) => key('action-plans', 'delivery', planId),
  record: (code: string) => key('action-plans', 'record', code),
  reconciliation: (code: string) => key('action-plans', 'reconciliation', code),
};

export const goalKeys = {
  all: ['goals'] as const,
  tree: (code: string, year: number, month: number | null) => key('goals', 'tree', code, year, month),
  indicator: (id: string, year: number, month: number | null) => key('goals', 'indicator', id, year, month),
  assignments: (code: string, year?: number, month?: number | null) => key('goals', 'assignments', code, year, month),
  /** Every committee's assignments: what a save refreshes. */
  allAssignments: ['goals', 'assignments'] as const,
  sets: (code: string) => key('goals', 'sets', code),
  revisions: (code: string) => key('goals', 'revisions', code),
  kpiSearch: (search: string | undefined, live: boolean | undefined) => ['goals', 'kpi-search', search, live] as const,
  benchmarkGroups: ['goals', 'benchmark-groups'] as const,
};

export const documentKeys = {
  all: ['documents'] as const,
  list: (code: string) => key('documents', 'list', code),
  detail: (id: number) => key('documents', 'detail', id),
  compare: (id: string, other: string) => key('documents', 'compare', id, other),
};
