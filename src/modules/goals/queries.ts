import type { Queryable } from '../../db/connection.ts';
import { required } from '../../core/required.ts';
import { getCommitteeByCode, getMunicipality } from '../organisation/store.ts';
import type { BenchmarkGroup, GroupYearStats } from '../kolada/model.ts';
import { benchmarkSeries } from '../kolada/queries.ts';
import { kpiTitles, listBenchmarkGroups } from '../kolada/store.ts';
import {
  GENDERS,
  type AssessmentRow,
  type CommitteeGoal,
  type CommitteeGoalNode,
  type Gender,
  type GoalTree,
  type Indicator,
  type IndicatorDetail,
  type IndicatorNode,
  type IndicatorSignals,
  type Position,
  type StrategicAssignment,
  type Target,
  periodKey,
} from './model.ts';
import { attainment, desiredOf, position, rollUp, suggestColour, trend } from './rules/signals.ts';
import * as store from './store.ts';

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function snapshotTargets(rows: Record<string, unknown>[], groups: readonly BenchmarkGroup[]): Target[] {
  return rows.map((r) =>
    store.toTarget({
      year: r.year as number,
      gender: r.gender as Gender,
      kind: r.kind as Target['kind'],
      direction: (r.direction ?? null) as never,
      comparator: (r.comparator ?? null) as never,
      targetValue: (r.target_value ?? null) as number | null,
      groupId: (r.benchmark_group_id ?? null) as number | null,
      groupCode: groups.find((g) => g.id === r.benchmark_group_id)?.code ?? null,
      statistic: (r.statistic ?? null) as never,
      label: (r.label ?? '') as string,
      version: (r.version ?? 1) as number,
    }),
  );
}

export async function indicatorNodes(
  db: Queryable,
  indicators: readonly Indicator[],
  year: number,
  month: number | null,
  options: { decidedTargets?: Map<number, Target[]>; assessments?: Map<string, AssessmentRow> } = {},
): Promise<IndicatorNode[]> {
  const tenant = (await getMunicipality(db)).code;
  // sequential: db may be one transaction's client, which runs one query at a time
  const values = await store.indicatorValues(db, indicators);
  const liveTargets = await store.indicatorTargets(
    db,
    indicators.map((i) => i.id),
  );
  const groups = await listBenchmarkGroups(db);
  const titles = await kpiTitles(
    db,
    indicators.map((i) => i.koladaKpi).filter((k): k is string => k !== null),
  );
  const nodes: IndicatorNode[] = [];
  for (const indicator of indicators) {
    const all = values.get(indicator.id) ?? [];
    const upTo = all.filter((v) => v.year <= year && (month === null || v.year < year || v.month === null || v.month <= month));
    const live = liveTargets.get(indicator.id) ?? [];
    const decided = options.decidedTargets?.get(indicator.id);
    const targets = [
      ...(decided ?? live.filter((t) => t.year === year || t.year === year + 1)),
      ...(decided ? live.filter((t) => t.year === year + 1 && !decided.some((d) => d.year === t.year && d.gender === t.gender)) : []),
    ].sort((a, b) => a.year - b.year || GENDERS.indexOf(a.gender) - GENDERS.indexOf(b.gender));
    const groupId = indicator.benchmarkGroupId ?? targets.find((t) => t.kind === 'benchmark')?.groupId ?? null;
    const group = groupId === null ? null : (groups.find((g) => g.id === groupId) ?? null);
    const seriesByGender = new Map<Gender, GroupYearStats[]>();
    if (group && indicator.source === 'kolada' && indicator.koladaKpi) {
      for (const g of indicator.genderSplit ? GENDERS : (['T'] as const))
        seriesByGender.set(g, await benchmarkSeries(db, group, indicator.koladaKpi, tenant, g));
    }
    const genders = indicator.genderSplit
      ? GENDERS.filter((g) => g === 'T' || all.some((v) => v.gender === g) || targets.some((t) => t.gender === g))
      : (['T'] as const);
    const signals: IndicatorSignals[] = genders.map((gender) => {
      const own = upTo.filter((v) => v.gender === gender);
      const target =
        targets.find((t) => t.year === year && t.gender === gender) ??
        (gender === 'T' ? null : (targets.find((t) => t.year === year && t.gender === 'T') ?? null));
      const series = seriesByGender.get(gender) ?? [];
      const figuresFor = (y: number) => series.find((s) => s.year === y) ?? null;
      const desired = desiredOf(target, indicator.polarity);
      const a = attainment(target, own, indicator.decimals, figuresFor);
      const t = trend(own, desired, indicator.decimals);
      let p: Position | null = null;
      const latestWithPeers = [...series].reverse().find((s) => s.year <= year && s.own !== null && s.membersWithValue > 0);
      if (latestWithPeers) {
        const peers = latestWithPeers.values.map((v) => v.value);
        if (!latestWithPeers.values.some((v) => v.code === tenant)) peers.push(latestWithPeers.own);
        p = {
          ...position(latestWithPeers.own, peers, desired, latestWithPeers),
          label: `Placering ${latestWithPeers.year} bland ${required(group, 'jämförelsegruppen bakom serien').code} (relativ rangordning, inte måluppfyllelse)`,
        };
      } else if (series.length > 0) {
        p = position(null, [], desired, null);
      }
      return { gender, target, attainment: a, trend: t, position: p };
    });
    nodes.push({
      ...indicator,
      koladaTitle: indicator.koladaKpi ? (titles.get(indicator.koladaKpi) ?? null) : null,
      values: all,
      targets,
      signals,
      benchmark: group
        ? {
            groupId: group.id,
            groupCode: group.code,
            groupName: group.name,
            koladaGroupId: group.koladaGroupId,
            includeSelf: group.includeSelf,
            series: seriesByGender.get('T') ?? [],
            note: 'Snitt och median beräknade av Styrbord från medlemmarnas värden (beräknat från Kolada); medlemmar utan värde räknas inte in.',
          }
        : null,
      suggestedColour: suggestColour(signals),
      assessment: options.assessments?.get(`indicator:${indicator.id}`) ?? null,
      decided: null,
      revisedSinceDecision: false,
    });
  }
  return nodes;
}

