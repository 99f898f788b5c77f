import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useApi } from './api-context';
import type { Variables } from './graphql-client';

export interface Connection<N> {
  nodes: readonly N[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface ConnectionState<N> {
  nodes: readonly N[];
  hasNextPage: boolean;
  /** First page (or a reload) underway. */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore(): Promise<void>;
  reload(): Promise<void>;
}

/**
 * Pages through a Relay-style connection: the first page whenever the variables change, the next
 * one on `loadMore()` ("Meer laden"), appended to what is shown.
 */
export function useConnection<R, V extends { after?: string | null }, N>(
  document: TypedDocumentString<R, V>,
  variables: Omit<V, 'after'>,
  select: (result: R) => Connection<N>,
  { skip = false }: { skip?: boolean } = {},
): ConnectionState<N> {
  const client = useApi();
  const [nodes, setNodes] = useState<readonly N[]>([]);
  const [pageInfo, setPageInfo] = useState<Connection<N>['pageInfo']>({ hasNextPage: false });
  const [loading, setLoading] = useState(!skip);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  });

  const fetchPage = useCallback(
    (after: string | null) => {
      // Filters left empty are left out: "no filter" (the API reads an explicit null as a value).
      const filters = Object.fromEntries(
        Object.entries({ ...(JSON.parse(key) as object), after }).filter(([, v]) => v !== null && v !== ''),
      );
      return client.request(document, ...([filters] as Variables<V>)).then((r) => selectRef.current(r));
    },
    [client, document, key],
  );

  const reload = useCallback(async () => {
    const id = ++latest.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchPage(null);
      if (id !== latest.current) return;
      setNodes(page.nodes);
      setPageInfo(page.pageInfo);
    } catch (e) {
      if (id === latest.current) setError(e);
    } finally {
      if (id === latest.current) setLoading(false);
    }
  }, [fetchPage]);

  useEffect(() => {
    if (skip) {
      latest.current++;
      setNodes([]);
      setPageInfo({ hasNextPage: false });
      setLoading(false);
      return;
    }
    void reload();
  }, [reload, skip]);

  const loadMore = async () => {
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
    const id = latest.current;
    setLoadingMore(true);
    setError(undefined);
    try {
      const page = await fetchPage(pageInfo.endCursor);
      if (id !== latest.current) return;
      setNodes((current) => [...current, ...page.nodes]);
      setPageInfo(page.pageInfo);
    } catch (e) {
      if (id === latest.current) setError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  return { nodes, hasNextPage: pageInfo.hasNextPage, loading, loadingMore, error, loadMore, reload };
}
