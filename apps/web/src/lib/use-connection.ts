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
  loadMore: () => Promise<void>;
  reload: () => Promise<void>;
}

/**
 * Pages through a Relay-style connection: the first page whenever the variables change, the next
 * one on `loadMore()` ("Meer laden"), appended to what is shown.
 */
export function useConnection<R, V extends { after?: string | null }, N>(
  document: TypedDocumentString<R, V>,
  variables: Omit<V, 'after'>,
  select: (result: R) => Connection<N>,
  { skip = false, refreshKey }: { skip?: boolean; refreshKey?: string | number } = {},
): ConnectionState<N> {
  const client = useApi();
  // What is shown, and the variables (as JSON) it was loaded for: while they differ, it is loading.
  const [list, setList] = useState<{
    key: string;
    nodes: readonly N[];
    pageInfo: Connection<N>['pageInfo'];
    error?: unknown;
  }>();
  const [reloading, setReloading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const variablesJson = JSON.stringify(variables);
  // A new refresh key (e.g. after a change elsewhere on the page) loads the first page again.
  const key = `${refreshKey ?? ''}|${variablesJson}`;
  const latest = useRef(0);
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  });

  const fetchPage = useCallback(
    (after: string | null) => {
      // Filters left empty are left out: "no filter" (the API reads an explicit null as a value).
      const filters = Object.fromEntries(
        Object.entries({ ...(JSON.parse(variablesJson) as object), after }).filter(
          ([, v]) => v !== null && v !== '',
        ),
      );
      return client.request(document, ...([filters] as Variables<V>)).then((r) => selectRef.current(r));
    },
    [client, document, variablesJson],
  );

  const fetchFirst = useCallback(async () => {
    const id = ++latest.current;
    try {
      const page = await fetchPage(null);
      if (id === latest.current) setList({ key, nodes: page.nodes, pageInfo: page.pageInfo });
    } catch (error) {
      if (id === latest.current)
        setList((current) => ({
          key,
          nodes: current?.key === key ? current.nodes : [],
          pageInfo: current?.key === key ? current.pageInfo : { hasNextPage: false },
          error,
        }));
    }
  }, [fetchPage, key]);

  useEffect(() => {
    // While skipped, an answer still underway is dropped.
    if (skip) latest.current++;
    else void fetchFirst();
  }, [fetchFirst, skip]);

  const reload = useCallback(async () => {
    setReloading(true);
    try {
      await fetchFirst();
    } finally {
      setReloading(false);
    }
  }, [fetchFirst]);

  const loadMore = async () => {
    if (!list?.pageInfo.hasNextPage || !list.pageInfo.endCursor) return;
    const id = latest.current;
    setLoadingMore(true);
    setList({ ...list, error: undefined });
    try {
      const page = await fetchPage(list.pageInfo.endCursor);
      if (id !== latest.current) return;
      setList(
        (current) =>
          current && { ...current, nodes: [...current.nodes, ...page.nodes], pageInfo: page.pageInfo },
      );
    } catch (error) {
      if (id === latest.current) setList((current) => current && { ...current, error });
    } finally {
      setLoadingMore(false);
    }
  };

  const settled = list?.key === key && !reloading;
  if (skip || !list)
    return {
      nodes: [],
      hasNextPage: false,
      loading: !skip,
      loadingMore: false,
      error: undefined,
      loadMore,
      reload,
    };
  return {
    nodes: list.nodes,
    hasNextPage: list.pageInfo.hasNextPage,
    loading: !settled,
    loadingMore,
    error: settled ? list.error : undefined,
    loadMore,
    reload,
  };
}
