import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useApi } from './api-context';
import type { Variables } from './graphql-client';

export interface QueryState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again with the same variables; keeps showing the old data meanwhile. */
  reload: () => Promise<void>;
}

/**
 * Runs a query when the component mounts and whenever the variables change (compared as JSON).
 * Pass `skip` to wait, e.g. until the user has picked a library, and `refreshKey` to load again
 * when something the answer depends on changes (such as a post's version).
 */
export function useQuery<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  { skip = false, refreshKey }: { skip?: boolean; refreshKey?: string | number } = {},
): QueryState<R> {
  const client = useApi();
  // The last answer, and the variables (as JSON) it answered: while they differ, it is loading.
  const [result, setResult] = useState<{ key: string; data?: R; error?: unknown }>();
  const [reloading, setReloading] = useState(false);
  const variablesJson = JSON.stringify(variables);
  // A new refresh key (e.g. the version of what the answer depends on) loads again.
  const key = `${refreshKey ?? ''}|${variablesJson}`;
  const latest = useRef(0);

  const fetchOnce = useCallback(async () => {
    const id = ++latest.current;
    try {
      const data = await client.request(document, ...([JSON.parse(variablesJson)] as Variables<V>));
      if (id === latest.current) setResult({ key, data });
    } catch (error) {
      if (id === latest.current) setResult((previous) => ({ key, data: previous?.data, error }));
    }
  }, [client, document, key, variablesJson]);

  useEffect(() => {
    if (!skip) void fetchOnce();
  }, [fetchOnce, skip]);

  const reload = useCallback(async () => {
    setReloading(true);
    try {
      await fetchOnce();
    } finally {
      setReloading(false);
    }
  }, [fetchOnce]);

  const settled = result?.key === key && !reloading;
  return {
    data: result?.data,
    error: settled ? result.error : undefined,
    loading: !skip && !settled,
    reload,
  };
}

export interface MutationState<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  loading: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * Wraps an async action (usually a mutation) with loading and error state. `run` resolves to
 * undefined when the action failed; the error is in `error`.
 */
export function useMutation<A extends unknown[], R>(action: (...args: A) => Promise<R>): MutationState<A, R> {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (...args: A) => {
    setLoading(true);
    setError(undefined);
    try {
      return await action(...args);
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setLoading(false);
    }
  };
  const reset = useCallback(() => setError(undefined), []);
  return { run, loading, error, reset };
}
