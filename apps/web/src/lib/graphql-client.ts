import { graphql } from '../gql';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError } from './api-error';
import type { Session, SessionStore } from './session-store';

const RefreshSession = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      refreshToken
    }
  }
`);

export type Variables<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

export interface GraphQLClient {
  /** Runs an operation as the signed-in user; on UNAUTHENTICATED refreshes the session once and retries. */
  request: <R, V>(document: TypedDocumentString<R, V>, ...variables: Variables<V>) => Promise<R>;
  /** Runs an operation without a token (login, refresh): never refreshes. */
  requestAnonymous: <R, V>(document: TypedDocumentString<R, V>, ...variables: Variables<V>) => Promise<R>;
  /**
   * Runs another call to the API (file uploads and downloads) with the access token; when it fails
   * with UNAUTHENTICATED, refreshes the session once and runs it again with the new token.
   */
  authorized: <T>(run: (accessToken: string | undefined) => Promise<T>) => Promise<T>;
}

export interface ClientOptions {
  store: SessionStore;
  endpoint?: string;
  fetch?: typeof fetch;
  /** Serialises refreshes across tabs (the Web Locks API); tests pass their own. */
  lock?: <T>(run: () => Promise<T>) => Promise<T>;
}

const webLock = <T>(run: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && navigator.locks
    ? navigator.locks.request('bibliohub-session-refresh', run)
    : run();

export function createGraphQLClient({
  store,
  endpoint = '/graphql',
  fetch: fetchFn = (...args) => globalThis.fetch(...args),
  lock = webLock,
}: ClientOptions): GraphQLClient {
  async function send<R>(query: string, variables: unknown, token: string | undefined): Promise<R> {
    let response: Response;
    try {
      response = await fetchFn(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables: variables ?? {} }),
      });
    } catch {
      throw new ApiError('NETWORK', undefined, 'The server could not be reached');
    }
    let body: { data?: R | null; errors?: unknown[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError(
        response.status >= 500 ? 'NETWORK' : 'INTERNAL',
        `HTTP_${response.status}`,
        `Unexpected answer (HTTP ${response.status})`,
      );
    }
    if (body.errors?.length) throw ApiError.fromGraphQL(body.errors);
    if (!body.data) throw new ApiError('INTERNAL', 'NO_DATA', 'The answer held no data');
    return body.data;
  }

  let refreshing: Promise<Session | null> | undefined;

  /** Exchanges the refresh token once for new tokens; null when the session has ended. */
  function refresh(stale: Session): Promise<Session | null> {
    refreshing ??= lock(async () => {
      // Another tab (or request) may have rotated the tokens while we waited for the lock.
      const current = store.load();
      if (!current) return null;
      if (current.refreshToken !== stale.refreshToken) return current;
      try {
        const data = await send<{ refreshToken: Session }>(
          RefreshSession.toString(),
          { refreshToken: current.refreshToken },
          undefined,
        );
        const next = {
          accessToken: data.refreshToken.accessToken,
          refreshToken: data.refreshToken.refreshToken,
        };
        store.save(next);
        return next;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          store.clear();
          return null;
        }
        throw error;
      }
    }).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  async function authorized<T>(run: (accessToken: string | undefined) => Promise<T>): Promise<T> {
    const session = store.load();
    try {
      return await run(session?.accessToken);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED' || !session) throw error;
      const fresh = await refresh(session);
      if (!fresh) throw error;
      return run(fresh.accessToken);
    }
  }

  return {
    request(document, ...[variables]) {
      return authorized((token) => send(document.toString(), variables, token));
    },
    authorized,
    requestAnonymous(document, ...[variables]) {
      return send(document.toString(), variables, undefined);
    },
  };
}
