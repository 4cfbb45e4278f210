import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n, useTitle } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { documentPath, type Comparison, type StoredDocument } from './api.ts';
import { documentKeys } from '../../query-keys.ts';
import { TableHead } from '../../components/CaptionedTable.tsx';

/** Two versions side by side: changed figures by table, row and column, and changed text by section. */
export function ComparePage() {
  const { t } = useI18n();
  const c = t.documents.compare;
  const { code = '', id = '', other = '' } = useParams();
  const cmp = useQuery({
    queryKey: documentKeys.compare(id, other),
    queryFn: () => api.get<Comparison & { from: StoredDocument; to: StoredDocument }>(`/api/documents/${other}/compare?with=${id}`),
  });
  const a = cmp.data?.from.number ?? 0;
  const b = cmp.data?.to.number ?? 0;
  useTitle(cmp.data ? `${c.title(a, b)} – ${cmp.data.to.title}` : t.documents.title);
  return (
    <>
      <p className="back-link">
        <Link to={documentPath(code, Number(id))}>{c.back}</Link>
      </p>
      {cmp.isPending && <Loading />}
      <ErrorMessage error={cmp.error} />
      {cmp.data && (
        <>
          <h1>{c.title(a, b)}</h1>
          <p className="meta">
            {cmp.data.to.title} – {cmp.data.to.committeeName}
          </p>
          <h2>{c.figuresCaption}</h2>
          {cmp.data.figures.length === 0 ? (
            <p>{c.noFigures}</p>
          ) : (
            <div className="table-scroll" role="region" aria-label={c.figuresCaption} tabIndex={0}>
              <table>
                <caption>{c.figuresCaption}</caption>
                <TableHead
                  columns={[
                    { label: c.table },
                    { label: c.row },
                    { label: c.column },
                    { label: c.before(a), num: true },
                    { label: c.after(b), num: true },
                  ]}
                />
                <tbody>
                  {cmp.data.figures.map((f, i) => (
                    <tr key={i}>
                      <td>{f.caption}</td>
                      <th scope="row">{f.row}</th>
                      <td>{f.column}</td>
                      <td className="num">{f.before ?? c.empty}</td>
                      <td className="num">{f.after ?? c.empty}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{c.textsCaption}</h2>
          {cmp.data.texts.length === 0 ? (
            <p>{c.noTexts}</p>
          ) : (
            cmp.data.texts.map((x) => (
              <section key={x.sectionId} className="text-change" aria-label={x.title}>
                <h3>{x.title}</h3>
                <div className="text-diff">
                  <div>
                    <p className="meta">{c.before(a)}</p>
                    <del>{x.before || c.empty}</del>
                  </div>
                  <div>
                    <p className="meta">{c.after(b)}</p>
                    <ins>{x.after || c.empty}</ins>
                  </div>
                </div>
              </section>
            ))
          )}
        </>
      )}
    </>
  );
}
