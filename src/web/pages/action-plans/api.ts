import type { QueryClient } from '@tanstack/react-query';
import type { GroupBy, PlanListItem, RangeSetting } from '../../../modules/action-plans/model.ts';
import type { Committee } from '../../../modules/organisation/model.ts';
import { qs } from '../../api.ts';
import { actionPlanKeys } from '../../query-keys.ts';

export type {
  ActionPlan,
  ActivityLineOutcome,
  ChecksReport,
  ComparisonReport,
  ControlTotal,
  DeliveryRecordReport,
  DeliveryReport,
  Effect,
  FollowUp,
  GroupBy,
  MeasureView,
  Outcome,
  PlanListItem,
  PlanRef,
  PlanVersion,
  RangeSetting,
  ReconciliationReport,
  SummaryReport,
  VersionView,
  Vocabulary,
} from '../../../modules/action-plans/model.ts';

export interface PlanListView {
  committee: Committee;
  plans: PlanListItem[];
}
export interface TemplateImportSummary {
  inserted: number;
  updated: number;
  deleted: number;
  effects: number;
}

export const refreshAll = (qc: QueryClient) => qc.invalidateQueries({ queryKey: actionPlanKeys.all });

export const apiPaths = {
  plans: (code: string) => `/api/committees/${encodeURIComponent(code)}/action-plans`,
  record: (code: string) => `/api/committees/${encodeURIComponent(code)}/action-plans/delivery`,
  reconciliation: (code: string) => `/api/committees/${encodeURIComponent(code)}/action-plans/reconciliation`,
  committeeExport: (code: string, table: 'delivery' | 'reconciliation', format: string) =>
    `/api/committees/${encodeURIComponent(code)}/action-plans/export/${table}${qs({ format })}`,
  plan: (id: number) => `/api/action-plans/${id}`,
  version: (id: number, versionId: number | 'current') => `/api/action-plans/${id}/versions/${versionId}`,
  measure: (id: number, measureId: number) => `/api/action-plans/${id}/measures/${measureId}`,
  summary: (id: number, versionId: number, by: GroupBy, range: RangeSetting) =>
    `/api/action-plans/${id}/summary${qs({ version: versionId, by, range })}`,
  checks: (id: number, versionId: number) => `/api/action-plans/${id}/checks${qs({ version: versionId })}`,
  compare: (id: number, from: number | null, to: number | null) => `/api/action-plans/${id}/compare${qs({ from, to })}`,
  delivery: (id: number) => `/api/action-plans/${id}/delivery`,
  export: (id: number, table: 'summary' | 'compare' | 'delivery', params: Record<string, string | number | null>) =>
    `/api/action-plans/${id}/export/${table}${qs(params)}`,
};

/** Links inside the area (the area is mounted at /namnd/:code/atgardsplaner). */
export const paths = {
  list: (code: string) => `/namnd/${encodeURIComponent(code)}/atgardsplaner`,
  plan: (code: string, id: number, versionId?: number) =>
    `/namnd/${encodeURIComponent(code)}/atgardsplaner/${id}${versionId ? `?version=${versionId}` : ''}`,
  measure: (code: string, id: number, measureId: number, versionId: number) =>
    `/namnd/${encodeURIComponent(code)}/atgardsplaner/${id}/atgard/${measureId}?version=${versionId}`,
  compare: (code: string, id: number) => `/namnd/${encodeURIComponent(code)}/atgardsplaner/${id}/jamfor`,
  delivery: (code: string, id: number) => `/namnd/${encodeURIComponent(code)}/atgardsplaner/${id}/genomforande`,
  reconciliation: (code: string) => `/namnd/${encodeURIComponent(code)}/atgardsplaner/avstamning`,
};
