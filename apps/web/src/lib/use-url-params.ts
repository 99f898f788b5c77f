import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the address (so a filtered list can be bookmarked and shared): `get` reads one,
 * `set` changes some (an empty value removes it) without adding a history entry.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const get = (name: string) => params.get(name) ?? '';
  return { get, set };
}

/** A search box's text, passed on a moment after the last key (`commit`), so the list follows typing. */
export function useDebouncedInput(committed: string, commit: (value: string) => void) {
  const [input, setInput] = useState(committed);
  useEffect(() => {
    if (input.trim() === committed) return;
    const timer = setTimeout(() => commit(input.trim()), 300);
    return () => clearTimeout(timer);
  }, [input, committed, commit]);
  return [input, setInput] as const;
}
