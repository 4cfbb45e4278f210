import { useId, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api, qs } from '../../api.ts';
import { formatDateTime } from '../../../core/format.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { GoalsLayout, GoalsPeriodForm } from './GoalsLayout.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { KoladaBinding } from './KoladaBinding.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { RevisionTable } from './RevisionTable.tsx';
import { AssessmentColours, AttainmentSignal, ColourBadge, PositionSignal, TrendSignal, positionYear } from './Signals.tsx';
import { formatValue, periodText, targetText } from './format.ts';
import { goalsPath, type IndicatorDetail, type Period } from './types.ts';
import { goalKeys } from '../../query-keys.ts';
import { CaptionedTable, TableHead } from '../../components/CaptionedTable.tsx';

/** One indicator: definition, history chart, signals, targets, assessments and revisions. */
export function IndicatorPage({ actor }: { actor: Actor }) {
  const { code = '', id = '' } = useParams();
  const { t } = useI18n();
  const { year, month, setPeriod, ready } = useEconomyPeriod(code);
  const detail = useQuery({
    queryKey: goalKeys.indicator(id, year, month),
    queryFn: () => api.get<IndicatorDetail>(`/api/indicators/${encodeURIComponent(id)}${qs({ year, month })}`),
    enabled: ready,
  });
  const i = detail.data;
  return (
    <GoalsLayout code={code} page={null} year={year} heading={i?.name ?? t.goals.title}>
      <p>
        <Link to={goalsPath(code, 'tree', { ar: year, manad: month })}>{t.goals.indicator.back}</Link>
      </p>
      <GoalsPeriodForm year={year} month={month} onChange={setPeriod} />
      {detail.isLoading && <Loading />}
      <ErrorMessage error={detail.error} />
      {i && <IndicatorContent indicator={i} year={year} month={month} writable={can.writeCommittee(actor, i.committeeId)} />}
    </GoalsLayout>
  );
}

