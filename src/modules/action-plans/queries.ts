import type { Queryable } from '../../db/connection.ts';
import { AppError } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import { required } from '../../core/required.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import type { Committee } from '../organisation/model.ts';
import { effectValue, planYears } from './rules/measures.ts';
import { budgetReport } from '../budget/queries.ts';
import { followUpReport } from '../follow-up/queries.ts';
import { budgetLines, closingOutcome, currentBudgetVersion, listBudgetVersions } from '../budget/store.ts';
import { net } from '../budget/model.ts';
import {
  type ActivityLineOutcome,
  type ChecksReport,
  type ComparisonReport,
  type DeliveryRecordReport,
  type DeliveryReport,
  type GroupBy,
  type PlanListItem,
  type PlanRef,
  type PlanVersion,
  type RangeSetting,
  type ReconciliationReport,
  type StatusMeaning,
  type SummaryReport,
  type Term,
  type VersionView,
  type Vocabulary,
} from './model.ts';
import { compareVersions } from './rules/comparison.ts';
import { controlTotalFindings, fullYearFindings, unitFindings } from './rules/checks.ts';
import { deliveryRecord, planDelivery } from './rules/delivery.ts';
import { reconcile } from './rules/reconciliation.ts';
import { summarise } from './rules/summary.ts';
import * as store from './store.ts';

/** Reports built from the database for the API, the exports, the CLI and the checker. */

async function committeeOf(db: Queryable, committeeId: number): Promise<Committee> {
  return getCommitteeByCode(db, await store.committeeCodeOf(db, committeeId));
}

export async function planRef(db: Queryable, planId: number): Promise<PlanRef> {
  const plan = await store.getPlan(db, planId);
  const [committee, versions] = await Promise.all([committeeOf(db, plan.committeeId), store.listVersions(db, planId)]);
  return { plan, committee, versions, governingVersionId: store.governingVersion(versions)?.id ?? null };
}

export async function planList(db: Queryable, committeeCode: string): Promise<{ committee: Committee; plans: PlanListItem[] }> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const plans = await store.listPlans(db, committee.id);
  const items: PlanListItem[] = [];
  for (const p of plans) {
    const versions = await store.listVersions(db, p.id);
    const governing = store.governingVersion(versions);
    const measureCount = governing ? await store.measureCount(db, governing.id) : 0;
    items.push({ ...p, versions, governingVersionId: governing?.id ?? null, measureCount });
  }
  return { committee, plans: items };
}

async function resolveVersion(db: Queryable, planId: number, versionId: number | null): Promise<{ ref: PlanRef; version: PlanVersion }> {
  const ref = await planRef(db, planId);
  const version =
    versionId === null ? ref.versions.find((v) => v.id === ref.governingVersionId) : ref.versions.find((v) => v.id === versionId);
  if (!version)
    throw new AppError(
      'not_found',
      versionId === null ? msg('action_plans.no_version', { plan: ref.plan.title }) : msg('action_plans.version_not_of_plan'),
    );
  return { ref, version };
}

const meaningIn =
  (vocab: Vocabulary) =>
  (code: string): StatusMeaning | null =>
    vocab.statuses.find((t) => t.code === code)?.meaning ?? null;
const groupsOf = (vocab: Vocabulary, by: GroupBy) =>
  (by === 'area' ? vocab.areas : vocab.targetGroups).filter((t) => t.active).map((t: Term) => ({ code: t.code, label: t.label }));

export async function versionView(db: Queryable, planId: number, versionId: number | null): Promise<VersionView> {
  const { ref, version } = await resolveVersion(db, planId, versionId);
  const [list, controls, vocab, activities, follow] = await Promise.all([
    store.measures(db, version.id),
    store.controlTotals(db, version.id),
    store.vocabulary(db, await store.municipalityOfCommittee(db, ref.plan.committeeId)),
    store.committeeActivities(db, ref.plan.committeeId),
    store.followUps(db, planId),
  ]);
  const earlier = version.revisesId === null ? [] : await store.measures(db, version.revisesId);
  return {
    plan: ref.plan,
    committee: ref.committee,
    version,
    years: planYears(ref.plan),
    controlTotals: controls,
    vocabulary: vocab,
    activities,
    measures: list.map((m) => {
      const f = follow.find((x) => x.measureCode === m.code) ?? null;
      const e = earlier.find((x) => x.code === m.code);
      return {
        ...m,
        followUp: f,
        currentStatusCode: f?.statusCode ?? m.statusCode,
        earlier: e
          ? {
              versionId: e.planVersionId,
              fullYearMin: e.fullYearMin,
              fullYearMax: e.fullYearMax,
              effects: e.effects,
              statusCode: e.statusCode,
            }
          : null,
      };
    }),
  };
}

