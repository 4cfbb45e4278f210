import { useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { ActionPlansLayout } from './Layout.tsx';
import { usePlanRef, useVersionView } from './PlanPage.tsx';
import { rangeText } from './amounts.ts';
import { apiPaths, paths, type DeliveryReport, type MeasureView, type Vocabulary } from './api.ts';
import { actionPlanKeys } from '../../query-keys.ts';
import { ActivityLines, Estimates } from './MeasureEstimates.tsx';
import { FollowUpPanel, OutcomeForm } from './MeasureFollowUp.tsx';

/** One measure: all its fields, consequence analysis, activity lines, estimates beside earlier ones, realised effects and follow-up. */
export function MeasurePage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const { code = '', planId: rawPlan = '', measureId: rawMeasure = '' } = useParams();
  const [params] = useSearchParams();
  const planId = Number(rawPlan);
  const measureId = Number(rawMeasure);
  const [status, setStatus] = useState('');
  const ref = usePlanRef(planId);
  const requested = Number(params.get('version'));
  const versionId = ref.data?.versions.some((v) => v.id === requested) ? requested : (ref.data?.governingVersionId ?? null);
  const view = useVersionView(planId, versionId);
  const delivery = useQuery({
    queryKey: actionPlanKeys.delivery(planId),
    queryFn: () => api.get<DeliveryReport>(apiPaths.delivery(planId)),
  });
  const measure = view.data?.measures.find((m) => m.id === measureId);
  const plan = ref.data?.plan;
  const writer = plan ? can.writeCommittee(actor, plan.committeeId) : false;

  return (
    <ActionPlansLayout
      code={code}
      page={measure ? a.measureLink(measure.code, measure.title) : a.measure}
      plan={plan ? { id: plan.id, title: plan.title } : undefined}
    >
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      {(ref.isPending || view.isPending) && <Loading />}
      <ErrorMessage error={ref.error ?? view.error ?? delivery.error} />
      {view.data && !measure && <p className="error">{a.measureNotFound}</p>}
      {view.data && measure && (
        <>
          <p className="meta">
            <Link to={paths.plan(code, planId, view.data.version.id)}>
              {view.data.plan.title}, {a.versionTitle.toLocaleLowerCase()} {view.data.version.number}: {view.data.version.title}
            </Link>
          </p>
          <MeasureFields measure={measure} vocabulary={view.data.vocabulary} />
          <Estimates
            years={view.data.years}
            measure={measure}
            outcomes={delivery.data?.outcomes ?? []}
            earlierNumber={ref.data?.versions.find((v) => v.id === measure.earlier?.versionId)?.number ?? null}
          />
          {writer && (
            <OutcomeForm view={view.data} measure={measure} outcomes={delivery.data?.outcomes ?? []} writable onStatus={setStatus} />
          )}
          <FollowUpPanel view={view.data} measure={measure} writable={writer} onStatus={setStatus} />
          <ActivityLines measure={measure} delivery={delivery.data} />
        </>
      )}
    </ActionPlansLayout>
  );
}

/** A term and its value in a list of a measure's fields. */
function Entry({ term, value, className }: { term: string; value: string; className?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className={className}>{value}</dd>
    </>
  );
}

/** All of a measure's fields, and its consequence analysis beside them. */
function MeasureFields({ measure, vocabulary }: { measure: MeasureView; vocabulary: Vocabulary }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const fieldsId = useId();
  const consequencesId = useId();
  const label = (terms: { code: string; label: string }[], c: string | null) =>
    c === null ? a.noneGroup : (terms.find((x) => x.code === c)?.label ?? c);
  return (
    <div className="ap-columns">
      <section aria-labelledby={fieldsId}>
        <h2 id={fieldsId}>{a.measureFields}</h2>
        <dl className="ap-fields">
          <Entry term={a.code} value={measure.code} />
          <Entry term={a.descriptionField} value={measure.description || a.notStated} />
          <Entry term={a.area} value={label(vocabulary.areas, measure.areaCode)} />
          <Entry term={a.targetGroup} value={label(vocabulary.targetGroups, measure.targetGroupCode)} />
          <Entry term={a.status} value={label(vocabulary.statuses, measure.statusCode)} />
          <Entry term={a.owner} value={measure.owner || a.notStated} />
          <Entry term={a.fullYear} value={rangeText(measure.fullYearMin, measure.fullYearMax, true) ?? a.notStated} />
          <Entry term={a.goalLinks} value={measure.goalLinks.length > 0 ? measure.goalLinks.join('; ') : a.notStated} />
          <Entry term={a.decisionRefField} value={measure.decisionRef ?? a.notStated} />
          {measure.sourceNote && <Entry term={a.sourceNote} value={measure.sourceNote} className="source" />}
        </dl>
      </section>
      <section aria-labelledby={consequencesId}>
        <h2 id={consequencesId}>{a.consequencesTitle}</h2>
        <dl className="ap-fields">
          <Entry term={a.consequenceCitizen} value={measure.consequenceCitizen || a.notStated} />
          <Entry term={a.consequenceOperations} value={measure.consequenceOperations || a.notStated} />
          <Entry term={a.consequenceChild} value={measure.consequenceChild || a.notStated} />
        </dl>
      </section>
    </div>
  );
}
