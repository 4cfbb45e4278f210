import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MunicipalitySettings } from '../../../modules/settings/model.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage, Loading } from '../../components/common.tsx';
import { organisationKeys } from '../../query-keys.ts';

const settingsUrl = (code: string) => `/api/municipalities/${encodeURIComponent(code)}/settings`;

/** The municipality's four-eyes setting: everyone sees it, an administrator changes it. */
export function FourEyesPanel({ municipalityCode, canChange }: { municipalityCode: string; canChange: boolean }) {
  const { t } = useI18n();
  const f = t.documents.fourEyes;
  const id = useId();
  const settings = useQuery({
    queryKey: organisationKeys.settings(municipalityCode),
    queryFn: () => api.get<MunicipalitySettings>(settingsUrl(municipalityCode)),
  });
  const [status, setStatus] = useState('');
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{f.title}</h2>
      {settings.isPending && <Loading />}
      <ErrorMessage error={settings.error} />
      {settings.data && !canChange && <p>{f.state(settings.data.fourEyes)}</p>}
      {/* a saved version starts the form afresh from what is stored */}
      {settings.data && canChange && <FourEyesForm key={settings.data.version} settings={settings.data} onSaved={setStatus} />}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}

function FourEyesForm({ settings, onSaved }: { settings: MunicipalitySettings; onSaved: (status: string) => void }) {
  const { t } = useI18n();
  const f = t.documents.fourEyes;
  const id = useId();
  const qc = useQueryClient();
  const [on, setOn] = useState(settings.fourEyes);
  const save = useMutation({
    mutationFn: () =>
      api.put<MunicipalitySettings>(`${settingsUrl(settings.municipalityCode)}/four-eyes`, { fourEyes: on, version: settings.version }),
    onSuccess: (saved) => {
      onSaved(f.saved(saved.fourEyes));
      void qc.invalidateQueries({ queryKey: organisationKeys.settings(settings.municipalityCode) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit}>
      <div className="field checkbox">
        <input id={`${id}-on`} type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} aria-describedby={`${id}-help`} />
        <label htmlFor={`${id}-on`}>{f.label}</label>
      </div>
      <p id={`${id}-help`} className="meta">
        {f.help}
      </p>
      <button type="submit" disabled={save.isPending || on === settings.fourEyes}>
        {save.isPending ? f.saving : f.save}
      </button>
      <ErrorMessage error={save.error} />
    </form>
  );
}
