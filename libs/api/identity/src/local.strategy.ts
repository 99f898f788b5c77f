import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService, type IssuedSession } from './auth.service.js';

/** passport-local: e-mail and password in, an issued session out (rate limits and timing inside AuthService). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<IssuedSession> {
    return this.auth.login(email, password, req.ip ?? 'unknown');
  }
}

/** Runs the local strategy for the GraphQL `login` mutation, reading its arguments as the credentials. */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext): Request {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: Request }>().req;
    req.body = { ...(req.body as object), ...gql.getArgs<object>() };
    return req;
  }
}
