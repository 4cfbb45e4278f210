import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { DecidePanel } from '../../components/DecidePanel.tsx';
import { economyApi, type BudgetVersion } from './types.ts';
import { economyKeys } from '../../query-keys.ts';
import { RevisePanel } from '../../components/RevisePanel.tsx';

const invalidateVersions = (qc: ReturnType<typeof useQueryClient>, code: string) => {
  void qc.invalidateQueries({ queryKey: economyKeys.versions(code) });
  void qc.invalidateQueries({ queryKey: economyKeys.budget(code) });
  void qc.invalidateQueries({ queryKey: economyKeys.years(code) });
};

/** Deciding freezes a draft; the button asks once more before it does. */
export function DecideVersion({ code, version, onStatus }: { code: string; version: BudgetVersion; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <DecidePanel
      level={3}
      texts={t.economy.versions}
      title={version.title}
      decide={(body) => api.post<BudgetVersion>(`/api/budget-versions/${version.id}/decide`, { version: version.version, ...body })}
      onStatus={onStatus}
      refresh={() => invalidateVersions(qc, code)}
    />
  );
}

/** A revision starts as a copy of the decided version and is a draft of its own. */
export function ReviseVersion({
  code,
  version,
  onCreated,
}: {
  code: string;
  version: BudgetVersion;
  onCreated: (v: BudgetVersion) => void;
}) {
  const { t } = useI18n();
  const v = t.economy.versions;
  const qc = useQueryClient();
  return (
    <RevisePanel
      level={3}
      texts={v}
      title={{ initial: v.revisionDefaultTitle(version.title), required: true }}
      fieldNames={{ title: 'title', reason: 'revisionReason' }}
      revise={({ title, reason }) =>
        api.post<BudgetVersion>(economyApi(code, 'versions'), {
          budgetYear: version.budgetYear,
          title,
          revisesId: version.id,
          revisionReason: reason,
        })
      }
      onCreated={(created) => {
        invalidateVersions(qc, code);
        onCreated(created);
      }}
    />
  );
}
