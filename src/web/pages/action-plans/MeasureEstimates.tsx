import { useId } from 'react';
import { useI18n } from '../../i18n.ts';
import { Loading } from '../../components/common.tsx';
import { CaptionedTable, TableHead, type Column } from '../../components/CaptionedTable.tsx';
import { effectText, mnkr, rangeText } from './amounts.ts';
import { figureColumns } from './columns.ts';
import type { DeliveryReport, MeasureView, Outcome } from './api.ts';

const find = (effects: MeasureView['effects'], y: number, kind: 'reduction' | 'implementation_cost') =>
  effects.find((e) => e.year === y && e.kind === kind);

/** A measure's estimates per year beside the earlier version's, its implementation cost and what was realised. */
export function Estimates({
  years,
  measure,
  outcomes,
  earlierNumber,
}: {
  years: number[];
  measure: MeasureView;
  outcomes: Outcome[];
  earlierNumber: number | null;
}) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const labels = { partialYear: a.partialYear, qualitative: a.qualitative, none: a.none };
  const columns: Column[] = [
    { label: a.year },
    ...figureColumns(a.current, a.earlier, a.implementationCost, a.realised),
    { label: a.comment },
    { label: a.note },
  ];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.estimatesTitle}</h2>
      <CaptionedTable caption={a.estimatesCaption(measure.code)} className="amounts" columns={columns}>
        <tbody>
          <tr>
            <th scope="row">{a.fullYear}</th>
            <td className="num">{rangeText(measure.fullYearMin, measure.fullYearMax) ?? a.none}</td>
            <td className="num">
              {measure.earlier ? (rangeText(measure.earlier.fullYearMin, measure.earlier.fullYearMax) ?? a.none) : a.none}
            </td>
            <td className="num">{a.none}</td>
            <td className="num">{a.none}</td>
            <td />
            <td />
          </tr>
          {years.map((y) => {
            const o = outcomes.find((x) => x.measureCode === measure.code && x.year === y);
            const e = find(measure.effects, y, 'reduction');
            return (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td className="num">{effectText(e, labels)}</td>
                <td className="num">{measure.earlier ? effectText(find(measure.earlier.effects, y, 'reduction'), labels) : a.none}</td>
                <td className="num">{effectText(find(measure.effects, y, 'implementation_cost'), labels)}</td>
                <td className="num">{o ? mnkr(o.amount) : a.none}</td>
                <td className="message-cell">{o ? `${o.comment}${o.comment ? ' ' : ''}(${o.author})` : ''}</td>
                <td className="message-cell">{e?.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </CaptionedTable>
      <p className="meta">
        {earlierNumber !== null ? a.earlierNote(earlierNumber) : a.noEarlier} {a.partialYearNote}
      </p>
    </section>
  );
}

/** Budget and outcome of each activity the measure is booked on, a small table per activity. */
export function ActivityLines({ measure, delivery }: { measure: MeasureView; delivery: DeliveryReport | undefined }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const lines = delivery?.activityLines[measure.code] ?? [];
  const amount = (v: number | null) => (v === null ? a.none : mnkr(v));
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{a.activitiesTitle}</h2>
      {!delivery && <Loading />}
      {delivery && lines.length === 0 && <p>{a.noActivities}</p>}
      {lines.length > 0 && (
        <>
          <div className="ap-columns">
            {lines.map((l) => (
              <table key={l.activityId} className="amounts">
                <caption>{a.activitiesCaption(l.name)}</caption>
                <TableHead columns={[{ label: a.year }, { label: a.budget, num: true }, { label: a.outcome, num: true }]} />
                <tbody>
                  {l.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="num">{amount(y.budget)}</td>
                      <td className="num">{amount(y.outcome)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
          <p className="meta">{a.activitiesNote}</p>
        </>
      )}
    </section>
  );
}
