import { registerSchema } from '@bibliohub/api-core';
import { ApiKeyEntity } from './api-key.entity.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { Identity1763900001000 } from './migrations/1763900001000-identity.migration.js';
import { ApiKeyLookup1763900001100 } from './migrations/1763900001100-api-key-lookup.migration.js';
import { ApiKeyTouch1763900009500 } from './migrations/1763900009500-api-key-touch.migration.js';
import { RefreshSessionEntity } from './refresh-session.entity.js';
import { TenantEntity } from './tenant.entity.js';
import { UserEntity } from './user.entity.js';

registerSchema({
  entities: [TenantEntity, UserEntity, RefreshSessionEntity, ApiKeyEntity, LoginAttemptEntity],
  migrations: [Identity1763900001000, ApiKeyLookup1763900001100, ApiKeyTouch1763900009500],
});
