import type { CharterRule } from '../../../modules/charter/model.ts';
import { useI18n } from '../../i18n.ts';
import { Validity } from '../../components/common.tsx';
import { TableHead } from '../../components/CaptionedTable.tsx';

const columns = ['responsible', 'law', 'intervention', 'targetGroup', 'ageBand', 'rule'] as const;

export function RuleTable({ caption, rules }: { caption: string; rules: readonly CharterRule[] }) {
  const { t } = useI18n();
  return (
    <table className="rules">
      <caption>{caption}</caption>
      <TableHead columns={[...columns.map((k) => ({ label: t.charter[k] })), { label: t.validity }]} />
      <tbody>
        {rules.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.committeeName} <span className="code">({r.committeeCode})</span>
            </th>
            <td>{r.law}</td>
            <td>{r.intervention ?? t.charter.any}</td>
            <td>{r.targetGroup ?? t.charter.any}</td>
            <td>{t.charter.years(r.ageMin, r.ageMax)}</td>
            <td>
              {r.description}
              {r.sourceNote && (
                <span className="source-line">
                  {t.source}: {r.sourceNote}
                </span>
              )}
            </td>
            <td>
              <Validity validFrom={r.validFrom} validTo={r.validTo} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
