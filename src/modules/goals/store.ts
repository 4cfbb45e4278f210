import type { Queryable } from '../../db/connection.ts';
import { notFound } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import { required } from '../../core/required.ts';
import { maybeOne } from '../../db/rows.ts';
import { getMunicipality } from '../organisation/store.ts';
import { cachedValues } from '../kolada/store.ts';
import type {
  AssessmentRow,
  AssignmentFollowUp,
  CommitteeGoal,
  Comparator,
  CouncilGoal,
  Direction,
  Gender,
  GoalArea,
  Indicator,
  IndicatorValue,
  Revision,
  Snapshot,
  SnapshotBody,
  StrategicAssignment,
  Target,
} from './model.ts';

export const indicatorColumns = `i.id, i.committee_id as "committeeId", i.committee_goal_id as "committeeGoalId", i.code, i.name, i.definition,
  i.numerator, i.denominator, i.unit, i.decimals, i.source, i.source_detail as "sourceDetail", i.kolada_kpi as "koladaKpi",
  i.computed_formula as "computedFormula", i.periodicity, i.expected_note as "expectedNote", i.gender_split as "genderSplit",
  i.mandatory, i.polarity, i.benchmark_group_id as "benchmarkGroupId", i.owner, i.footnote, i.sort_order as "sortOrder", i.version`;

const goalColumns = `g.id, g.committee_id as "committeeId", g.goal_area_id as "goalAreaId", g.council_goal_id as "councilGoalId", g.code, g.title,
  g.description, g.from_year as "fromYear", g.to_year as "toYear", g.rollup_rule as "rollupRule", g.sort_order as "sortOrder",
  g.source_note as "sourceNote", g.version`;

const goalAreaColumns = 'id, code, name, description, sort_order as "sortOrder", version';
const councilGoalColumns = `id, goal_area_id as "goalAreaId", code, title, summary, term_from as "termFrom", term_to as "termTo", sort_order as "sortOrder",
  source_note as "sourceNote", version`;

export function listGoalAreas(db: Queryable): Promise<GoalArea[]> {
  return db.query<GoalArea>(`select ${goalAreaColumns} from goal_area order by sort_order, code`);
}

export function getGoalArea(db: Queryable, municipalityCode: string, code: string): Promise<GoalArea | null> {
  return maybeOne<GoalArea>(db, `select ${goalAreaColumns} from goal_area where municipality_code = $1 and code = $2`, [
    municipalityCode,
    code,
  ]);
}

export function listCouncilGoals(db: Queryable, year: number | null): Promise<CouncilGoal[]> {
  return db.query<CouncilGoal>(
    `select ${councilGoalColumns} from council_goal where $1::int is null or (term_from <= $1 and term_to >= $1) order by sort_order, code`,
    [year],
  );
}

export function getCouncilGoal(db: Queryable, municipalityCode: string, code: string): Promise<CouncilGoal | null> {
  return maybeOne<CouncilGoal>(db, `select ${councilGoalColumns} from council_goal where municipality_code = $1 and code = $2`, [
    municipalityCode,
    code,
  ]);
}

export function listCommitteeGoals(db: Queryable, committeeId: number, year: number | null): Promise<CommitteeGoal[]> {
  return db.query<CommitteeGoal>(
    `select ${goalColumns} from committee_goal g
     where g.committee_id = $1 and ($2::int is null or (g.from_year <= $2 and (g.to_year is null or g.to_year >= $2)))
     order by g.sort_order, g.id`,
    [committeeId, year],
  );
}

export async function getCommitteeGoal(db: Queryable, id: number): Promise<CommitteeGoal> {
  const [g] = await db.query<CommitteeGoal>(`select ${goalColumns} from committee_goal g where g.id = $1`, [id]);
  if (!g) throw notFound(msg('thing.committee_goal'));
  return g;
}

export function listIndicators(db: Queryable, committeeId: number): Promise<Indicator[]> {
  return db.query<Indicator>(`select ${indicatorColumns} from indicator i where i.committee_id = $1 order by i.sort_order, i.id`, [
    committeeId,
  ]);
}

export async function getIndicator(db: Queryable, id: number): Promise<Indicator> {
  const [i] = await db.query<Indicator>(`select ${indicatorColumns} from indicator i where i.id = $1`, [id]);
  if (!i) throw notFound(msg('thing.indicator'));
  return i;
}

