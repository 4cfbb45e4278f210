/** The goal API's answers, typed by the server modules' models (types only; nothing is bundled). */
export type {
  AssessmentRow,
  AssignmentFollowUp,
  AssignmentStatus,
  Attainment,
  BenchmarkInfo,
  Colour,
  CommitteeGoalNode,
  Direction,
  Gender,
  GoalTree,
  Indicator,
  IndicatorDetail,
  IndicatorImportSummary,
  IndicatorNode,
  IndicatorSignals,
  IndicatorValue,
  Period,
  Position,
  Revision,
  Snapshot,
  StrategicAssignment,
  Target,
  Trend,
} from '../../../modules/goals/model.ts';
export type { BenchmarkGroup, KoladaImportSummary, StoredKpi } from '../../../modules/kolada/model.ts';

export type GoalsPage = 'tree' | 'assignments' | 'kolada' | 'data' | 'decided';

/** The goal tabs, in menu order. */
export const goalsPages: readonly GoalsPage[] = ['tree', 'assignments', 'kolada', 'data', 'decided'];

/** Paths are Swedish, like the rest of the web UI. */
export const goalsPaths: Record<GoalsPage, string> = {
  tree: '',
  assignments: 'uppdrag',
  kolada: 'kolada',
  data: 'import-export',
  decided: 'beslutad-malsattning',
};

export const COLOURS = ['green', 'yellow', 'red', 'none'] as const;
export const GENDER_ORDER = ['T', 'K', 'M'] as const;

function query(params: Record<string, number | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) sp.set(k, String(v));
  const q = sp.toString();
  return q ? `?${q}` : '';
}

export function goalsPath(code: string, page: GoalsPage, params: { ar?: number; manad?: number | null } = {}): string {
  const sub = goalsPaths[page];
  return `/namnd/${encodeURIComponent(code)}/mal${sub ? `/${sub}` : ''}${query(params)}`;
}

export function indicatorPath(code: string, id: number, params: { ar?: number; manad?: number | null } = {}): string {
  return `/namnd/${encodeURIComponent(code)}/mal/indikator/${id}${query(params)}`;
}

export const committeeApi = (code: string, what: string) => `/api/committees/${encodeURIComponent(code)}/${what}`;

/** Whole years sort after their cut-offs: 2023-08 < 2023 < 2024-04. */
export const periodKey = (p: { year: number; month: number | null }): number => p.year * 100 + (p.month ?? 13);
