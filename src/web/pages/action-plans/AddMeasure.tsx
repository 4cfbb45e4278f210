import { useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.ts';
import { ErrorMessage } from '../../components/common.tsx';
import { Field } from '../../components/Field.tsx';
import { apiPaths, refreshAll, type VersionView } from './api.ts';
import { TermSelect } from './TermSelect.tsx';

/** A new measure at the end of a draft, with the fields it cannot be without; the rest is edited in the table. */
export function AddMeasure({ view, onStatus }: { view: VersionView; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const a = t.actionPlans;
  const id = useId();
  const qc = useQueryClient();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const vocab = view.vocabulary;
  const [area, setArea] = useState(vocab.areas[0]?.code ?? '');
  const [statusCode, setStatusCode] = useState(vocab.statuses[0]?.code ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaving(true);
    try {
      const sortOrder = Math.max(0, ...view.measures.map((m) => m.sortOrder)) + 10;
      await api.post(`${apiPaths.version(view.plan.id, view.version.id)}/measures`, {
        code: code.trim(),
        title: title.trim(),
        areaCode: area,
        statusCode,
        sortOrder,
      });
      onStatus(a.added(code.trim()));
      setCode('');
      setTitle('');
      await refreshAll(qc);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section aria-labelledby={id} className="panel">
      <h3 id={id}>{a.addTitle}</h3>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <Field label={a.code} name="code" error={error}>
          {(control) => (
            <input {...control} className="code-input" value={code} maxLength={20} onChange={(e) => setCode(e.target.value)} required />
          )}
        </Field>
        <Field label={a.measure} name="title" error={error} className="wide">
          {(control) => <input {...control} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <TermSelect label={a.area} name="areaCode" error={error} value={area} onChange={setArea} terms={vocab.areas} />
        <TermSelect label={a.status} name="statusCode" error={error} value={statusCode} onChange={setStatusCode} terms={vocab.statuses} />
        <button type="submit" disabled={saving}>
          {a.add}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
