import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiScope, Role } from '@bibliohub/contracts';
import type { Request } from 'express';
import type { Actor } from './actor.js';

export interface AccessRule {
  /** No authentication needed. */
  public?: boolean;
  /** Users with one of these roles may call. Omitted: any signed-in user. */
  roles?: readonly Role[];
  /** API keys holding all of these scopes may call too. Omitted: keys may not call. */
  scopes?: readonly ApiScope[];
}

export const ACCESS_RULE = 'bibliohub:access';

/**
 * Declares who may call a resolver or route. Everything without it needs a signed-in user (API keys
 * are refused unless scopes are listed), so forgetting it fails closed.
 */
export const Access = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);

export type RequestWithActor = Request & { actor?: Actor };

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The verified caller; only on resolvers that require authentication. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});
