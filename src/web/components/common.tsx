import { useId, useState, type FormEvent } from 'react';
import { useI18n, useTitle } from '../i18n.ts';

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="status">
      {t.loading}
    </p>
  );
}

/** A query's state before its data: the loading line while it runs, its error if it failed. */
export function QueryState({ pending, error }: { pending: boolean; error: unknown }) {
  return (
    <>
      {pending && <Loading />}
      <ErrorMessage error={error} />
    </>
  );
}

/** Errors are announced at once (role="alert" is an assertive live region). */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="error">
      {message}
    </div>
  );
}

export function Validity({ validFrom, validTo }: { validFrom: string; validTo: string | null }) {
  const { t } = useI18n();
  // each date stays on one line; the span between them may wrap
  return (
    <span className="validity">
      {validTo ? (
        <>
          <span className="nowrap">{validFrom}</span> – <span className="nowrap">{validTo}</span>
        </>
      ) : (
        <>
          {t.fromWord} <span className="nowrap">{validFrom}</span>
        </>
      )}
    </span>
  );
}

export function SourceNote({ note }: { note: string | null }) {
  const { t } = useI18n();
  if (!note) return null;
  return (
    <span className="source">
      {t.source}: {note}
    </span>
  );
}

/** "Per datum" picker: applies on submit so the page does not reload on every keystroke. */
export function AsOfForm(props: { asOf: string; onChange: (date: string) => void }) {
  return <AsOfFormInner key={props.asOf} {...props} />;
}

function AsOfFormInner({ asOf, onChange }: { asOf: string; onChange: (date: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(asOf);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(value);
  };
  return (
    <form className="asof" onSubmit={submit}>
      <label htmlFor={id}>{t.asOf}</label>
      <input id={id} name="datum" type="date" value={value} onChange={(e) => setValue(e.target.value)} required />
      <button type="submit">{t.show}</button>
    </form>
  );
}

/** The page for an address that has none, inside any area's routes. */
export function NotFound() {
  const { t } = useI18n();
  useTitle(t.notFoundTitle);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
    </>
  );
}