export async function summaryReport(
  db: Queryable,
  planId: number,
  options: { versionId: number | null; groupBy: GroupBy; range: RangeSetting },
): Promise<SummaryReport> {
  const view = await versionView(db, planId, options.versionId);
  return {
    plan: view.plan,
    committee: view.committee,
    version: view.version,
    summary: summarise({
      measures: view.measures,
      years: view.years,
      groupBy: options.groupBy,
      groups: groupsOf(view.vocabulary, options.groupBy),
      range: options.range,
    }),
  };
}

/** Printed totals against the rows, full-year effect against the last year, amounts in the wrong unit. */
export async function checksReport(db: Queryable, planId: number, versionId: number | null): Promise<ChecksReport> {
  const view = await versionView(db, planId, versionId);
  const areas = groupsOf(view.vocabulary, 'area');
  const groups = [...areas, ...groupsOf(view.vocabulary, 'target_group')];
  return {
    plan: view.plan,
    version: view.version,
    findings: [
      ...controlTotalFindings(view.measures, view.controlTotals, groups),
      ...fullYearFindings(view.measures, areas, view.plan.lastYear),
      ...unitFindings(view.measures, view.years),
    ],
  };
}

/** Without arguments: the newest version against the one it revises (or the one before it). */
export async function comparisonReport(
  db: Queryable,
  planId: number,
  options: { fromId: number | null; toId: number | null; range: RangeSetting },
): Promise<ComparisonReport> {
  const ref = await planRef(db, planId);
  const byId = (id: number) => {
    const v = ref.versions.find((x) => x.id === id);
    if (!v) throw new AppError('not_found', msg('action_plans.version_not_of_plan'));
    return v;
  };
  const to = options.toId !== null ? byId(options.toId) : ref.versions.at(-1);
  if (!to) throw new AppError('not_found', msg('action_plans.no_version', { plan: ref.plan.title }));
  const from =
    options.fromId !== null
      ? byId(options.fromId)
      : to.revisesId !== null
        ? byId(to.revisesId)
        : ref.versions.filter((v) => v.number < to.number).at(-1);
  if (!from) throw new AppError('validation', msg('action_plans.only_one_version', { plan: ref.plan.title }));
  const [a, b, vocab] = await Promise.all([
    store.measures(db, from.id),
    store.measures(db, to.id),
    store.vocabulary(db, await store.municipalityOfCommittee(db, ref.plan.committeeId)),
  ]);
  return { plan: ref.plan, from, to, comparison: compareVersions(a, b, planYears(ref.plan), options.range, meaningIn(vocab)) };
}

async function economyByYear(db: Queryable, committeeId: number, years: readonly number[]) {
  const result = new Map<number, { budget: Map<number, number>; outcome: Map<number, number> }>();
  const budgetYears = (await listBudgetVersions(db, committeeId)).map((v) => v.budgetYear);
  for (const year of years) {
    // the budget for the year, or the plan year of the newest earlier budget
    const base = Math.max(...budgetYears.filter((b) => b <= year), -Infinity);
    const version = Number.isFinite(base) ? await currentBudgetVersion(db, committeeId, base) : null;
    const lines = version ? (await budgetLines(db, version.id)).get(year) : undefined;
    const outcome = await closingOutcome(db, committeeId, year);
    result.set(year, {
      budget: new Map([...(lines ?? new Map()).entries()].map(([id, a]) => [id, net(a)])),
      outcome: new Map([...outcome.entries()].map(([id, a]) => [id, net(a)])),
    });
  }
  return result;
}

/** Realised ÷ planned for the governing version, with the outcome on each measure's activity lines. */
export async function deliveryReport(db: Queryable, planId: number, range: RangeSetting): Promise<DeliveryReport> {
  const view = await versionView(db, planId, null);
  const outcomes = await store.outcomes(db, planId);
  const economy = await economyByYear(db, view.plan.committeeId, view.years);
  const activityLines: Record<string, ActivityLineOutcome[]> = {};
  for (const m of view.measures) {
    activityLines[m.code] = m.activityIds.map((activityId) => {
      const a = required(
        view.activities.find((x) => x.id === activityId),
        `verksamhet ${activityId} i versionens verksamheter`,
      );
      return {
        activityId,
        code: a.code,
        name: a.name,
        years: view.years.map((year) => ({
          year,
          budget: economy.get(year)?.budget.get(activityId) ?? null,
          outcome: economy.get(year)?.outcome.get(activityId) ?? null,
        })),
      };
    });
  }
  return {
    plan: view.plan,
    committee: view.committee,
    version: view.version,
    delivery: planDelivery(view.measures, outcomes, view.years, range),
    outcomes,
    activityLines,
  };
}

