import { useId } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api, qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { GoalsLayout, GoalsPeriodForm } from './GoalsLayout.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { AssessmentColours, AttainmentSignal, PositionSignal, TrendSignal, positionYear } from './Signals.tsx';
import { formatDay, formatValue, periodText, targetText } from './format.ts';
import {
  GENDER_ORDER,
  committeeApi,
  indicatorPath,
  periodKey,
  type CommitteeGoalNode,
  type GoalTree,
  type IndicatorNode,
} from './types.ts';
import { goalKeys } from '../../query-keys.ts';

/** `ready` is false while the page's default year is still unknown, so the calendar year is not asked for first. */
export function useGoalTree(code: string, year: number, month: number | null, ready = true) {
  return useQuery({
    queryKey: goalKeys.tree(code, year, month),
    queryFn: () => api.get<GoalTree>(`${committeeApi(code, 'goals')}${qs({ year, month })}`),
    enabled: ready,
  });
}

/** The goal tree and whether the actor may write the committee's goals (its id comes with the tree). */
export function useWritableGoalTree(actor: Actor, code: string, year: number, month: number | null, ready: boolean) {
  const tree = useGoalTree(code, year, month, ready);
  return { tree, writable: tree.data ? can.writeCommittee(actor, tree.data.committee.id) : false };
}

/** Goal area → council goal → committee goal → indicators, with outcomes, targets and the three signals. */
export function GoalTreePage({ actor }: { actor: Actor }) {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const g = t.goals;
  const { year, month, setPeriod, ready } = useEconomyPeriod(code);
  const { tree, writable } = useWritableGoalTree(actor, code, year, month, ready);
  const data = tree.data;
  return (
    <GoalsLayout code={code} page="tree" year={year}>
      <p className="lead">{g.tree.intro}</p>
      <GoalsPeriodForm year={year} month={month} onChange={setPeriod} />
      {tree.isLoading && <Loading />}
      <ErrorMessage error={tree.error} />
      {data && (
        <>
          {data.decidedSet ? (
            <p className="decided-banner">
              <span className="status-tag decided">{g.tree.decided(data.decidedSet.decidedOn ?? formatDay(data.decidedSet.takenAt))}</span>{' '}
              {g.tree.decidedNote(data.decidedSet.reason)}
            </p>
          ) : (
            <p className="notice">{g.tree.notDecided}</p>
          )}
          <div className="goals-legend">
            <p>{g.tree.signalsExplained}</p>
            <p>{g.tree.mandatoryLegend}</p>
          </div>
          {data.areas.map((area) => (
            <AreaSection key={area.id} area={area} tree={data} writable={writable} />
          ))}
        </>
      )}
    </GoalsLayout>
  );
}

type Area = GoalTree['areas'][number];

function AreaSection({ area, tree, writable }: { area: Area; tree: GoalTree; writable: boolean }) {
  const { t } = useI18n();
  const g = t.goals;
  const id = useId();
  return (
    <section aria-labelledby={id} className="goal-area">
      <h2 id={id}>{area.name}</h2>
      {area.description && <p className="meta">{area.description}</p>}
      {area.councilGoals.map((c) => (
        <section key={c.id} className="council-goal" aria-labelledby={`${id}-${c.id}`}>
          <h3 id={`${id}-${c.id}`}>
            <span className="goal-kind">{g.tree.councilGoal}:</span> {c.title}
          </h3>
          <p className="meta">
            {g.tree.term(c.termFrom, c.termTo)}
            {c.summary && <> · {c.summary}</>}
          </p>
          {c.committeeGoals.length === 0 ? (
            <p className="muted">{g.tree.noCommitteeGoals}</p>
          ) : (
            c.committeeGoals.map((goal) => <CommitteeGoalSection key={goal.id} goal={goal} tree={tree} writable={writable} />)
          )}
        </section>
      ))}
      {area.committeeGoals.length > 0 && (
        <section className="council-goal" aria-labelledby={`${id}-own`}>
          <h3 id={`${id}-own`}>{g.tree.ownGoals}</h3>
          {area.committeeGoals.map((goal) => (
            <CommitteeGoalSection key={goal.id} goal={goal} tree={tree} writable={writable} />
          ))}
        </section>
      )}
    </section>
  );
}