export async function findIndicatorByCode(db: Queryable, committeeId: number, code: string): Promise<Indicator | null> {
  const [i] = await db.query<Indicator>(`select ${indicatorColumns} from indicator i where i.committee_id = $1 and i.code = $2`, [
    committeeId,
    code,
  ]);
  return i ?? null;
}

/**
 * Values per indicator: entered/imported values, or — for an indicator bound to a Kolada KPI —
 * the cached Kolada values for the tenant municipality (whole years only).
 */
export async function indicatorValues(db: Queryable, indicators: readonly Indicator[]): Promise<Map<number, IndicatorValue[]>> {
  const result = new Map<number, IndicatorValue[]>(indicators.map((i) => [i.id, []]));
  const manualIds = indicators.filter((i) => i.source !== 'kolada').map((i) => i.id);
  if (manualIds.length > 0) {
    const rows = await db.query<ValueRow & { indicatorId: number }>(
      `select indicator_id as "indicatorId", ${valueColumns} from indicator_value where indicator_id = any($1::int[]) order by year, month, gender`,
      [manualIds],
    );
    for (const { indicatorId, ...r } of rows) required(result.get(indicatorId), `indikator ${indicatorId} i frågan`).push(manualValue(r));
  }
  const bound = indicators.filter((i) => i.source === 'kolada' && i.koladaKpi !== null);
  if (bound.length > 0) {
    const tenant = (await getMunicipality(db)).code;
    const cached = await cachedValues(db, {
      kpis: [...new Set(bound.flatMap((i) => (i.koladaKpi === null ? [] : [i.koladaKpi])))],
      municipalities: [tenant],
    });
    for (const i of bound) {
      const values = required(result.get(i.id), `indikator ${i.id} i frågan`);
      for (const c of cached.filter((v) => v.kpi === i.koladaKpi)) {
        values.push({
          year: c.period,
          month: null,
          gender: c.gender,
          value: c.value,
          numerator: null,
          denominator: null,
          preliminary: false,
          note: c.status,
          origin: 'kolada',
          sourceNote: `Källa: Kolada (${c.kpi}), hämtad ${c.fetchedAt.slice(0, 10)} från ${c.source}`,
          updatedAt: c.fetchedAt,
          version: 0,
        });
      }
    }
  }
  return result;
}

type ValueRow = Omit<IndicatorValue, 'origin' | 'month'> & { month: number };
const valueColumns = `year, month, gender, value, numerator, denominator, preliminary, note, source_note as "sourceNote", updated_at as "updatedAt", version`;
const manualValue = (r: ValueRow): IndicatorValue => ({ ...r, month: r.month === 0 ? null : r.month, origin: 'manual' });

/** One entered value as the indicator's values answer it; month 0 is the whole year. */
export async function getIndicatorValue(
  db: Queryable,
  indicatorId: number,
  year: number,
  month: number,
  gender: Gender,
): Promise<IndicatorValue | null> {
  const row = await maybeOne<ValueRow>(
    db,
    `select ${valueColumns} from indicator_value where indicator_id = $1 and year = $2 and month = $3 and gender = $4`,
    [indicatorId, year, month, gender],
  );
  return row && manualValue(row);
}

interface TargetRow {
  indicatorId: number;
  year: number;
  gender: Gender;
  kind: Target['kind'];
  direction: Direction | null;
  comparator: Comparator | null;
  targetValue: number | null;
  groupId: number | null;
  groupCode: string | null;
  statistic: 'average' | 'median' | null;
  label: string;
  version: number;
}

export function toTarget(r: Omit<TargetRow, 'indicatorId'>): Target {
  const base = { year: r.year, gender: r.gender, label: r.label, version: r.version };
  // the table's checks guarantee the columns each kind needs
  if (r.kind === 'direction') return { ...base, kind: 'direction', direction: required(r.direction, 'riktning') };
  if (r.kind === 'value')
    return { ...base, kind: 'value', comparator: required(r.comparator, 'jämförelse'), value: required(r.targetValue, 'målvärde') };
  return {
    ...base,
    kind: 'benchmark',
    comparator: r.comparator as 'at_least' | 'at_most',
    groupId: required(r.groupId, 'jämförelsegrupp'),
    groupCode: r.groupCode ?? '?',
    statistic: required(r.statistic, 'statistik'),
  };
}

