import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostService, PostType } from '@bibliohub/api-content';
import {
  Access,
  CurrentActor,
  type Actor,
  type GraphqlContext,
  type RequestWithActor,
} from '@bibliohub/api-core';
import { actorOf, requestLoader } from './asset.loaders.js';
import { toAssetType } from './asset.mapper.js';
import { CENTRAL_EDITORS } from './asset.resolver.js';
import { SetPostAssetsArgs } from './dto/asset.input.js';
import { AssetWarningType, PostAssetType } from './dto/asset.type.js';
import { PostAssetService, warningsOf, type PostAttachment } from './post-asset.service.js';

/** Assets on the content library's Post type, loaded for a whole page of posts at once. */
@Resolver(() => PostType)
export class PostAssetsResolver {
  constructor(
    private readonly postAssets: PostAssetService,
    private readonly posts: PostService,
  ) {}

  @ResolveField(() => [PostAssetType], {
    description: 'Attached assets in order; libraries see only assets they may use now',
  })
  async assets(@Parent() post: PostType, @Context() context: GraphqlContext): Promise<PostAssetType[]> {
    const attachments = await this.load(post, context);
    return attachments.flatMap((a) =>
      a.view
        ? [
            {
              position: a.position,
              altText: a.altTextOverride ?? a.view.asset.altText,
              altTextOverride: a.altTextOverride,
              asset: toAssetType(a.view),
            },
          ]
        : [],
    );
  }

  @ResolveField(() => [AssetWarningType], {
    description: 'Attached assets that may not be published now: expired, consent ended, archived or gone',
  })
  async assetWarnings(
    @Parent() post: PostType,
    @Context() context: GraphqlContext,
  ): Promise<AssetWarningType[]> {
    return warningsOf(await this.load(post, context));
  }

  @Access(CENTRAL_EDITORS)
  @Mutation(() => PostType, {
    description:
      'Attach assets to a post in this order (replaces the list); pass the post version you loaded',
  })
  async setPostAssets(@CurrentActor() actor: Actor, @Args() args: SetPostAssetsArgs): Promise<PostType> {
    await this.postAssets.set(actor, args.postId, args.version, args.assets);
    return this.posts.get(actor, args.postId);
  }

  private load(post: PostType, context: GraphqlContext): Promise<PostAttachment[]> {
    const req = context.req as RequestWithActor;
    const actor = actorOf(req);
    return requestLoader<PostAttachment[]>(
      req,
      'post.assets',
      (ids) => this.postAssets.attachmentsOf(actor, ids),
      [],
    ).load(post.id);
  }
}
