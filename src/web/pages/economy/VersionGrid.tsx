import { useId, useMemo, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { SaveError } from '../../components/ImportIssues.tsx';
import { activityLabel, useActivities } from '../../hooks/activities.ts';
import { formatAmount, parseKronor } from './units.ts';
import type { BudgetVersion } from './types.ts';
import { economyKeys } from '../../query-keys.ts';

type CellKey = `${number}:${number}`;
interface Entry {
  cost: string;
  income: string;
}

const key = (activityId: number, year: number): CellKey => `${activityId}:${year}`;

/**
 * A version's lines as a grid: activities down, the budget year and plan years across, cost and
 * income per cell in whole kronor, read from the version's own lines (a draft beside a decided
 * version, or a revision, shows its own amounts). A draft's changed cells are saved one by one; a
 * decided version is shown read-only.
 */
export function VersionGrid({
  code,
  version,
  editable,
  onStatus,
}: {
  code: string;
  version: BudgetVersion;
  editable: boolean;
  onStatus: (s: string) => void;
}) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const id = useId();
  const qc = useQueryClient();
  const activities = useActivities(code);
  // this version's own lines, whether or not it is the one that governs the year
  const lines = useQuery({
    queryKey: economyKeys.versionLines(version.id),
    queryFn: () =>
      api.get<{ lines: { activityId: number; year: number; cost: number; income: number }[] }>(`/api/budget-versions/${version.id}/lines`),
  });
  const stored = useMemo(() => {
    const amounts = new Map<CellKey, { cost: number; income: number }>();
    for (const l of lines.data?.lines ?? []) amounts.set(key(l.activityId, l.year), { cost: l.cost, income: l.income });
    return { amounts, years: new Set((lines.data?.lines ?? []).map((l) => l.year)) };
  }, [lines.data]);
  const [extraYears, setExtraYears] = useState<number[]>([]);
  const [entries, setEntries] = useState<Map<CellKey, Entry>>(new Map());
  const [invalid, setInvalid] = useState<Set<CellKey>>(new Set());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const years = [...new Set([version.budgetYear, ...stored.years, ...extraYears])].sort((a, b) => a - b);
  const nextYear = (years[years.length - 1] ?? version.budgetYear) + 1;

  const setEntry = (k: CellKey, field: keyof Entry, value: string) =>
    setEntries((prev) => {
      const next = new Map(prev);
      next.set(k, { ...(prev.get(k) ?? { cost: '', income: '' }), [field]: value });
      return next;
    });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const changed = [...entries.entries()].filter(([, entry]) => entry.cost.trim() !== '' || entry.income.trim() !== '');
    const bad = new Set<CellKey>();
    const lines = changed.map(([k, entry]) => {
      const cost = entry.cost.trim() === '' ? 0 : parseKronor(entry.cost);
      const income = entry.income.trim() === '' ? 0 : parseKronor(entry.income);
      if (cost === null || income === null || income < 0) bad.add(k);
      const [activityId, year] = k.split(':').map(Number) as [number, number];
      return { k, activityId, year, cost: cost ?? 0, income: income ?? 0 };
    });
    setInvalid(bad);
    if (bad.size > 0) return;
    if (lines.length === 0) {
      onStatus(v.noChanges);
      return;
    }
    setSaving(true);
    let saved = 0;
    try {
      for (const line of lines) {
        await api.put(`/api/budget-versions/${version.id}/lines`, {
          activityId: line.activityId,
          year: line.year,
          cost: line.cost,
          income: line.income,
        });
        saved += 1;
        setEntries((prev) => {
          const next = new Map(prev);
          next.delete(line.k);
          return next;
        });
      }
      onStatus(v.saved(saved));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
      void qc.invalidateQueries({ queryKey: economyKeys.budget(code) });
      void qc.invalidateQueries({ queryKey: economyKeys.versionLines(version.id) });
      void qc.invalidateQueries({ queryKey: economyKeys.years(code) });
    }
  };
  const reload = () => {
    setError(null);
    void qc.invalidateQueries({ queryKey: economyKeys.all });
  };

  if (activities.isPending || lines.isPending) return <Loading />;
  if (activities.isError || lines.isError) return <ErrorMessage error={activities.error ?? lines.error} />;
  const list = activities.data;
  const caption = v.gridCaption(version.title);
  const savedText = (k: CellKey, field: 'cost' | 'income') => {
    const saved = stored.amounts.get(k);
    return saved === undefined ? undefined : formatAmount(saved[field], 'kr');
  };
  const netText = (k: CellKey) => {
    const entry = entries.get(k);
    if (entry && (entry.cost.trim() !== '' || entry.income.trim() !== '')) {
      const cost = entry.cost.trim() === '' ? 0 : parseKronor(entry.cost);
      const income = entry.income.trim() === '' ? 0 : parseKronor(entry.income);
      return cost === null || income === null ? '–' : formatAmount(cost - income, 'kr');
    }
    const saved = stored.amounts.get(k);
    return saved === undefined ? '–' : formatAmount(saved.cost - saved.income, 'kr');
  };

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby={`${id}-caption`} className="version-grid">
      {editable && <p className="meta">{v.gridIntro}</p>}
      <p className="meta">{v.netNote}</p>
      <ScrollTable label={caption}>
        <table className="amounts grid-table">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t.economy.activity}
              </th>
              {years.map((y) => (
                <th
                  scope="colgroup"
                  colSpan={editable ? 3 : 1}
                  key={y}
                  className={y === version.budgetYear ? 'num current year-group' : 'num year-group'}
                >
                  {y === version.budgetYear ? v.budgetColumn(y) : v.planColumn(y)}
                </th>
              ))}
            </tr>
            <tr>
              {years.map((y) =>
                editable ? (
                  [
                    <th scope="col" key={`${y}-c`} className="num">
                      {v.cost}
                    </th>,
                    <th scope="col" key={`${y}-i`} className="num">
                      {v.income}
                    </th>,
                    <th scope="col" key={`${y}-n`} className="num">
                      {v.net}
                    </th>,
                  ]
                ) : (
                  <th scope="col" key={`${y}-n`} className="num">
                    {v.net}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {list.map((a) => {
              const label = activityLabel(a, list);
              return (
                <tr key={a.id} className={a.isSubset ? 'subset' : undefined}>
                  <th scope="row" style={{ paddingLeft: `${0.5 + a.depth * 1.5}rem` }}>
                    {a.isSubset ? (
                      <>
                        <span className="varav">{t.varav}</span> {a.name.replace(/^varav\s+/i, '')}
                      </>
                    ) : (
                      a.name
                    )}
                  </th>
                  {years.map((y) => {
                    const k = key(a.id, y);
                    const entry = entries.get(k) ?? { cost: '', income: '' };
                    const bad = invalid.has(k);
                    if (!editable) {
                      return (
                        <td key={y} className="num">
                          {netText(k)}
                        </td>
                      );
                    }
                    const cell = (field: keyof Entry, cellLabel: string) => (
                      <td key={`${y}-${field}`} className="num input-cell">
                        <input
                          inputMode="numeric"
                          autoComplete="off"
                          className="amount-input"
                          aria-label={cellLabel}
                          aria-invalid={bad || undefined}
                          aria-describedby={bad ? `${id}-invalid` : undefined}
                          placeholder={savedText(k, field)}
                          value={entry[field]}
                          onChange={(e) => setEntry(k, field, e.target.value)}
                        />
                      </td>
                    );
                    return [
                      cell('cost', v.costLabel(label, y)),
                      cell('income', v.incomeLabel(label, y)),
                      <td key={`${y}-n`} className="num">
                        {netText(k)}
                      </td>,
                    ];
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      {invalid.size > 0 && (
        <p id={`${id}-invalid`} className="field-error" role="alert">
          {v.invalidAmount}
        </p>
      )}
      {editable && (
        <div className="buttons">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? v.saving : v.save}
          </button>
          <button type="button" onClick={() => setExtraYears((prev) => [...prev, nextYear])} aria-label={v.addYearLabel(nextYear)}>
            {v.addYear}
          </button>
        </div>
      )}
      <SaveError error={error} onReload={reload} reloadText={v.reload} />
    </form>
  );
}