const targetSelect = `select t.indicator_id as "indicatorId", t.year, t.gender, t.kind, t.direction, t.comparator, t.target_value as "targetValue",
  t.benchmark_group_id as "groupId", b.code as "groupCode", t.statistic, t.label, t.version
  from indicator_target t left join benchmark_group b on b.id = t.benchmark_group_id`;

export async function getIndicatorTarget(db: Queryable, indicatorId: number, year: number, gender: Gender): Promise<Target | null> {
  const row = await maybeOne<TargetRow>(db, `${targetSelect} where t.indicator_id = $1 and t.year = $2 and t.gender = $3`, [
    indicatorId,
    year,
    gender,
  ]);
  if (!row) return null;
  const { indicatorId: _, ...r } = row;
  return toTarget(r);
}

export async function indicatorTargets(db: Queryable, indicatorIds: readonly number[]): Promise<Map<number, Target[]>> {
  const rows = await db.query<TargetRow>(`${targetSelect} where t.indicator_id = any($1::int[]) order by t.year, t.gender`, [indicatorIds]);
  const result = new Map<number, Target[]>(indicatorIds.map((id) => [id, []]));
  for (const { indicatorId, ...r } of rows) result.get(indicatorId)?.push(toTarget(r));
  return result;
}

const assessmentColumns = `id, subject_type as "subjectType", subject_id as "subjectId", year, nullif(month, 0)::int as month,
  suggested_colour as "suggestedColour", colour, analysis, author, created_at as "createdAt"`;

/** The current (newest) assessment per subject for one period. */
export async function currentAssessments(
  db: Queryable,
  committeeId: number,
  year: number,
  month: number | null,
): Promise<Map<string, AssessmentRow>> {
  const rows = await db.query<AssessmentRow>(
    `select distinct on (subject_type, subject_id) ${assessmentColumns} from assessment
     where committee_id = $1 and year = $2 and month = $3 order by subject_type, subject_id, id desc`,
    [committeeId, year, month ?? 0],
  );
  return new Map(rows.map((r) => [`${r.subjectType}:${r.subjectId}`, r]));
}

export function assessmentHistory(db: Queryable, subjectType: string, subjectId: number): Promise<AssessmentRow[]> {
  return db.query<AssessmentRow>(
    `select ${assessmentColumns} from assessment where subject_type = $1 and subject_id = $2 order by year desc, month desc, id desc`,
    [subjectType, subjectId],
  );
}

const snapshotColumns = `id, committee_id as "committeeId", year, budget_version_id as "budgetVersionId", decided_on as "decidedOn", reason, taken_at as "takenAt"`;

export async function latestSnapshot(
  db: Queryable,
  committeeId: number,
  year: number,
): Promise<(Snapshot & { snapshot: SnapshotBody }) | null> {
  const [s] = await db.query<Snapshot & { snapshot: SnapshotBody }>(
    `select ${snapshotColumns}, snapshot from goal_set_snapshot where committee_id = $1 and year = $2 order by id desc limit 1`,
    [committeeId, year],
  );
  return s ?? null;
}

export function listSnapshots(db: Queryable, committeeId: number): Promise<Snapshot[]> {
  return db.query<Snapshot>(`select ${snapshotColumns} from goal_set_snapshot where committee_id = $1 order by year desc, id desc`, [
    committeeId,
  ]);
}

export async function getSnapshot(db: Queryable, id: number): Promise<Snapshot & { snapshot: SnapshotBody }> {
  const [s] = await db.query<Snapshot & { snapshot: SnapshotBody }>(
    `select ${snapshotColumns}, snapshot from goal_set_snapshot where id = $1`,
    [id],
  );
  if (!s) throw notFound(msg('thing.decided_goal_set'));
  return s;
}

