import type { Queryable } from '../../db/connection.ts';
import { maybeOne } from '../../db/rows.ts';
import { required } from '../../core/required.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import type { ActionPlan, ControlTotal, Effect, FollowUp, Measure, Outcome, PlanVersion, Term, TermKind, Vocabulary } from './model.ts';

export const planColumns = `id, committee_id as "committeeId", title, first_year as "firstYear", last_year as "lastYear",
  source_note as "sourceNote", created_at as "createdAt", version`;
export const versionColumns = `id, plan_id as "planId", number, title, status, revises_id as "revisesId", revision_reason as "revisionReason",
  decided_on as "decidedOn", decision_ref as "decisionRef", source_note as "sourceNote", created_at as "createdAt", version`;
const measureColumns = `id, plan_version_id as "planVersionId", code, title, description, area_code as "areaCode",
  target_group_code as "targetGroupCode", owner, status_code as "statusCode", consequence_citizen as "consequenceCitizen",
  consequence_operations as "consequenceOperations", consequence_child as "consequenceChild", goal_links as "goalLinks",
  decision_ref as "decisionRef", full_year_min as "fullYearMin", full_year_max as "fullYearMax", sort_order as "sortOrder",
  source_note as "sourceNote", version`;
const effectColumns = `measure_id as "measureId", year, kind, amount_min as "amountMin", amount_max as "amountMax",
  is_partial_year as "isPartialYear", qualitative, note, source_note as "sourceNote"`;
const outcomeColumns = `id, plan_id as "planId", measure_code as "measureCode", year, amount, comment, author,
  source_note as "sourceNote", updated_at as "updatedAt", version`;
const followUpColumns = `plan_id as "planId", measure_code as "measureCode", status_code as "statusCode", comment, author,
  updated_at as "updatedAt", version`;
const termColumns = 'id, kind, code, label, meaning, sort_order as "sortOrder", active, version';

export async function vocabulary(db: Queryable, municipalityCode: string | null = null): Promise<Vocabulary> {
  const terms = await db.query<Term & { municipalityCode: string }>(
    `select ${termColumns} from action_plan_term
     where municipality_code = coalesce($1, (select code from municipality order by code limit 1))
     order by kind, sort_order, label`,
    [municipalityCode],
  );
  return {
    areas: terms.filter((t) => t.kind === 'area'),
    targetGroups: terms.filter((t) => t.kind === 'target_group'),
    statuses: terms.filter((t) => t.kind === 'status'),
  };
}

export function getTerm(db: Queryable, municipalityCode: string, kind: TermKind, code: string): Promise<Term | null> {
  return maybeOne<Term>(db, `select ${termColumns} from action_plan_term where municipality_code = $1 and kind = $2 and code = $3`, [
    municipalityCode,
    kind,
    code,
  ]);
}

export async function municipalityOfCommittee(db: Queryable, committeeId: number): Promise<string> {
  const [row] = await db.query<{ code: string }>('select municipality_code as code from committee where id = $1', [committeeId]);
  if (!row) throw notFound(msg('thing.committee'));
  return row.code;
}

export async function committeeCodeOf(db: Queryable, committeeId: number): Promise<string> {
  const [row] = await db.query<{ code: string }>('select code from committee where id = $1', [committeeId]);
  if (!row) throw notFound(msg('thing.committee'));
  return row.code;
}

export const termsOf = (v: Vocabulary, kind: TermKind): Term[] =>
  kind === 'area' ? v.areas : kind === 'target_group' ? v.targetGroups : v.statuses;

export function listPlans(db: Queryable, committeeId: number): Promise<ActionPlan[]> {
  return db.query<ActionPlan>(`select ${planColumns} from action_plan where committee_id = $1 order by first_year desc, id desc`, [
    committeeId,
  ]);
}

export async function getPlan(db: Queryable, id: number): Promise<ActionPlan> {
  const [p] = await db.query<ActionPlan>(`select ${planColumns} from action_plan where id = $1`, [id]);
  if (!p) throw notFound(msg('thing.action_plan'));
  return p;
}

/** A plan named on the command line: by id, by its first year (when only one plan starts then) or by title. */
export async function findPlan(db: Queryable, committeeId: number, committeeCode: string, key: string): Promise<ActionPlan> {
  const plans = await listPlans(db, committeeId);
  const byTitle = plans.filter((p) => p.title.toLocaleLowerCase('sv') === key.trim().toLocaleLowerCase('sv'));
  const [onlyByTitle, ...moreByTitle] = byTitle;
  if (onlyByTitle && moreByTitle.length === 0) return onlyByTitle;
  if (/^\d{4}$/.test(key.trim())) {
    const byYear = plans.filter((p) => p.firstYear === Number(key));
    const [onlyByYear, ...moreByYear] = byYear;
    if (onlyByYear && moreByYear.length === 0) return onlyByYear;
    if (byYear.length > 1) throw new AppError('validation', msg('action_plans.several_plans', { committee: committeeCode, key }));
  }
  if (/^\d+$/.test(key.trim())) {
    const byId = plans.find((p) => p.id === Number(key));
    if (byId) return byId;
  }
  throw new AppError('not_found', msg('action_plans.no_plan', { committee: committeeCode, key }));
}

