import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIBRARY_ROLES } from '@bibliohub/contracts';
import { Access, CurrentActor, type Actor } from '@bibliohub/api-core';
import { PostOverrideInput, PostOverrideType, UpstreamDecisionInput } from './dto/override.type.js';
import { OverrideService } from './override.service.js';

const LIBRARIES = { roles: LIBRARY_ROLES };
const ID_ARG = { type: () => ID };
const VERSION_ARG = {
  type: () => Int,
  nullable: true,
  description: 'PostOverride.version; when given, a stale one answers CONFLICT',
};

/** Local overrides: a library's own version of fields of a central post. */
@Resolver(() => PostOverrideType)
export class OverrideResolver {
  constructor(private readonly overrides: OverrideService) {}

  @Access(LIBRARIES)
  @Query(() => PostOverrideType, {
    description: 'Your library’s changes to a post and the central changes to those fields since',
  })
  postOverride(
    @CurrentActor() actor: Actor,
    @Args('postId', ID_ARG) postId: string,
  ): Promise<PostOverrideType> {
    return this.overrides.get(actor, postId);
  }

  @Access(LIBRARIES)
  @Mutation(() => PostOverrideType, {
    description: 'Change fields of your copy of a post; the fields left out keep their current value',
  })
  setPostOverride(
    @CurrentActor() actor: Actor,
    @Args('postId', ID_ARG) postId: string,
    @Args('input') input: PostOverrideInput,
  ): Promise<PostOverrideType> {
    return this.overrides.set(actor, postId, input);
  }

  @Access(LIBRARIES)
  @Mutation(() => PostOverrideType, {
    description:
      'Go back to the central version of fields (title, body, variants.X or variants.X.text …); an empty list clears all',
  })
  clearPostOverride(
    @CurrentActor() actor: Actor,
    @Args('postId', ID_ARG) postId: string,
    @Args('fields', { type: () => [String] }) fields: string[],
    @Args('version', VERSION_ARG) version?: number | null,
  ): Promise<PostOverrideType> {
    return this.overrides.clear(actor, postId, fields, version);
  }

  @Access(LIBRARIES)
  @Mutation(() => PostOverrideType, {
    description: 'Per field changed centrally: take the central version or keep your own',
  })
  resolveUpstreamChanges(
    @CurrentActor() actor: Actor,
    @Args('postId', ID_ARG) postId: string,
    @Args('decisions', { type: () => [UpstreamDecisionInput] }) decisions: UpstreamDecisionInput[],
    @Args('version', VERSION_ARG) version?: number | null,
  ): Promise<PostOverrideType> {
    return this.overrides.resolve(actor, postId, decisions, version);
  }
}
