/** The tokens of the signed-in user, kept in localStorage so a reload (or another tab) stays signed in. */
export interface Session {
  accessToken: string;
  refreshToken: string;
}

export interface SessionStore {
  load: () => Session | null;
  save: (session: Session) => void;
  clear: () => void;
  /** Called after every change, from this tab or (through the `storage` event) another one. */
  subscribe: (listener: (session: Session | null) => void) => () => void;
}

const KEY = 'bibliohub.session';

export function createSessionStore(storage: Storage = window.localStorage): SessionStore {
  const listeners = new Set<(session: Session | null) => void>();
  const load = (): Session | null => {
    try {
      const value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Session> | null;
      return value?.accessToken && value.refreshToken
        ? { accessToken: value.accessToken, refreshToken: value.refreshToken }
        : null;
    } catch {
      return null;
    }
  };
  const notify = () => listeners.forEach((l) => l(load()));
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (e) => {
      if (e.key === KEY || e.key === null) notify();
    });
  }
  return {
    load,
    save(session) {
      storage.setItem(KEY, JSON.stringify(session));
      notify();
    },
    clear() {
      if (storage.getItem(KEY) === null) return;
      storage.removeItem(KEY);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
