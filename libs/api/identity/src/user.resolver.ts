import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@bibliohub/contracts';
import { Access, CurrentActor, type Actor, type Page } from '@bibliohub/api-core';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './dto/user.input.js';
import { UserConnection, UserType } from './dto/user.type.js';
import { UserService } from './user.service.js';

const ADMINS = [Role.CENTRAL_ADMIN, Role.LIBRARY_ADMIN];

@Resolver(() => UserType)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Access({ roles: ADMINS })
  @Query(() => UserConnection, { description: 'Users you administer, sorted by e-mail' })
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<Page<UserType>> {
    return this.service.list(actor, args);
  }

  @Access({ roles: ADMINS })
  @Query(() => UserType)
  user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return this.service.get(actor, id);
  }

  @Access({ roles: ADMINS })
  @Mutation(() => UserType, { description: 'Create a user with a role you may grant' })
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserType> {
    return this.service.create(actor, {
      ...input,
      tenantId: actor.role === Role.CENTRAL_ADMIN && input.tenantId ? input.tenantId : actor.tenantId,
    });
  }

  @Access({ roles: ADMINS })
  @Mutation(() => UserType)
  updateUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<UserType> {
    return this.service.update(actor, id, input);
  }

  @Access({ roles: ADMINS })
  @Mutation(() => UserType, { description: 'Disable a user; ends all their sessions at once' })
  disableUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return this.service.setDisabled(actor, id, true);
  }

  @Access({ roles: ADMINS })
  @Mutation(() => UserType)
  enableUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return this.service.setDisabled(actor, id, false);
  }
}
