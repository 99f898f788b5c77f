import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CurrentUserFieldsFragment } from '../../gql/graphql';
import { ApiError } from '../../lib/api-error';
import { useApiContext } from '../../lib/api-context';
import { ChangePasswordMutation, LoginMutation, LogoutMutation, MeQuery } from './operations';

export type CurrentUser = CurrentUserFieldsFragment;

type AuthState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; user: CurrentUser };

export interface Auth {
  state: AuthState;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<Auth | null>(null);

/** Knows who is signed in: restores the session at start, follows logouts in other tabs. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { client, store } = useApiContext();
  const [state, setState] = useState<AuthState>(() =>
    store.load() ? { status: 'loading' } : { status: 'anonymous', expired: false },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!store.load()) return;
    let cancelled = false;
    client.request(MeQuery).then(
      ({ me }) => !cancelled && setState({ status: 'signed-in', user: me }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          store.clear();
          setState({ status: 'anonymous', expired: true });
        } else setState({ status: 'error', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, store, attempt]);

  // The session ended elsewhere: logout in another tab, or a refresh that was refused.
  useEffect(
    () =>
      store.subscribe((session) => {
        if (!session)
          setState((s) => (s.status === 'anonymous' ? s : { status: 'anonymous', expired: true }));
      }),
    [store],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const { login } = await client.requestAnonymous(LoginMutation, { email, password });
      store.save({ accessToken: login.accessToken, refreshToken: login.refreshToken });
      setState({ status: 'signed-in', user: login.user });
    },
    [client, store],
  );

  const logout = useCallback(async () => {
    try {
      await client.request(LogoutMutation);
    } catch {
      // The session is forgotten locally either way.
    }
    setState({ status: 'anonymous', expired: false });
    store.clear();
  }, [client, store]);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      const { changePassword } = await client.request(ChangePasswordMutation, {
        currentPassword,
        newPassword,
      });
      store.save({ accessToken: changePassword.accessToken, refreshToken: changePassword.refreshToken });
      setState({ status: 'signed-in', user: changePassword.user });
    },
    [client, store],
  );

  const value = useMemo<Auth>(
    () => ({
      state,
      login,
      logout,
      changePassword,
      retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, login, logout, changePassword],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only inside routes that require a login. */
export function useCurrentUser(): CurrentUser {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser without a signed-in user');
  return state.user;
}
