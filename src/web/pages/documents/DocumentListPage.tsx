import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../../core/actor.ts';
import { can } from '../../../core/permissions.ts';
import { api } from '../../api.ts';
import { latestBudgetYear, useEconomyYears } from '../../hooks/economy-years.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { docTypes, documentPath, needsMonth, useCommittee, useDocumentList, type DocType, type StoredDocument } from './api.ts';
import { documentKeys } from '../../query-keys.ts';
import { SelectField, YearField } from '../../components/Field.tsx';
import { TableHead } from '../../components/CaptionedTable.tsx';
import { Panel } from '../../components/Panel.tsx';

/** A month's number as the month select's value. */
const monthValues = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** The committee's documents: type, period, status and versions; a controller creates new ones from the template. */
export function DocumentListPage({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const d = t.documents;
  const { code = '' } = useParams();
  const committee = useCommittee(code);
  const list = useDocumentList(code);
  const name = committee.data?.name ?? code;
  useTitle(d.pageTitle(d.title, name));
  const canWrite = committee.data ? can.writeCommittee(actor, committee.data.id) : false;
  return (
    <>
      <h1>{d.pageTitle(d.title, name)}</h1>
      <p className="lead">{d.intro}</p>
      {list.isPending && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data && (list.data.length === 0 ? <p>{d.list.none}</p> : <DocumentTable code={code} documents={list.data} />)}
      {committee.data && (canWrite ? <CreateDocument code={code} /> : <p className="muted">{d.list.readOnly}</p>)}
    </>
  );
}

function DocumentTable({ code, documents }: { code: string; documents: StoredDocument[] }) {
  const { t } = useI18n();
  const d = t.documents;
  return (
    <div className="table-scroll" role="region" aria-label={d.list.caption} tabIndex={0}>
      <table className="documents-table">
        <caption>{d.list.caption}</caption>
        <TableHead
          columns={[
            { label: d.list.document },
            { label: d.list.type },
            { label: d.list.period },
            { label: d.list.version, num: true },
            { label: d.list.status },
            { label: d.list.decided },
          ]}
        />
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id}>
              <th scope="row">
                <Link to={documentPath(code, doc.id)} aria-label={d.list.openLabel(doc.title, doc.number)}>
                  {doc.title}
                </Link>
              </th>
              <td>{d.types[doc.type]}</td>
              <td>{d.period(doc.year, doc.month)}</td>
              <td className="num">{doc.number}</td>
              <td>
                <span className={`status-tag ${doc.status}`}>{d.statuses[doc.status]}</span>
              </td>
              <td>{doc.decidedOn ? `${doc.decidedOn}, ${doc.decisionRef}` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateDocument({ code }: { code: string }) {
  const { t } = useI18n();
  const d = t.documents;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [type, setType] = useState<DocType>('internbudget');
  // default to the newest budget year the committee has, and its latest month with outcome
  const years = useEconomyYears(code);
  const [chosenYear, setYear] = useState<string | null>(null);
  const year = chosenYear ?? String(latestBudgetYear(years.data));
  const [chosenMonth, setMonth] = useState<string | null>(null);
  const month = chosenMonth ?? String(years.data?.outcomeThrough[year] ?? 8);
  const create = useMutation({
    mutationFn: () =>
      api.post<StoredDocument>(`/api/committees/${encodeURIComponent(code)}/documents`, {
        type,
        year: Number(year),
        month: needsMonth(type) ? Number(month) : null,
      }),
    onSuccess: (doc) => {
      void qc.invalidateQueries({ queryKey: documentKeys.list(code) });
      void navigate(documentPath(code, doc.id));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Panel title={d.create.title}>
      <form className="inline-form" onSubmit={submit}>
        <SelectField
          label={d.create.type}
          name="type"
          error={create.error}
          value={type}
          options={docTypes}
          optionLabel={(x) => d.types[x]}
          onChange={setType}
        />
        <YearField label={d.create.year} name="year" error={create.error} value={year} onChange={setYear} />
        {needsMonth(type) && (
          <SelectField
            label={d.create.month}
            name="month"
            error={create.error}
            value={month}
            options={monthValues}
            optionLabel={(m) => d.months[Number(m) - 1] ?? m}
            onChange={setMonth}
          />
        )}
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? d.create.creating : d.create.submit}
        </button>
      </form>
      <ErrorMessage error={create.error} />
    </Panel>
  );
}
