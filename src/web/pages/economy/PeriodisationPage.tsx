import { useId, useMemo, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { periodise, EVEN } from '../../../modules/budget/rules/periodisation.ts';
import { api, qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { QueryState } from '../../components/common.tsx';
import { EconomyLayout } from './EconomyLayout.tsx';
import { PeriodForm } from '../../components/PeriodForm.tsx';
import { MutationError } from '../../components/ImportIssues.tsx';
import { activityLabel, useActivities, type FlatActivity } from '../../hooks/activities.ts';
import { useEconomyPeriod } from '../../hooks/economy-years.ts';
import { formatAmount } from './units.ts';
import { economyApi, type PeriodProfileRow } from './types.ts';
import { useBudgetReport } from './reports.ts';
import { economyKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';
import { CaptionedTable } from '../../components/CaptionedTable.tsx';
import { Panel } from '../../components/Panel.tsx';

type Method = PeriodProfileRow['method'];
const methods: readonly Method[] = ['even', 'custom', 'last_year'];
const amountOrDash = (amount: number | undefined) => (amount === undefined ? '–' : formatAmount(amount, 'kr'));

/** Periodisation: how each activity's budget for the year is spread over the months. */
export function PeriodisationPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const p = t.economy.periodisation;
  const { code = '' } = useParams();
  const { year, setPeriod, ready } = useEconomyPeriod(code);
  const [status, setStatus] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const activities = useActivities(code);
  const profiles = useQuery({
    queryKey: economyKeys.profiles(code, year),
    queryFn: () => api.get<PeriodProfileRow[]>(`${economyApi(code, 'profiles')}${qs({ year })}`),
    enabled: ready,
  });
  const report = useBudgetReport(code, year, ready);
  const budgets = useMemo(() => {
    const map = new Map<number, number>();
    const r = report.data;
    const column = r?.table.columns.findIndex((c) => c.year === year && c.kind === 'budget') ?? -1;
    if (r && column >= 0)
      for (const row of r.table.rows)
        if (row.activityId !== null && row.kind === 'activity') map.set(row.activityId, row.values[column] ?? 0);
    return map;
  }, [report.data, year]);
  const committeeId = report.data?.committee.id ?? null;
  const writable = committeeId !== null && can.writeCommittee(actor, committeeId);
  const list = activities.data ?? [];
  const byActivity = new Map((profiles.data ?? []).map((x) => [x.activityId, x]));
  const selected = list.find((a) => a.id === chosen) ?? list.find((a) => !a.isSubset) ?? null;

  return (
    <EconomyLayout code={code} page="periodisation" year={year}>
      <p className="lead">{p.intro}</p>
      <PeriodForm year={year} onChange={(y) => setPeriod(y, null)} />
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      <QueryState
        pending={activities.isPending || profiles.isLoading || report.isLoading || !ready}
        error={activities.error ?? profiles.error ?? report.error}
      />
      {activities.data && profiles.data && (
        <>
          <CaptionedTable
            caption={p.overviewCaption(year)}
            className="amounts"
            columns={[{ label: p.activity }, { label: p.method }, { label: `${t.economy.versions.budgetColumn(year)} (kr)`, num: true }]}
          >
            <tbody>
              {list.map((a) => (
                <tr key={a.id} className={a.isSubset ? 'subset' : undefined}>
                  <th scope="row" style={{ paddingLeft: `${0.5 + a.depth * 1.5}rem` }}>
                    {a.name}
                  </th>
                  <td>{p.methods[byActivity.get(a.id)?.method ?? 'even']}</td>
                  <td className="num">{amountOrDash(budgets.get(a.id))}</td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
          <Field label={p.chooseActivity} className="narrow">
            {(control) => (
              <select {...control} value={selected?.id ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
                {list.map((a) => (
                  <option key={a.id} value={a.id}>
                    {activityLabel(a, list)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {selected && (
            <ProfileEditor
              key={`${selected.id}-${year}-${JSON.stringify(byActivity.get(selected.id) ?? null)}`}
              code={code}
              year={year}
              activity={selected}
              label={activityLabel(selected, list)}
              profile={byActivity.get(selected.id) ?? null}
              budget={budgets.get(selected.id) ?? null}
              writable={writable}
              onSaved={(label) => setStatus(p.saved(label))}
            />
          )}
        </>
      )}
    </EconomyLayout>
  );
}

function ProfileEditor(props: {
  code: string;
  year: number;
  activity: FlatActivity;
  label: string;
  profile: PeriodProfileRow | null;
  budget: number | null;
  writable: boolean;
  onSaved: (label: string) => void;
}) {
  const { code, year, activity, label, profile, budget, writable, onSaved } = props;
  const { t } = useI18n();
  const p = t.economy.periodisation;
  const id = useId();
  const qc = useQueryClient();
  const [method, setMethod] = useState<Method>(profile?.method ?? 'even');
  const [weights, setWeights] = useState<string[]>((profile?.weights ?? EVEN.weights).map(String));
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (body: { method: Method; weights?: number[] }) =>
      api.put<{ version: number }>('/api/period-profiles', { activityId: activity.id, year, ...body, version: profile?.version ?? 0 }),
    onSuccess: () => {
      onSaved(label);
      void qc.invalidateQueries({ queryKey: economyKeys.profiles(code, year) });
      void qc.invalidateQueries({ queryKey: economyKeys.followUp(code) });
    },
  });
  const parsed = weights.map((w) => (/^\d+$/.test(w.trim()) ? Number(w.trim()) : null));
  const validWeights = parsed.every((w) => w !== null) && parsed.some((w) => (w ?? 0) > 0);
  // the preview follows the form: even, the typed weights, or the stored profile for last year's pattern
  const previewWeights =
    method === 'even'
      ? EVEN.weights
      : method === 'custom'
        ? validWeights
          ? (parsed as number[])
          : null
        : profile?.method === 'last_year'
          ? profile.weights
          : null;
  const monthly = budget !== null && previewWeights ? periodise(budget, { method, weights: previewWeights }) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (method === 'custom') {
      setInvalid(!validWeights);
      if (!validWeights) return;
      save.mutate({ method, weights: parsed as number[] });
    } else {
      setInvalid(false);
      save.mutate({ method });
    }
  };
  const caption = p.monthlyCaption(label, year);
  return (
    <Panel title={label} className="profile-editor">
      <p>{budget === null ? p.noBudget(year) : p.budget(formatAmount(budget, 'kr', true))}</p>
      {!writable && <p className="muted">{p.readOnly}</p>}
      <form onSubmit={submit}>
        <fieldset className="method-choice" disabled={!writable}>
          <legend>{p.method}</legend>
          {methods.map((m) => (
            <span key={m} className="unit-option">
              <input type="radio" id={`${id}-${m}`} name={`${id}-method`} value={m} checked={method === m} onChange={() => setMethod(m)} />
              <label htmlFor={`${id}-${m}`}>{p.methods[m]}</label>
            </span>
          ))}
        </fieldset>
        {method === 'custom' && (
          <fieldset className="weights" disabled={!writable} aria-describedby={`${id}-weights-intro`}>
            <legend>{p.weights}</legend>
            <p id={`${id}-weights-intro`} className="meta">
              {p.weightsIntro}
            </p>
            <div className="weights-grid">
              {weights.map((w, i) => (
                <div className="field" key={i}>
                  <label htmlFor={`${id}-w${i}`}>{t.economy.months[i]}</label>
                  <input
                    id={`${id}-w${i}`}
                    inputMode="numeric"
                    autoComplete="off"
                    className="weight-input"
                    aria-invalid={(invalid && parsed[i] === null) || undefined}
                    value={w}
                    onChange={(e) => setWeights((prev) => prev.map((x, j) => (j === i ? e.target.value : x)))}
                  />
                </div>
              ))}
            </div>
            {invalid && (
              <p className="field-error" role="alert">
                {p.weightsInvalid}
              </p>
            )}
          </fieldset>
        )}
        {writable && (
          <div className="buttons">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? p.saving : p.save}
            </button>
          </div>
        )}
      </form>
      <MutationError
        mutation={save}
        onReload={() => void qc.invalidateQueries({ queryKey: economyKeys.profiles(code, year) })}
        reloadText={p.reload}
      />
      {monthly && (
        <CaptionedTable
          caption={caption}
          className="amounts monthly-table"
          columns={[{ label: t.economy.month }, { label: p.weight, num: true }, { label: p.amount, num: true }]}
        >
          <tbody>
            {monthly.map((amount, i) => (
              <tr key={i}>
                <th scope="row">{t.economy.months[i]}</th>
                <td className="num">{previewWeights?.[i] ?? ''}</td>
                <td className="num">{formatAmount(amount, 'kr')}</td>
              </tr>
            ))}
            <tr className="total">
              <th scope="row">{p.total}</th>
              <td className="num" />
              <td className="num">{formatAmount(budget ?? 0, 'kr')}</td>
            </tr>
          </tbody>
        </CaptionedTable>
      )}
    </Panel>
  );
}
