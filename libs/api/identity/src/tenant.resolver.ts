import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CENTRAL_ROLES, Role } from '@bibliohub/contracts';
import { Access, CurrentActor, type Actor, type Page } from '@bibliohub/api-core';
import { CreateTenantInput, UpdateTenantInput, UpdateTenantProfileInput } from './dto/tenant.input.js';
import { TenantConnection, TenantType } from './dto/tenant.type.js';
import { TenantsArgs } from './dto/tenants.args.js';
import { TenantService } from './tenant.service.js';

@Resolver(() => TenantType)
export class TenantResolver {
  constructor(private readonly service: TenantService) {}

  @Access({ roles: CENTRAL_ROLES })
  @Query(() => TenantConnection, {
    description: 'Libraries and the national office, sorted by name (central roles)',
  })
  tenants(@CurrentActor() actor: Actor, @Args() args: TenantsArgs): Promise<Page<TenantType>> {
    return this.service.list(actor, args);
  }

  @Query(() => TenantType, { description: 'One tenant by slug; a library sees only its own' })
  tenant(@CurrentActor() actor: Actor, @Args('slug') slug: string): Promise<TenantType> {
    return this.service.getBySlug(actor, slug);
  }

  @Access({ roles: [Role.CENTRAL_ADMIN] })
  @Mutation(() => TenantType, { description: 'Onboard a library' })
  createTenant(@CurrentActor() actor: Actor, @Args('input') input: CreateTenantInput): Promise<TenantType> {
    return this.service.create(actor, input);
  }

  @Access({ roles: [Role.CENTRAL_ADMIN] })
  @Mutation(() => TenantType)
  updateTenant(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTenantInput,
  ): Promise<TenantType> {
    return this.service.update(actor, id, input);
  }

  @Access({ roles: [Role.CENTRAL_ADMIN, Role.LIBRARY_ADMIN] })
  @Mutation(() => TenantType, {
    description: 'Edit the profile that personalises posts (own library; central admins any)',
  })
  updateTenantProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateTenantProfileInput,
  ): Promise<TenantType> {
    const { tenantId, version, ...profile } = input;
    return this.service.updateProfile(actor, tenantId, version, profile);
  }

  @Access({ roles: [Role.CENTRAL_ADMIN] })
  @Mutation(() => TenantType, {
    description: 'Deactivate a library: its users and keys stop working; nothing is deleted',
  })
  deactivateTenant(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TenantType> {
    return this.service.setActive(actor, id, false);
  }

  @Access({ roles: [Role.CENTRAL_ADMIN] })
  @Mutation(() => TenantType)
  reactivateTenant(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TenantType> {
    return this.service.setActive(actor, id, true);
  }
}
