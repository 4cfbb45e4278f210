import { useCallback, useState } from 'react';

/** The stored choice when it is one of `choices`, else the fallback (also where storage is blocked). */
function storedChoice<T extends string>(key: string, choices: readonly T[], fallback: T): T {
  try {
    const stored = localStorage.getItem(key);
    return choices.find((c) => c === stored) ?? fallback;
  } catch {
    return fallback;
  }
}

/** One of a few choices (a language, a unit), remembered in this browser under `key`. */
export function useStoredChoice<T extends string>(key: string, choices: readonly T[], fallback: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => storedChoice(key, choices, fallback));
  const choose = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // private mode: the choice lasts for this page only
      }
    },
    [key],
  );
  return [value, choose];
}
