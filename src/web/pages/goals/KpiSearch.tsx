import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, qs } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import type { StoredKpi } from './types.ts';
import { goalKeys } from '../../query-keys.ts';
import { Field } from '../../components/Field.tsx';
import { required } from '../../../core/required.ts';

interface SearchAnswer {
  source: 'cache' | 'kolada';
  kpis: StoredKpi[];
}

/** Title (or id) search among the KPIs: Styrbord's cache by default, Kolada itself on request. */
export function KpiSearch({ action, allowLive = true }: { action?: (kpi: StoredKpi) => ReactNode; allowLive?: boolean }) {
  const { t } = useI18n();
  const k = t.goals.kolada;
  const id = useId();
  const [text, setText] = useState('');
  const [live, setLive] = useState(false);
  const [term, setTerm] = useState<{ search: string; live: boolean } | null>(null);
  const result = useQuery({
    queryKey: goalKeys.kpiSearch(term?.search, term?.live),
    queryFn: () => {
      const asked = required(term, 'a submitted search (the query is enabled only then)');
      return api.get<SearchAnswer>(`/api/kolada/kpis${qs({ search: asked.search, live: asked.live ? 'true' : null })}`);
    },
    enabled: term !== null,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) setTerm({ search: text.trim(), live });
  };
  const kpis = result.data?.kpis ?? [];
  const caption = term ? k.resultsCaption(term.search, kpis.length, result.data?.source === 'kolada') : '';
  return (
    <div className="kpi-search">
      <form className="inline-form" role="search" onSubmit={submit} aria-label={k.searchTitle}>
        <Field label={k.search} className="wide">
          {(control) => <input {...control} type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />}
        </Field>
        {allowLive && (
          <div className="field checkbox">
            <input id={`${id}-live`} type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />
            <label htmlFor={`${id}-live`}>{k.live}</label>
          </div>
        )}
        <div className="buttons">
          <button type="submit">{k.searchButton}</button>
        </div>
      </form>
      {result.isFetching && <Loading />}
      <ErrorMessage error={result.error} />
      {term && result.data && kpis.length === 0 && <p className="muted">{k.noResults(term.search)}</p>}
      {kpis.length > 0 && (
        <ScrollTable label={caption}>
          <table className="kpi-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{k.id}</th>
                <th scope="col">{k.kpiTitle}</th>
                <th scope="col">{k.area}</th>
                <th scope="col">{k.published}</th>
                <th scope="col">{k.gender}</th>
                {action && <th scope="col">{k.action}</th>}
              </tr>
            </thead>
            <tbody>
              {kpis.map((kpi) => (
                <tr key={kpi.id}>
                  <th scope="row">{kpi.id}</th>
                  <td>
                    {kpi.title}
                    {kpi.description && <span className="meta kpi-description">{kpi.description}</span>}
                  </td>
                  <td>{kpi.operatingArea ?? '–'}</td>
                  <td className="nowrap">{kpi.publicationDate ?? '–'}</td>
                  <td>{kpi.isDividedByGender ? t.goals.indicator.yes : t.goals.indicator.no}</td>
                  {action && <td>{action(kpi)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
