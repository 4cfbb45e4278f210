import type { ActivityNode } from '../../modules/organisation/model.ts';
import { useI18n } from '../i18n.ts';
import { Validity } from './common.tsx';

/** Nested list of activities; "varav" rows are part of their parent and are marked as such. */
export function ActivityTree({ nodes }: { nodes: readonly ActivityNode[] }) {
  if (nodes.length === 0) return null;
  return (
    <ul className="tree">
      {nodes.map((n) => (
        <li key={n.id} className={n.isSubset ? 'subset' : undefined}>
          <ActivityLabel activity={n} /> <Validity validFrom={n.validFrom} validTo={n.validTo} />
          <ActivityTree nodes={n.children} />
        </li>
      ))}
    </ul>
  );
}

export function ActivityLabel({
  activity,
  showCode = true,
}: {
  activity: { code: string; name: string; isSubset: boolean };
  showCode?: boolean;
}) {
  const { t } = useI18n();
  return (
    <span className="activity">
      {activity.isSubset && <span className="tag">{t.varav}</span>}
      {activity.isSubset ? activity.name.replace(/^varav\s+/i, '') : activity.name}
      {showCode && <span className="code"> ({activity.code})</span>}
    </span>
  );
}
