import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity } from '../../../modules/organisation/model.ts';
import { api, ApiError } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { Validity } from '../../components/common.tsx';
import { ActivityLabel } from '../../components/ActivityTree.tsx';
import { committeeKeys, organisationKeys } from '../../query-keys.ts';

interface Props {
  activity: Activity;
  depth: number;
  writable: boolean;
  onSaved: (name: string) => void;
}

/** One activity; writers rename it inline. The version seen when editing began goes with the save. */
export function ActivityRow({ activity, depth, writable, onSaved }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const inputId = useId();
  const [editing, setEditing] = useState<{ name: string; version: number } | null>(null);
  const save = useMutation({
    mutationFn: (edit: { name: string; version: number }) => api.patch<Activity>(`/api/activities/${activity.id}`, edit),
    onSuccess: (updated) => {
      setEditing(null);
      onSaved(updated.name);
      void qc.invalidateQueries({ queryKey: committeeKeys.all });
      void qc.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editing) save.mutate({ name: editing.name.trim(), version: editing.version });
  };
  const reload = () => {
    save.reset();
    setEditing(null);
    void qc.invalidateQueries({ queryKey: committeeKeys.all });
  };

  return (
    <tr className={activity.isSubset ? 'subset' : undefined}>
      <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
        {editing ? (
          <form onSubmit={submit} className="inline-edit">
            <label htmlFor={inputId}>{t.committee.newName}</label>
            <input
              id={inputId}
              value={editing.name}
              onChange={(e) => setEditing({ ...editing, name: e.target.value })}
              required
              maxLength={200}
            />
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? t.committee.saving : t.committee.save}
            </button>
            <button
              type="button"
              onClick={() => {
                save.reset();
                setEditing(null);
              }}
            >
              {t.committee.cancel}
            </button>
            <div aria-live="assertive">
              {save.error && (
                <div role="alert" className="error">
                  <p>{save.error.message}</p>
                  {stale && (
                    <button type="button" onClick={reload}>
                      {t.committee.reload}
                    </button>
                  )}
                </div>
              )}
            </div>
          </form>
        ) : (
          <>
            <ActivityLabel activity={activity} showCode={false} />
            {writable && (
              <button
                type="button"
                className="small"
                aria-label={t.committee.editLabel(activity.name)}
                onClick={() => setEditing({ name: activity.name, version: activity.version })}
              >
                {t.committee.edit}
              </button>
            )}
          </>
        )}
      </th>
      <td>
        <code>{activity.code}</code>
      </td>
      <td>
        <Validity validFrom={activity.validFrom} validTo={activity.validTo} />
      </td>
      <td className="source-cell">{activity.sourceNote ?? '–'}</td>
    </tr>
  );
}
