import type { CharterRule } from '../../../modules/charter/model.ts';
import { useI18n } from '../../i18n.ts';
import { Validity } from '../../components/common.tsx';

export function RuleTable({ caption, rules }: { caption: string; rules: readonly CharterRule[] }) {
  const { t } = useI18n();
  return (
    <table className="rules">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.charter.responsible}</th>
          <th scope="col">{t.charter.law}</th>
          <th scope="col">{t.charter.intervention}</th>
          <th scope="col">{t.charter.targetGroup}</th>
          <th scope="col">{t.charter.ageBand}</th>
          <th scope="col">{t.charter.rule}</th>
          <th scope="col">{t.validity}</th>
        </tr>
      </thead>
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
