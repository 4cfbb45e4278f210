import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
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
import { Field } from '../../components/Field.tsx';
import { TableHead } from '../../components/CaptionedTable.tsx';

const filterKeys = ['entityType', 'entityId', 'actor', 'from', 'to'] as const;
type Filter = Record<(typeof filterKeys)[number], string>;
const entityTypes = ['activity', 'activity_mapping', 'committee', 'administration', 'provider', 'charter_rule', 'municipality', 'user'];

export function AuditPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  useTitle(t.audit.title);
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filter;
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

  const apply = (f: Filter) => {
    const next = new URLSearchParams();
    for (const k of filterKeys) if (f[k].trim()) next.set(k, f[k].trim());
    setParams(next);
  };

  return (
    <>
      <h1>{t.audit.title}</h1>
      <ChainStatus />
      <FilterForm key={params.toString()} initial={filter} onApply={apply} />
      {events.isPending && <Loading />}
      <ErrorMessage error={events.error} />
      {events.data && (
        <>
          <p role="status" className="status">
            {events.data.length === 0 ? t.audit.empty : ''}
          </p>
          <table className="audit">
            <caption>{t.audit.caption(events.data.length)}</caption>
            <TableHead
              columns={[
                { label: t.audit.time },
                { label: t.audit.actor },
                { label: t.audit.command },
                { label: t.audit.entity },
                { label: t.audit.changes },
              ]}
            />
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
  const id = useId();
  const [f, setF] = useState(initial);
  const set = (k: keyof Filter) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  const empty: Filter = { entityType: '', entityId: '', actor: '', from: '', to: '' };
  return (
    <form onSubmit={submit} className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.audit.filters}</h2>
      <div className="grid">
        <div className="field">
          <label htmlFor={`${id}-type`}>{t.audit.entityType}</label>
          <input
            id={`${id}-type`}
            name="entityType"
            list={`${id}-types`}
            value={f.entityType}
            onChange={set('entityType')}
            autoComplete="off"
          />
          <datalist id={`${id}-types`}>
            {entityTypes.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </div>
        <Field label={t.audit.entityId}>
          {(control) => <input {...control} name="entityId" value={f.entityId} onChange={set('entityId')} />}
        </Field>
        <Field label={t.audit.user}>{(control) => <input {...control} name="actor" value={f.actor} onChange={set('actor')} />}</Field>
        <Field label={t.audit.from}>
          {(control) => <input {...control} name="from" type="date" value={f.from} onChange={set('from')} />}
        </Field>
        <Field label={t.audit.to}>{(control) => <input {...control} name="to" type="date" value={f.to} onChange={set('to')} />}</Field>
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
