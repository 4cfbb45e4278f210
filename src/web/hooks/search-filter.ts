import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A filter kept in the address's query, so a filtered page can be linked and reloaded: its values
 * (`defaults` for those not given) and `apply`, which writes the non-empty ones, trimmed.
 * `formKey` changes with the address: a form keyed by it starts again from the values.
 */
export function useSearchFilter<K extends string>(keys: readonly K[], defaults: Partial<Record<K, string>> = {}) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? defaults[k] ?? ''])) as Record<K, string>;
  const apply = (next: Record<K, string>) => {
    const query = new URLSearchParams();
    for (const k of keys) if (next[k].trim()) query.set(k, next[k].trim());
    setParams(query);
  };
  return { values, apply, formKey: params.toString() };
}

/** A filter form's draft: `bind(key)` gives a field its value and change handler; `submit` hands the draft on. */
export function useFilterDraft<T extends Record<string, string>>(initial: T, onSubmit: (draft: T) => void) {
  const [draft, setDraft] = useState(initial);
  const bind = (key: keyof T) => ({ value: draft[key], onChange: (value: string) => setDraft({ ...draft, [key]: value }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draft);
  };
  return { draft, bind, submit };
}
