import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of one request carries. The tenant is filled in once the caller is verified. */
export interface RequestContext {
  requestId: string;
  tenantId?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