export function listVersions(db: Queryable, planId: number): Promise<PlanVersion[]> {
  return db.query<PlanVersion>(`select ${versionColumns} from action_plan_version where plan_id = $1 order by number`, [planId]);
}

export async function getVersion(db: Queryable, id: number): Promise<PlanVersion> {
  const [v] = await db.query<PlanVersion>(`select ${versionColumns} from action_plan_version where id = $1`, [id]);
  if (!v) throw notFound(msg('thing.action_plan_version'));
  return v;
}

/** The version that governs a plan: the newest decided one, else the newest draft. */
export function governingVersion(versions: readonly PlanVersion[]): PlanVersion | null {
  const decided = versions.filter((v) => v.status === 'decided');
  const pool = decided.length > 0 ? decided : versions;
  return [...pool].sort((a, b) => b.number - a.number)[0] ?? null;
}

export async function measures(db: Queryable, versionId: number): Promise<Measure[]> {
  const rows = await db.query<Omit<Measure, 'activityIds' | 'effects'>>(
    `select ${measureColumns} from measure where plan_version_id = $1 order by sort_order, code`,
    [versionId],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [effects, activities] = await Promise.all([
    db.query<Effect & { measureId: number }>(
      `select ${effectColumns} from measure_effect where measure_id = any($1::int[]) order by year, kind`,
      [ids],
    ),
    db.query<{ measureId: number; activityId: number }>(
      'select measure_id as "measureId", activity_id as "activityId" from measure_activity where measure_id = any($1::int[]) order by activity_id',
      [ids],
    ),
  ]);
  return rows.map((r) => ({
    ...r,
    activityIds: activities.filter((a) => a.measureId === r.id).map((a) => a.activityId),
    effects: effects.filter((e) => e.measureId === r.id).map(({ measureId: _measureId, ...e }) => e),
  }));
}

export async function measureCount(db: Queryable, versionId: number): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from measure where plan_version_id = $1', [versionId]);
  return row?.n ?? 0;
}

/** The plan a measure belongs to (through its version), or null when there is no such measure. */
export async function planOfMeasure(db: Queryable, measureId: number): Promise<number | null> {
  const [row] = await db.query<{ planId: number }>(
    'select v.plan_id as "planId" from measure m join action_plan_version v on v.id = m.plan_version_id where m.id = $1',
    [measureId],
  );
  return row?.planId ?? null;
}

export async function getMeasure(db: Queryable, id: number): Promise<Measure> {
  const [row] = await db.query<{ planVersionId: number }>('select plan_version_id as "planVersionId" from measure where id = $1', [id]);
  if (!row) throw notFound(msg('thing.measure'));
  return required(
    (await measures(db, row.planVersionId)).find((m) => m.id === id),
    `åtgärd ${id} i sin version`,
  );
}

export function outcomes(db: Queryable, planId: number): Promise<Outcome[]> {
  return db.query<Outcome>(`select ${outcomeColumns} from measure_outcome where plan_id = $1 order by measure_code, year`, [planId]);
}

export function followUps(db: Queryable, planId: number): Promise<FollowUp[]> {
  return db.query<FollowUp>(`select ${followUpColumns} from measure_follow_up where plan_id = $1 order by measure_code`, [planId]);
}

export async function getOutcome(db: Queryable, planId: number, code: string, year: number): Promise<Outcome | null> {
  const [o] = await db.query<Outcome>(
    `select ${outcomeColumns} from measure_outcome where plan_id = $1 and measure_code = $2 and year = $3`,
    [planId, code, year],
  );
  return o ?? null;
}

export async function getFollowUp(db: Queryable, planId: number, code: string): Promise<FollowUp | null> {
  const [f] = await db.query<FollowUp>(`select ${followUpColumns} from measure_follow_up where plan_id = $1 and measure_code = $2`, [
    planId,
    code,
  ]);
  return f ?? null;
}

export function controlTotals(db: Queryable, versionId: number): Promise<ControlTotal[]> {
  return db.query<ControlTotal>(
    `select id, source, group_by as "groupBy", row_code as "rowCode", year, kind, amount, precision
     from action_plan_control_total where plan_version_id = $1 order by source, id`,
    [versionId],
  );
}

export async function committeeActivities(db: Queryable, committeeId: number): Promise<{ id: number; code: string; name: string }[]> {
  return db.query<{ id: number; code: string; name: string }>(
    'select id, code, name from activity where committee_id = $1 order by sort_order, code',
    [committeeId],
  );
}
