import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { useI18n } from '../../i18n.ts';
import { SaveError } from '../../components/ImportIssues.tsx';
import { KpiSearch } from './KpiSearch.tsx';
import type { BenchmarkGroup, Indicator, IndicatorDetail } from './types.ts';
import { goalKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';

export function useBenchmarkGroups() {
  return useQuery({
    queryKey: goalKeys.benchmarkGroups,
    queryFn: () => api.get<BenchmarkGroup[]>('/api/benchmark-groups'),
    staleTime: 60_000,
  });
}

/**
 * Binds the indicator to a Kolada KPI. The update route takes the whole definition, so the
 * indicator is sent back as it is with only the source and KPI id changed (and its version).
 */
export function KoladaBinding({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useI18n();
  const b = t.goals.bind;
  const id = useId();
  const qc = useQueryClient();
  const groups = useBenchmarkGroups();
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const bind = useMutation({
    mutationFn: (kpi: string | null) => {
      const groupCode = groups.data?.find((x) => x.id === indicator.benchmarkGroupId)?.code ?? null;
      return api.patch<Indicator>(`/api/indicators/${indicator.id}`, {
        version: indicator.version,
        committeeGoalId: indicator.committeeGoalId,
        name: indicator.name,
        definition: indicator.definition,
        numerator: indicator.numerator,
        denominator: indicator.denominator,
        unit: indicator.unit,
        decimals: indicator.decimals,
        source: kpi ? 'kolada' : indicator.source === 'kolada' ? 'manual' : indicator.source,
        sourceDetail: indicator.sourceDetail,
        koladaKpi: kpi,
        computedFormula: indicator.computedFormula,
        periodicity: indicator.periodicity,
        expectedNote: indicator.expectedNote,
        genderSplit: indicator.genderSplit,
        mandatory: indicator.mandatory,
        polarity: indicator.polarity,
        benchmarkGroupCode: groupCode,
        owner: indicator.owner,
        footnote: indicator.footnote,
        sortOrder: indicator.sortOrder,
        revisionReason: reason.trim() || null,
      });
    },
    onMutate: () => setStatus(''),
    onSuccess: (after) => {
      setStatus(b.saved(after.koladaKpi));
      setReason('');
      void qc.invalidateQueries({ queryKey: goalKeys.all });
    },
  });
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{b.title}</h2>
      <p>{indicator.koladaKpi ? b.current(indicator.koladaKpi, indicator.koladaTitle) : b.notBound}</p>
      <p className="meta">{b.intro}</p>
      {indicator.frozen && (
        <Field label={b.reason} name="reason" error={bind.error} hint={b.reasonHint}>
          {(control) => <input {...control} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      )}
      <KpiSearch
        allowLive={false}
        action={(kpi) =>
          kpi.id === indicator.koladaKpi ? (
            <span className="muted">{b.current(kpi.id, null)}</span>
          ) : (
            <button type="button" className="small" disabled={bind.isPending || groups.isLoading} onClick={() => bind.mutate(kpi.id)}>
              {b.bindTo(kpi.id)}
            </button>
          )
        }
      />
      {indicator.koladaKpi && (
        <p>
          <button type="button" className="small" disabled={bind.isPending} onClick={() => bind.mutate(null)}>
            {b.unbind}
          </button>
        </p>
      )}
      {bind.error instanceof ApiError && bind.error.code === 'frozen' ? (
        <ErrorMessage error={bind.error} />
      ) : (
        <SaveError error={bind.error} onReload={() => void qc.invalidateQueries({ queryKey: goalKeys.all })} reloadText={t.goals.reload} />
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
