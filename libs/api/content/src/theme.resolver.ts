import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@bibliohub/contracts';
import { Access, CurrentActor, type Actor } from '@bibliohub/api-core';
import { ThemeInput, ThemeType, UpdateThemeInput } from './dto/theme.type.js';
import { ThemeService } from './theme.service.js';

const EDITORS = { roles: [Role.CENTRAL_EDITOR, Role.CENTRAL_ADMIN] };

@Resolver(() => ThemeType)
export class ThemeResolver {
  constructor(private readonly service: ThemeService) {}

  @Query(() => [ThemeType], { description: 'Themes and campaigns, campaigns first' })
  themes(
    @CurrentActor() actor: Actor,
    @Args('activeOnly', { defaultValue: true }) activeOnly: boolean,
  ): Promise<ThemeType[]> {
    return this.service.list(actor, activeOnly);
  }

  @Query(() => ThemeType)
  theme(@CurrentActor() actor: Actor, @Args('slug') slug: string): Promise<ThemeType> {
    return this.service.getBySlug(actor, slug);
  }

  @Access(EDITORS)
  @Mutation(() => ThemeType)
  createTheme(@CurrentActor() actor: Actor, @Args('input') input: ThemeInput): Promise<ThemeType> {
    return this.service.create(actor, input);
  }

  @Access(EDITORS)
  @Mutation(() => ThemeType)
  updateTheme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateThemeInput,
  ): Promise<ThemeType> {
    return this.service.update(actor, id, input);
  }
}
