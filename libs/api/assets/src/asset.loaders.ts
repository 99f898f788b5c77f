import DataLoader from 'dataloader';
import { AppError, type Actor, type RequestWithActor } from '@bibliohub/api-core';

const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader that lives as long as one request: every field resolver of a page asks it, and it
 * loads all their keys in one go (N+1 is a bug).
 */
export function requestLoader<V>(
  req: object,
  name: string,
  batch: (keys: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  let loaders = perRequest.get(req);
  if (!loaders) {
    loaders = new Map<string, DataLoader<string, unknown>>();
    perRequest.set(req, loaders);
  }
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (keys) => {
      const found = await batch(keys);
      return keys.map((k) => found.get(k) ?? missing);
    });
    loaders.set(name, loader);
  }
  return loader;
}

export function actorOf(req: RequestWithActor): Actor {
  if (!req.actor)
    throw AppError.unauthenticated('AUTH_REQUIRED', 'Log in or send an API key (Authorization: Bearer …)');
  return req.actor;
}
