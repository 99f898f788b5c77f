import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@bibliohub/contracts';
import { Access, CurrentActor, isCentral, type Actor } from '@bibliohub/api-core';
import { ApiKeyService } from './api-key.service.js';
import { CreateApiKeyInput } from './dto/api-key.input.js';
import { ApiKeyType, CreatedApiKeyType } from './dto/api-key.type.js';

const ADMINS = [Role.CENTRAL_ADMIN, Role.LIBRARY_ADMIN];

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  constructor(private readonly service: ApiKeyService) {}

  @Access({ roles: ADMINS })
  @Query(() => [ApiKeyType], {
    description: 'API keys of your library (central admins: of the given library)',
  })
  apiKeys(
    @CurrentActor() actor: Actor,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string,
  ): Promise<ApiKeyType[]> {
    return this.service.list(actor, isCentral(actor) && tenantId ? tenantId : actor.tenantId);
  }

  @Access({ roles: ADMINS })
  @Mutation(() => CreatedApiKeyType, {
    description: 'Create an API key; the full key is returned only this once',
  })
  async createApiKey(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<CreatedApiKeyType> {
    const tenantId = isCentral(actor) && input.tenantId ? input.tenantId : actor.tenantId;
    return this.service.create(actor, { ...input, tenantId });
  }

  @Access({ roles: ADMINS })
  @Mutation(() => ApiKeyType, { description: 'Revoke a key; it stops working on its next request' })
  revokeApiKey(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiKeyType> {
    return this.service.revoke(actor, id);
  }
}