function CommitteeGoalSection({ goal, tree, writable }: { goal: CommitteeGoalNode; tree: GoalTree; writable: boolean }) {
  const { t } = useI18n();
  const g = t.goals;
  const id = useId();
  return (
    <section aria-labelledby={id} className="committee-goal">
      <h4 id={id}>
        <span className="goal-kind">{g.tree.committeeGoal}:</span> {goal.title}
        {goal.revisedSinceDecision && <span className="status-tag revised"> {g.tree.revised}</span>}
      </h4>
      <AssessmentColours suggested={goal.suggestedColour} label={g.tree.goalAssessment} assessment={goal.assessment} />
      {goal.assessment?.analysis && <p className="analysis">{goal.assessment.analysis}</p>}
      {writable && (
        <details className="assess-details">
          <summary>{g.tree.assessGoal(goal.title)}</summary>
          <AssessmentForm
            key={`${goal.id}-${tree.year}-${tree.month ?? 0}`}
            subjectType="committee_goal"
            subjectId={goal.id}
            subjectName={goal.title}
            year={tree.year}
            month={tree.month}
            suggested={goal.suggestedColour}
            current={goal.assessment}
          />
        </details>
      )}
      <ul className="indicator-list">
        {goal.indicators.map((i) => (
          <li key={i.id}>
            <IndicatorCard indicator={i} tree={tree} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The periods shown in the tree: the latest three up to the chosen period. */
function shownPeriods(i: IndicatorNode, year: number) {
  const seen = new Map<number, { year: number; month: number | null }>();
  for (const v of i.values) if (v.year <= year) seen.set(periodKey(v), { year: v.year, month: v.month });
  for (const s of i.benchmark?.series ?? [])
    if (s.year <= year) seen.set(periodKey({ year: s.year, month: null }), { year: s.year, month: null });
  return [...seen.entries()]
    .sort((a, b) => a[0] - b[0])
    .slice(-3)
    .map(([, p]) => p);
}

export function IndicatorCard({ indicator: i, tree }: { indicator: IndicatorNode; tree: GoalTree }) {
  const { t } = useI18n();
  const g = t.goals;
  const id = useId();
  const periods = shownPeriods(i, tree.year);
  const targetYears = [tree.year, tree.year + 1];
  const genders = GENDER_ORDER.filter(
    (gender) => gender === 'T' || i.values.some((v) => v.gender === gender) || i.targets.some((x) => x.gender === gender),
  );
  const valueOf = (gender: string, p: { year: number; month: number | null }) =>
    i.values.find((v) => v.gender === gender && v.year === p.year && v.month === p.month);
  const targetOf = (gender: string, y: number) => i.targets.find((x) => x.gender === gender && x.year === y);
  const group = i.benchmark;
  const statOf = (p: { year: number; month: number | null }) =>
    p.month === null ? group?.series.find((s) => s.year === p.year) : undefined;
  const sources = [...new Set(i.values.map((v) => v.sourceNote).filter((s): s is string => !!s))];
  const multi = i.signals.length > 1;
  const pYear = positionYear(group, tree.year);
  return (
    <article className="indicator-card" aria-labelledby={id}>
      <h5 id={id}>
        <Link to={indicatorPath(tree.committee.code, i.id, { ar: tree.year, manad: tree.month })}>{i.name}</Link>
        {i.mandatory && (
          <span className="mandatory">
            {' '}
            <span aria-hidden="true">{g.tree.mandatoryMark}</span>
            <span className="visually-hidden">({g.tree.mandatory})</span>
          </span>
        )}
        {i.revisedSinceDecision && <span className="status-tag revised"> {g.tree.revised}</span>}
      </h5>
      <ScrollTable label={g.tree.valuesCaption(i.name)}>
        <table className="amounts indicator-values">
          <caption className="visually-hidden">{g.tree.valuesCaption(i.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{i.unit ? `${g.tree.series} (${i.unit})` : g.tree.series}</th>
              {periods.map((p) => (
                <th scope="col" className="num" key={periodKey(p)}>
                  {g.tree.outcome(periodText(g, p))}
                </th>
              ))}
              {targetYears.map((y) => (
                <th scope="col" key={y}>
                  {g.tree.target(y)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {genders.map((gender) => (
              <tr key={gender}>
                <th scope="row">{g.genders[gender]}</th>
                {periods.map((p) => {
                  const v = valueOf(gender, p);
                  return (
                    <td className="num" key={periodKey(p)}>
                      {formatValue(g, v?.value, i.decimals)}
                      {v?.preliminary && (
                        <abbr title={g.tree.preliminaryLong} className="prel">
                          {' '}
                          {g.tree.preliminary}
                        </abbr>
                      )}
                    </td>
                  );
                })}
                {targetYears.map((y) => {
                  const x = targetOf(gender, y);
                  return <td key={y}>{x ? targetText(g, x, i.decimals) : g.none}</td>;
                })}
              </tr>
            ))}
            {group &&
              (['average', 'median'] as const).map((stat) => (
                <tr key={stat} className="benchmark-row">
                  <th scope="row">{stat === 'average' ? g.tree.groupAverage(group.groupCode) : g.tree.groupMedian(group.groupCode)}</th>
                  {periods.map((p) => (
                    <td className="num" key={periodKey(p)}>
                      {formatValue(g, statOf(p)?.[stat], i.decimals)}
                    </td>
                  ))}
                  {targetYears.map((y) => (
                    <td key={y} />
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollTable>
      <dl className="signals">
        <div className="signal-group">
          <dt>{g.signals.attainment}</dt>
          {i.signals.map((s) => (
            <dd key={s.gender}>
              {multi && <span className="gender-label">{g.genders[s.gender]}: </span>}
              <AttainmentSignal signal={s} decimals={i.decimals} benchmark={group} />
            </dd>
          ))}
        </div>
        <div className="signal-group">
          <dt>{g.signals.trend}</dt>
          {i.signals.map((s) => (
            <dd key={s.gender}>
              {multi && <span className="gender-label">{g.genders[s.gender]}: </span>}
              <TrendSignal trend={s.trend} decimals={i.decimals} />
            </dd>
          ))}
        </div>
        <div className="signal-group">
          <dt>
            {g.signals.position} <span className="hint">({g.signals.positionHint})</span>
          </dt>
          {(group ? i.signals : i.signals.slice(0, 1)).map((s) => (
            <dd key={s.gender}>
              {multi && group && <span className="gender-label">{g.genders[s.gender]}: </span>}
              <PositionSignal position={s.position} groupCode={group?.groupCode ?? null} year={pYear} decimals={i.decimals} />
            </dd>
          ))}
        </div>
      </dl>
      <AssessmentColours suggested={i.suggestedColour} label={g.tree.assessment} assessment={i.assessment} />
      {i.assessment?.analysis && <p className="analysis">{i.assessment.analysis}</p>}
      {(i.footnote || sources.length > 0 || i.koladaKpi) && (
        <p className="source-line">
          {i.footnote && (
            <span>
              {g.tree.footnote}: {/[.!?]$/.test(i.footnote.trim()) ? i.footnote.trim() : `${i.footnote.trim()}.`}{' '}
            </span>
          )}
          {i.koladaKpi && <span>{t.goals.indicator.koladaKpi(i.koladaKpi, i.koladaTitle)}. </span>}
          {sources.slice(0, 1).map((s) => (
            <span key={s}>{s}</span>
          ))}
        </p>
      )}
    </article>
  );
}