function IndicatorContent({
  indicator: i,
  year,
  month,
  writable,
}: {
  indicator: IndicatorDetail;
  writable: boolean;
} & Period) {
  const { t } = useI18n();
  const g = t.goals;
  const n = g.indicator;
  const id = useId();
  const latest = [...(i.benchmark?.series ?? [])].reverse().find((s) => s.year <= year && s.membersWithValue > 0);
  const pYear = positionYear(i.benchmark, year);
  return (
    <>
      <p className="meta">
        {n.goal}: {i.committeeGoal.title}
        {i.mandatory && <> · {n.mandatory}</>}
      </p>
      {i.frozen && <p className="notice">{n.frozen}</p>}
      {i.revisedSinceDecision && <p className="notice">{n.revisedSinceDecision}</p>}

      <section aria-labelledby={`${id}-facts`}>
        <h2 id={`${id}-facts`}>{n.factsTitle}</h2>
        <dl className="facts">
          <dt>{n.definition}</dt>
          <dd>{i.definition || <span className="muted">{n.noDefinition}</span>}</dd>
          <OptionalFact term={n.numerator} value={i.numerator} />
          <OptionalFact term={n.denominator} value={i.denominator} />
          <dt>{n.unit}</dt>
          <dd>{i.unit || '–'}</dd>
          <dt>{n.source}</dt>
          <dd>
            {n.sources[i.source] ?? i.source}
            {i.koladaKpi && <> – {n.koladaKpi(i.koladaKpi, i.koladaTitle)}</>}
            {i.sourceDetail && <> · {i.sourceDetail}</>}
          </dd>
          <dt>{n.periodicity}</dt>
          <dd>{n.periodicities[i.periodicity] ?? i.periodicity}</dd>
          <OptionalFact term={n.expected} value={i.expectedNote} />
          <dt>{n.genderSplit}</dt>
          <dd>{i.genderSplit ? n.yes : n.no}</dd>
          <OptionalFact term={n.polarity} value={i.polarity && n.polarities[i.polarity]} />
          <OptionalFact term={n.owner} value={i.owner} />
          <OptionalFact term={n.footnote} value={i.footnote} />
        </dl>
      </section>

      <section aria-labelledby={`${id}-signals`}>
        <h2 id={`${id}-signals`}>{n.signalsTitle(year)}</h2>
        <p className="meta">{g.tree.signalsExplained}</p>
        <ScrollTable label={n.signalsCaption(year)}>
          <table className="signals-table">
            <caption>{n.signalsCaption(year)}</caption>
            <thead>
              <tr>
                <th scope="col">{g.targets.gender}</th>
                <th scope="col">{g.targets.text}</th>
                <th scope="col">{g.signals.attainment}</th>
                <th scope="col">{g.signals.trend}</th>
                <th scope="col">
                  {g.signals.position} <span className="hint">({g.signals.positionHint})</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {i.signals.map((s) => (
                <tr key={s.gender}>
                  <th scope="row">{g.genders[s.gender]}</th>
                  <td>{s.target ? targetText(g, s.target, i.decimals) : '–'}</td>
                  <td>
                    <AttainmentSignal signal={s} decimals={i.decimals} benchmark={i.benchmark} />
                  </td>
                  <td>
                    <TrendSignal trend={s.trend} decimals={i.decimals} />
                  </td>
                  <td>
                    <PositionSignal position={s.position} groupCode={i.benchmark?.groupCode ?? null} year={pYear} decimals={i.decimals} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>

      <section aria-labelledby={`${id}-chart`} className="charts">
        <h2 id={`${id}-chart`} className="visually-hidden">
          {n.chartTitle(i.name)}
        </h2>
        <IndicatorChart indicator={i} year={year} />
        {i.benchmark && <p className="meta">{n.benchmarkNote}</p>}
        {i.benchmark && latest && (
          <details>
            <summary>{n.membersTitle(i.benchmark.groupCode, latest.year)}</summary>
            <table className="amounts">
              <caption>{n.membersCaption(i.benchmark.groupCode, latest.year)}</caption>
              <TableHead columns={[{ label: n.municipality }, { label: n.value, num: true }]} />
              <tbody>
                {latest.values.map((m) => (
                  <tr key={m.code}>
                    <th scope="row">{m.name}</th>
                    <td className="num">{m.value === null ? n.missing : formatValue(g, m.value, i.decimals)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </section>

      <section aria-labelledby={`${id}-targets`}>
        <h2 id={`${id}-targets`}>{n.targetsTitle}</h2>
        {i.allTargets.length === 0 ? (
          <p className="muted">{g.targets.none}</p>
        ) : (
          <table>
            <caption>{g.targets.allCaption}</caption>
            <TableHead
              columns={[{ label: g.targets.year }, { label: g.targets.gender }, { label: g.targets.kind }, { label: g.targets.text }]}
            />
            <tbody>
              {i.allTargets.map((x) => (
                <tr key={`${x.year}-${x.gender}`}>
                  <th scope="row">{x.year}</th>
                  <td>{g.genders[x.gender]}</td>
                  <td>{g.targets.kinds[x.kind]}</td>
                  <td>{targetText(g, x, i.decimals)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby={`${id}-assess`}>
        <h2 id={`${id}-assess`}>{g.assess.title(g.period(year, month))}</h2>
        <AssessmentColours suggested={writable ? null : i.suggestedColour} label={g.assess.current} assessment={i.assessment} />
        {writable ? (
          <>
            <p className="meta">{g.assess.intro}</p>
            <AssessmentForm
              key={`${i.id}-${year}-${month ?? 0}`}
              subjectType="indicator"
              subjectId={i.id}
              subjectName={i.name}
              year={year}
              month={month}
              suggested={i.suggestedColour}
              current={i.assessment}
            />
          </>
        ) : (
          <p className="muted">{g.assess.readOnly}</p>
        )}
      </section>

      <section aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>{n.historyTitle}</h2>
        {i.assessmentHistory.length === 0 ? (
          <p className="muted">{n.noHistory}</p>
        ) : (
          <CaptionedTable
            caption={n.historyCaption}
            className="history-table"
            columns={[
              { label: n.periodColumn },
              { label: g.tree.suggested },
              { label: n.setColour },
              { label: n.analysis },
              { label: n.author },
              { label: n.when },
            ]}
          >
            <tbody>
              {i.assessmentHistory.map((h) => (
                <tr key={h.id}>
                  <th scope="row">{periodText(g, h)}</th>
                  <td>
                    <ColourBadge colour={h.suggestedColour} />
                  </td>
                  <td>
                    <ColourBadge colour={h.colour} />
                  </td>
                  <td className="message-cell">{h.analysis || '–'}</td>
                  <td>{h.author}</td>
                  <td className="nowrap">{formatDateTime(h.createdAt, g.locale)}</td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
        )}
      </section>

      <section aria-labelledby={`${id}-revisions`}>
        <h2 id={`${id}-revisions`}>{n.revisionsTitle}</h2>
        {i.revisions.length === 0 ? (
          <p className="muted">{n.noRevisions}</p>
        ) : (
          <RevisionTable revisions={i.revisions} caption={n.revisionsCaption} />
        )}
      </section>

      {writable && <KoladaBinding indicator={i} />}
    </>
  );
}

/** A term of the facts list and its value, left out when there is none. */
function OptionalFact({ term, value }: { term: string; value: ReactNode }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}
