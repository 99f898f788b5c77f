import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useApi } from './api-context';
import type { Variables } from './graphql-client';

export interface QueryState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again with the same variables; keeps showing the old data meanwhile. */
  reload(): Promise<void>;
}

/**
 * Runs a query when the component mounts and whenever the variables change (compared as JSON).
 * Pass `skip` to wait, e.g. until the user has picked a library.
 */
export function useQuery<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  { skip = false }: { skip?: boolean } = {},
): QueryState<R> {
  const client = useApi();
  const [data, setData] = useState<R>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(!skip);
  const key = JSON.stringify(variables);
  const latest = useRef(0);

  const run = useCallback(async () => {
    const id = ++latest.current;
    setLoading(true);
    setError(undefined);
    try {
      const result = await client.request(document, ...([JSON.parse(key)] as Variables<V>));
      if (id === latest.current) setData(result);
    } catch (e) {
      if (id === latest.current) setError(e);
    } finally {
      if (id === latest.current) setLoading(false);
    }
  }, [client, document, key]);

  useEffect(() => {
    if (skip) {
      setLoading(false);
      return;
    }
    void run();
  }, [run, skip]);

  return { data, error, loading, reload: run };
}

export interface MutationState<A extends unknown[], R> {
  run(...args: A): Promise<R | undefined>;
  loading: boolean;
  error: unknown;
  reset(): void;
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