export async function goalTree(db: Queryable, committeeCode: string, year: number, month: number | null = null): Promise<GoalTree> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const municipality = await getMunicipality(db);
  const areas = await store.listGoalAreas(db);
  const councilGoals = await store.listCouncilGoals(db, year);
  const liveGoals = await store.listCommitteeGoals(db, committee.id, null);
  const liveIndicators = await store.listIndicators(db, committee.id);
  const snapshot = await store.latestSnapshot(db, committee.id, year);
  const assessments = await store.currentAssessments(db, committee.id, year, month);
  const groups = await listBenchmarkGroups(db);
  const revisions = await store.committeeRevisions(db, committee.id);
  let goals: CommitteeGoal[];
  let indicators: Indicator[];
  const decidedTargets = new Map<number, Target[]>();
  const decidedRows = new Map<string, Record<string, unknown>>();
  if (snapshot) {
    const goalIds = snapshot.snapshot.goals.map((g) => g.goal.id);
    goals = goalIds.map((id) => liveGoals.find((g) => g.id === id)).filter((g): g is CommitteeGoal => g !== undefined);
    const indicatorIds = snapshot.snapshot.goals.flatMap((g) => g.indicators.map((i) => i.indicator.id));
    indicators = indicatorIds.map((id) => liveIndicators.find((i) => i.id === id)).filter((i): i is Indicator => i !== undefined);
    for (const g of snapshot.snapshot.goals) {
      decidedRows.set(`committee_goal:${g.goal.id}`, g.goal);
      for (const i of g.indicators) {
        decidedRows.set(`indicator:${i.indicator.id}`, i.indicator);
        decidedTargets.set(
          i.indicator.id,
          snapshotTargets(
            i.targets.filter((t) => t.year === year),
            groups,
          ),
        );
      }
    }
  } else {
    goals = liveGoals.filter((g) => g.fromYear <= year && (g.toYear === null || g.toYear >= year));
    const ids = new Set(goals.map((g) => g.id));
    indicators = liveIndicators.filter((i) => ids.has(i.committeeGoalId));
  }
  const revisedAfter = (entityType: string, id: number) =>
    snapshot !== null &&
    revisions.some(
      (r) =>
        r.entityType === entityType &&
        (r.entityId === String(id) || (entityType === 'indicator' && r.entityId.startsWith(`${id}:`))) &&
        r.at > snapshot.takenAt,
    );
  const decidedCopy = (key: string) => {
    const row = decidedRows.get(key);
    return row ? Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])) : null;
  };

  const nodes = await indicatorNodes(db, indicators, year, month, { decidedTargets: snapshot ? decidedTargets : undefined, assessments });
  const goalNodes: CommitteeGoalNode[] = goals.map((g) => {
    const own = nodes
      .filter((n) => n.committeeGoalId === g.id)
      .map((n) => {
        const revised = revisedAfter('indicator', n.id);
        return { ...n, revisedSinceDecision: revised, decided: revised ? decidedCopy(`indicator:${n.id}`) : null };
      });
    return {
      ...g,
      indicators: own,
      suggestedColour: rollUp(
        own.map((n) => n.suggestedColour),
        g.rollupRule,
      ),
      assessment: assessments.get(`committee_goal:${g.id}`) ?? null,
      revisedSinceDecision: revisedAfter('committee_goal', g.id),
    };
  });
  return {
    municipality,
    committee: { id: committee.id, code: committee.code, name: committee.name },
    year,
    month,
    decidedSet: snapshot
      ? {
          id: snapshot.id,
          committeeId: snapshot.committeeId,
          year: snapshot.year,
          budgetVersionId: snapshot.budgetVersionId,
          decidedOn: snapshot.decidedOn,
          reason: snapshot.reason,
          takenAt: snapshot.takenAt,
        }
      : null,
    areas: areas.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      description: a.description,
      councilGoals: councilGoals
        .filter((c) => c.goalAreaId === a.id)
        .map((c) => ({ ...c, committeeGoals: goalNodes.filter((g) => g.councilGoalId === c.id) })),
      committeeGoals: goalNodes.filter((g) => g.councilGoalId === null && g.goalAreaId === a.id),
    })),
  };
}

