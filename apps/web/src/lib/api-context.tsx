import { createContext, useContext, type ReactNode } from 'react';
import type { GraphQLClient } from './graphql-client';
import type { SessionStore } from './session-store';

export interface Api {
  client: GraphQLClient;
  store: SessionStore;
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApiContext(): Api {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi outside ApiProvider');
  return value;
}

export const useApi = (): GraphQLClient => useApiContext().client;