export async function deliveryRecordReport(db: Queryable, committeeCode: string, range: RangeSetting): Promise<DeliveryRecordReport> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const plans = await store.listPlans(db, committee.id);
  const deliveries = [];
  for (const p of [...plans].reverse()) {
    const versions = await store.listVersions(db, p.id);
    const governing = store.governingVersion(versions);
    const list = governing ? await store.measures(db, governing.id) : [];
    deliveries.push({ planId: p.id, title: p.title, delivery: planDelivery(list, await store.outcomes(db, p.id), planYears(p), range) });
  }
  return { committee, range, record: deliveryRecord(deliveries) };
}

/**
 * The deficit to close per year — the forecast deficit against the frame (from the economy's
 * follow-up at its latest month) plus the budget's unallocated cost reductions — against the
 * reductions of decided measures (not dropped), of implemented measures, and realised effects,
 * across all the committee's plans.
 */
export async function reconciliationReport(
  db: Queryable,
  committeeCode: string,
  range: RangeSetting,
  onlyYear: number | null = null,
): Promise<ReconciliationReport> {
  const committee = await getCommitteeByCode(db, committeeCode);
  const plans = await store.listPlans(db, committee.id);
  const vocab = await store.vocabulary(db, await store.municipalityOfCommittee(db, committee.id));
  const meaning = meaningIn(vocab);
  const years = onlyYear !== null ? [onlyYear] : [...new Set(plans.flatMap(planYears))].sort((a, b) => a - b);
  const decided = new Map<number, number>();
  const implemented = new Map<number, number>();
  const realised = new Map<number, number>();
  const add = (map: Map<number, number>, year: number, value: number) => map.set(year, (map.get(year) ?? 0) + value);
  for (const p of plans) {
    const versions = (await store.listVersions(db, p.id)).filter((v) => v.status === 'decided');
    const governing = store.governingVersion(versions);
    const follow = await store.followUps(db, p.id);
    if (governing) {
      for (const m of await store.measures(db, governing.id)) {
        const status = meaning(follow.find((f) => f.measureCode === m.code)?.statusCode ?? m.statusCode);
        if (status === 'dropped') continue;
        for (const e of m.effects.filter((x) => x.kind === 'reduction')) {
          const value = effectValue(e, range) ?? 0;
          add(decided, e.year, value);
          if (status === 'implemented') add(implemented, e.year, value);
        }
      }
    }
    for (const o of await store.outcomes(db, p.id)) add(realised, o.year, o.amount);
  }

  const budgetYears = (await listBudgetVersions(db, committee.id)).map((v) => v.budgetYear);
  const reports = new Map<number, Awaited<ReturnType<typeof budgetReport>>>();
  const rows: ReconciliationReport['rows'] = [];
  for (const year of years) {
    let forecastDeficit: number | null = null;
    let forecastSource: string | null = null;
    try {
      const f = await followUpReport(db, committee.code, year, null);
      if (f.actionPlan) {
        forecastDeficit = f.actionPlan.deficit;
        forecastSource = `Prognos ${year} per månad ${f.month} mot ramen`;
      }
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'not_found') throw err;
    }
    let unallocatedReductions: number | null = null;
    let budgetSource: string | null = null;
    const base = Math.max(...budgetYears.filter((b) => b <= year), -Infinity);
    if (Number.isFinite(base)) {
      const report = reports.get(base) ?? (await budgetReport(db, committee.code, base));
      reports.set(base, report);
      const ci = report.table.columns.findIndex((c) => c.year === year && c.kind !== 'outcome');
      const values = ci < 0 ? [] : report.table.rows.filter((r) => r.kind === 'unallocated').map((r) => r.values[ci] ?? null);
      const column = report.table.columns[ci];
      if (column) {
        unallocatedReductions = values.reduce<number>((acc, v) => acc + Math.max(0, -(v ?? 0)), 0);
        budgetSource = `${report.budgetVersion.title}, ${column.label}`;
      }
    }
    rows.push({
      ...reconcile({
        year,
        forecastDeficit,
        unallocatedReductions,
        decided: decided.get(year) ?? 0,
        implemented: implemented.get(year) ?? 0,
        realised: realised.get(year) ?? 0,
      }),
      forecastSource,
      budgetSource,
    });
  }
  return { committee, range, rows };
}
