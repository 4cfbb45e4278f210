import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import type { AuditEvent } from '../../../modules/audit/model.ts';
import { can } from '../../../core/permissions.ts';
import { formatDateTime } from '../../../core/format.ts';
import { api, qs } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { Changes } from './Changes.tsx';
import { ChainStatus } from './ChainStatus.tsx';
import { auditKeys } from '../../query-keys.ts';
import { InputField } from '../../components/InputField.tsx';
import { SuggestField } from '../../components/SuggestField.tsx';
import { useFilterDraft, useSearchFilter } from '../../hooks/search-filter.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

const filterKeys = ['entityType', 'entityId', 'actor', 'from', 'to'] as const;
type Filter = Record<(typeof filterKeys)[number], string>;
const entityTypes = ['activity', 'activity_mapping', 'committee', 'administration', 'provider', 'charter_rule', 'municipality', 'user'];

const columns = ['time', 'actor', 'command', 'entity', 'changes'] as const;

export function AuditPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  useTitle(t.audit.title);
  const { values: filter, apply, formKey } = useSearchFilter(filterKeys);
  const allowed = can.readAudit(actor);
  const events = useQuery({
    queryKey: auditKeys.events(filter),
    queryFn: () => api.get<AuditEvent[]>(`/api/audit${qs({ ...filter, limit: 200 })}`),
    enabled: allowed,
  });

  if (!allowed) {
    return (
      <>
        <h1>{t.audit.title}</h1>
        <p role="alert" className="error">
          {t.noAccess}
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t.audit.title}</h1>
      <ChainStatus />
      <FilterForm key={formKey} initial={filter} onApply={apply} />
      {events.isPending && <Loading />}
      <ErrorMessage error={events.error} />
      {events.data && (
        <>
          <p role="status" className="status">
            {events.data.length === 0 ? t.audit.empty : ''}
          </p>
          <table className="audit">
            <caption>{t.audit.caption(events.data.length)}</caption>
            <TableHead columns={columns.map((k) => ({ label: t.audit[k] }))} />
            <tbody>
              {events.data.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                  </th>
                  <td>{e.actorName}</td>
                  <td>
                    <code>{e.command}</code>
                  </td>
                  <td>
                    {e.entityType}
                    {e.entityId !== null && ` #${e.entityId}`}
                  </td>
                  <td>
                    <Changes before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function FilterForm({ initial, onApply }: { initial: Filter; onApply: (f: Filter) => void }) {
  const { t } = useI18n();
  const { bind, submit } = useFilterDraft(initial, onApply);
  const empty: Filter = { entityType: '', entityId: '', actor: '', from: '', to: '' };
  return (
    <form onSubmit={submit} className="panel" aria-labelledby="filter-title">
      <h2 id="filter-title">{t.audit.filters}</h2>
      <div className="grid">
        <SuggestField label={t.audit.entityType} name="entityType" {...bind('entityType')} options={entityTypes} />
        <InputField label={t.audit.entityId} {...bind('entityId')} input={{ name: 'entityId' }} />
        <InputField label={t.audit.user} {...bind('actor')} input={{ name: 'actor' }} />
        <InputField label={t.audit.from} {...bind('from')} input={{ name: 'from', type: 'date' }} />
        <InputField label={t.audit.to} {...bind('to')} input={{ name: 'to', type: 'date' }} />
      </div>
      <div className="buttons">
        <button type="submit" className="primary">
          {t.audit.filter}
        </button>
        <button type="button" onClick={() => onApply(empty)}>
          {t.audit.clear}
        </button>
      </div>
    </form>
  );
}
