import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import './identity.schema.js';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyService } from './api-key.service.js';
import { AccessGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { GqlLocalAuthGuard, LocalStrategy } from './local.strategy.js';
import { LoginRateLimiter } from './login-rate-limiter.service.js';
import { TenantResolver } from './tenant.resolver.js';
import { TenantService } from './tenant.service.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';

/** Tenants, users, login and sessions, API keys, and the global access guard. */
@Module({
  imports: [PassportModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthService,
    LoginRateLimiter,
    LocalStrategy,
    GqlLocalAuthGuard,
    ApiKeyService,
    UserService,
    TenantService,
    AuthResolver,
    TenantResolver,
    UserResolver,
    ApiKeyResolver,
  ],
  exports: [AuthService, ApiKeyService, UserService, TenantService],
})
export class IdentityModule {}