/** Revisions of the committee's goals, indicators and targets, newest first. */
export function committeeRevisions(db: Queryable, committeeId: number): Promise<Revision[]> {
  return db.query<Revision>(
    `select r.id, r.entity_type as "entityType", r.entity_id as "entityId", r.reason, r.before, r.after, r.at from goal_revision r
     where (r.entity_type = 'committee_goal' and exists (select 1 from committee_goal g where g.id::text = r.entity_id and g.committee_id = $1))
        or (r.entity_type = 'indicator' and exists (select 1 from indicator i where i.id::text = r.entity_id and i.committee_id = $1))
        or (r.entity_type = 'indicator_target' and exists (select 1 from indicator i where i.id::text = split_part(r.entity_id, ':', 1) and i.committee_id = $1))
     order by r.id desc`,
    [committeeId],
  );
}

export async function isFrozen(db: Queryable, entityType: 'committee_goal' | 'indicator', id: number): Promise<boolean> {
  const rows = await db.query('select 1 from goal_set_member where entity_type = $1 and entity_id = $2 limit 1', [entityType, id]);
  return rows.length > 0;
}

export async function isTargetYearFrozen(db: Queryable, committeeId: number, year: number): Promise<boolean> {
  const rows = await db.query('select 1 from goal_set_snapshot where committee_id = $1 and year = $2 limit 1', [committeeId, year]);
  return rows.length > 0;
}

export type AssignmentRow = Omit<StrategicAssignment, 'recipients' | 'followUps' | 'current'>;

/** The assignments a committee has in a year: to all, to it by name, or its own. */
const assignmentSelect = `select a.id, a.issuer, c.code as "issuerCommitteeCode", a.number, a.scope, a.title, a.term_from as "termFrom", a.term_to as "termTo",
  a.source_note as "sourceNote", a.version
  from strategic_assignment a left join committee c on c.id = a.issuer_committee_id`;

export async function getAssignment(
  db: Queryable,
  id: number,
): Promise<AssignmentRow & { recipients: { committeeCode: string | null; name: string }[] }> {
  const row = await maybeOne<AssignmentRow>(db, `${assignmentSelect} where a.id = $1`, [id]);
  if (!row) throw notFound(msg('thing.assignment'));
  return { ...row, recipients: (await assignmentRecipients(db, [id])).map(({ committeeCode, name }) => ({ committeeCode, name })) };
}

export function assignmentsOfCommittee(db: Queryable, committeeId: number, year: number): Promise<AssignmentRow[]> {
  return db.query<AssignmentRow>(
    `${assignmentSelect}
     where a.term_from <= $2 and a.term_to >= $2 and (
       a.scope = 'all' or (a.scope = 'own' and a.issuer_committee_id = $1)
       or (a.scope = 'named' and exists (select 1 from strategic_assignment_recipient r where r.assignment_id = a.id and r.committee_id = $1)))
     order by case a.issuer when 'council' then 0 else 1 end, case a.scope when 'all' then 0 when 'named' then 1 else 2 end, a.number nulls last, a.id`,
    [committeeId, year],
  );
}

export function assignmentRecipients(
  db: Queryable,
  assignmentIds: readonly number[],
): Promise<{ assignmentId: number; committeeCode: string | null; name: string }[]> {
  return db.query(
    `select r.assignment_id as "assignmentId", c.code as "committeeCode", r.committee_name as name
     from strategic_assignment_recipient r left join committee c on c.id = r.committee_id where r.assignment_id = any($1::int[]) order by r.committee_name`,
    [assignmentIds],
  );
}

const followUpColumns = 'year, nullif(month, 0)::int as month, status, text, author, updated_at as "updatedAt", version';

/** One committee's follow-ups of the assignments, newest first. */
export function assignmentFollowUps(
  db: Queryable,
  committeeId: number,
  assignmentIds: readonly number[],
): Promise<(AssignmentFollowUp & { assignmentId: number })[]> {
  return db.query(
    `select assignment_id as "assignmentId", ${followUpColumns}
     from strategic_assignment_follow_up where committee_id = $1 and assignment_id = any($2::int[]) order by year desc, month desc`,
    [committeeId, assignmentIds],
  );
}

/** One follow-up; month 0 is the whole year. */
export function getAssignmentFollowUp(
  db: Queryable,
  assignmentId: number,
  committeeId: number,
  year: number,
  month: number,
): Promise<AssignmentFollowUp | null> {
  return maybeOne<AssignmentFollowUp>(
    db,
    `select ${followUpColumns} from strategic_assignment_follow_up where assignment_id = $1 and committee_id = $2 and year = $3 and month = $4`,
    [assignmentId, committeeId, year, month],
  );
}
