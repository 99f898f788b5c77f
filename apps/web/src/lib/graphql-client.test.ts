import { describe, expect, it, vi } from 'vitest';
import { MeQuery } from '../features/auth/operations';
import { ApiError } from './api-error';
import { createGraphQLClient } from './graphql-client';
import { createSessionStore } from './session-store';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const me = { id: 'u1', name: 'Anne', email: 'a@b.nl', role: 'CENTRAL_ADMIN', lastLoginAt: null, tenant: {} };
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const unauthenticated = (subCode = 'INVALID_TOKEN') =>
  json({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED', subCode } }] });
const refreshed = (n: number) =>
  json({ data: { refreshToken: { accessToken: `access-${n}`, refreshToken: `refresh-${n}` } } });

interface Call {
  token: string | null;
  query: string;
  variables: Record<string, unknown>;
}

/** A fake /graphql: answers with `respond(call)` and records each call. */
function setup(respond: (call: Call, calls: Call[]) => Response) {
  const store = createSessionStore(memoryStorage());
  const calls: Call[] = [];
  const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
    const headers = init?.headers as Record<string, string>;
    const body = JSON.parse(init?.body as string) as { query: string; variables: Record<string, unknown> };
    const call = { token: headers['authorization'] ?? null, ...body };
    calls.push(call);
    return Promise.resolve(respond(call, calls));
  });
  const client = createGraphQLClient({ store, fetch, lock: (run) => run() });
  return { store, client, calls };
}

describe('graphql client', () => {
  it('sends the access token and returns data', async () => {
    const { store, client, calls } = setup(() => json({ data: { me } }));
    store.save({ accessToken: 'a', refreshToken: 'r' });
    await expect(client.request(MeQuery)).resolves.toEqual({ me });
    expect(calls[0]?.token).toBe('Bearer a');
    expect(calls[0]?.query).toContain('query Me');
  });

  it('refreshes once on UNAUTHENTICATED, stores the rotated tokens and retries', async () => {
    const { store, client, calls } = setup((call) =>
      call.query.includes('RefreshSession')
        ? refreshed(2)
        : call.token === 'Bearer access-2'
          ? json({ data: { me } })
          : unauthenticated(),
    );
    store.save({ accessToken: 'old', refreshToken: 'refresh-1' });
    await expect(client.request(MeQuery)).resolves.toEqual({ me });
    expect(calls.map((c) => c.token ?? 'none')).toEqual(['Bearer old', 'none', 'Bearer access-2']);
    expect(calls[1]?.variables).toEqual({ refreshToken: 'refresh-1' });
    expect(store.load()).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('shares one refresh between requests that fail at the same time', async () => {
    let refreshes = 0;
    const { store, client } = setup((call) => {
      if (call.query.includes('RefreshSession')) return refreshed(++refreshes + 1);
      return call.token === 'Bearer access-2' ? json({ data: { me } }) : unauthenticated();
    });
    store.save({ accessToken: 'old', refreshToken: 'refresh-1' });
    await Promise.all([client.request(MeQuery), client.request(MeQuery), client.request(MeQuery)]);
    expect(refreshes).toBe(1);
  });

  it('does not refresh when another tab has already rotated the tokens', async () => {
    const { store, client, calls } = setup((call) => {
      if (call.token === 'Bearer old') {
        store.save({ accessToken: 'from-other-tab', refreshToken: 'refresh-other' });
        return unauthenticated();
      }
      return json({ data: { me } });
    });
    store.save({ accessToken: 'old', refreshToken: 'refresh-1' });
    await client.request(MeQuery);
    expect(calls.map((c) => c.token)).toEqual(['Bearer old', 'Bearer from-other-tab']);
  });

  it('ends the session when the refresh token is refused, and tries no second time', async () => {
    const { store, client, calls } = setup(() => unauthenticated('SESSION_ENDED'));
    store.save({ accessToken: 'old', refreshToken: 'refresh-1' });
    const cleared = vi.fn();
    store.subscribe(cleared);
    await expect(client.request(MeQuery)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toHaveLength(2);
    expect(store.load()).toBeNull();
    expect(cleared).toHaveBeenCalledWith(null);
  });

  it('never refreshes anonymous requests or requests without a session', async () => {
    const { store, client, calls } = setup(() => unauthenticated('INVALID_CREDENTIALS'));
    await expect(client.request(MeQuery)).rejects.toBeInstanceOf(ApiError);
    store.save({ accessToken: 'a', refreshToken: 'r' });
    await expect(client.requestAnonymous(MeQuery)).rejects.toMatchObject({ subCode: 'INVALID_CREDENTIALS' });
    expect(calls.map((c) => c.token)).toEqual([null, null]);
  });

  it('turns errors into ApiError with code, sub-code, details and retry time', async () => {
    const { client } = setup(() =>
      json({
        errors: [
          {
            message: 'slow down',
            extensions: { code: 'RATE_LIMITED', subCode: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 90 },
          },
        ],
      }),
    );
    await expect(client.requestAnonymous(MeQuery)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      subCode: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: 90,
    });
  });

  it('runs file calls with the token, refreshing once when they are refused', async () => {
    const { store, client } = setup(() => refreshed(2));
    store.save({ accessToken: 'old', refreshToken: 'refresh-1' });
    const tokens: (string | undefined)[] = [];
    const result = await client.authorized((token) => {
      tokens.push(token);
      return token === 'access-2'
        ? Promise.resolve('uploaded')
        : Promise.reject(new ApiError('UNAUTHENTICATED', 'INVALID_TOKEN', 'no'));
    });
    expect(result).toBe('uploaded');
    expect(tokens).toEqual(['old', 'access-2']);
  });

  it('reports an unreachable server as NETWORK', async () => {
    const store = createSessionStore(memoryStorage());
    const client = createGraphQLClient({
      store,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      lock: (run) => run(),
    });
    await expect(client.request(MeQuery)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
