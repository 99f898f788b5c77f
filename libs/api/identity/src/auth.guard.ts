import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ACCESS_RULE,
  AppError,
  requestContext,
  requestOf,
  type AccessRule,
  type Actor,
  type RequestWithActor,
} from '@bibliohub/api-core';
import { ApiKeyService } from './api-key.service.js';
import { AuthService } from './auth.service.js';

type AuthenticatedRequest = RequestWithActor & { sessionFamily?: string; authenticated?: Promise<void> };

/**
 * Global guard: resolves `Authorization: Bearer <access token | API key>` once per request, then
 * applies the handler's @Access rule. No rule means "any signed-in user"; API keys need listed scopes.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule =
      this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
        context.getHandler(),
        context.getClass(),
      ]) ?? {};
    const req = requestOf(context) as AuthenticatedRequest;
    req.authenticated ??= this.authenticate(req);
    await req.authenticated;
    if (rule.public) return true;
    const actor = req.actor;
    if (!actor)
      throw AppError.unauthenticated('AUTH_REQUIRED', 'Log in or send an API key (Authorization: Bearer …)');
    authorize(actor, rule);
    return true;
  }

  private async authenticate(req: AuthenticatedRequest): Promise<void> {
    const header = req.headers.authorization;
    if (!header) return;
    const match = /^Bearer ([^\s]+)$/i.exec(header);
    if (!match)
      throw AppError.unauthenticated(
        'MALFORMED_AUTHORIZATION',
        'Use the header "Authorization: Bearer <token>"',
      );
    const token = match[1];
    if (token.startsWith('bh_')) {
      req.actor = await this.apiKeys.verify(token);
    } else {
      const { actor, familyId } = await this.auth.verifyAccessToken(token);
      req.actor = actor;
      req.sessionFamily = familyId;
    }
    const ctx = requestContext.getStore();
    if (ctx) ctx.tenantId = req.actor.tenantId;
  }
}

export function authorize(actor: Actor, rule: AccessRule): void {
  if (actor.kind === 'API_KEY') {
    if (!rule.scopes)
      throw AppError.forbidden(
        'API_KEY_NOT_ALLOWED',
        'This operation needs a signed-in user, not an API key',
      );
    const missing = rule.scopes.filter((s) => !actor.scopes.includes(s));
    if (missing.length)
      throw AppError.forbidden('SCOPE_MISSING', `This API key lacks the scope ${missing.join(', ')}`);
    return;
  }
  if (rule.roles && !rule.roles.includes(actor.role!)) {
    throw AppError.forbidden('ROLE_NOT_ALLOWED', 'Your role does not allow this operation');
  }
}