/** One indicator with everything the indicator page needs. */
export async function indicatorDetail(
  db: Queryable,
  indicatorId: number,
  year: number,
  month: number | null = null,
): Promise<IndicatorDetail> {
  const indicator = await store.getIndicator(db, indicatorId);
  const assessments = await store.currentAssessments(db, indicator.committeeId, year, month);
  const [node] = await indicatorNodes(db, [indicator], year, month, { assessments });
  const allTargets = (await store.indicatorTargets(db, [indicator.id])).get(indicator.id) ?? [];
  const goal = await store.getCommitteeGoal(db, indicator.committeeGoalId);
  const revisions = (await store.committeeRevisions(db, indicator.committeeId)).filter(
    (r) =>
      (r.entityType === 'indicator' && r.entityId === String(indicator.id)) ||
      (r.entityType === 'indicator_target' && r.entityId.startsWith(`${indicator.id}:`)),
  );
  return {
    ...required(node, `indikator ${indicator.id} som nod`),
    committeeGoal: { id: goal.id, code: goal.code, title: goal.title },
    allTargets,
    assessmentHistory: await store.assessmentHistory(db, 'indicator', indicator.id),
    revisions,
    frozen: await store.isFrozen(db, 'indicator', indicator.id),
  };
}

/** Suggested colour computed now by the rules, stored beside the colour that is set. */
export async function suggestionFor(
  tx: Queryable,
  subjectType: 'indicator' | 'committee_goal',
  subjectId: number,
  year: number,
  month: number | null,
) {
  if (subjectType === 'indicator') {
    const indicator = await store.getIndicator(tx, subjectId);
    const [node] = await indicatorNodes(tx, [indicator], year, month);
    return { committeeId: indicator.committeeId, suggested: required(node, `indikator ${indicator.id} som nod`).suggestedColour };
  }
  const goal = await store.getCommitteeGoal(tx, subjectId);
  const indicators = (await store.listIndicators(tx, goal.committeeId)).filter((i) => i.committeeGoalId === goal.id);
  const nodes = await indicatorNodes(tx, indicators, year, month);
  return {
    committeeId: goal.committeeId,
    suggested: rollUp(
      nodes.map((n) => n.suggestedColour),
      goal.rollupRule,
    ),
  };
}

export async function listAssignments(
  db: Queryable,
  committeeCode: string,
  year: number,
  month: number | null = null,
): Promise<StrategicAssignment[]> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const rows = await store.assignmentsOfCommittee(db, committee.id, year);
  const ids = rows.map((r) => r.id);
  const recipients = await store.assignmentRecipients(db, ids);
  const followUps = await store.assignmentFollowUps(db, committee.id, ids);
  const limit = periodKey({ year, month });
  return rows.map((a) => {
    const own = followUps
      .filter((f) => f.assignmentId === a.id)
      .map(({ assignmentId: _, ...f }) => f)
      .sort((x, y) => periodKey(y) - periodKey(x));
    return {
      ...a,
      recipients: recipients.filter((r) => r.assignmentId === a.id).map(({ committeeCode, name }) => ({ committeeCode, name })),
      followUps: own,
      current: own.find((f) => periodKey(f) <= limit) ?? null,
    };
  });
}
