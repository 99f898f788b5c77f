import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApiScope, Role } from '@bibliohub/contracts';
import {
  Access,
  CurrentActor,
  type Actor,
  type GraphqlContext,
  type Page,
  type RequestWithActor,
} from '@bibliohub/api-core';
import { downloadPath } from './asset-keys.js';
import { actorOf, requestLoader } from './asset.loaders.js';
import { toAssetType, toVersionType } from './asset.mapper.js';
import { AssetService } from './asset.service.js';
import type { AssetVersionEntity } from './asset-version.entity.js';
import {
  AssetsArgs,
  AssetVersionArgs,
  ExpiringAssetsArgs,
  FinalizeAssetUploadInput,
  ReplaceAssetFileArgs,
  UpdateAssetInput,
} from './dto/asset.input.js';
import {
  AssetConnection,
  AssetRendition,
  AssetType,
  AssetUsageType,
  AssetVersionType,
} from './dto/asset.type.js';

/** Users who manage assets: central editors and admins for the house style, libraries for their own uploads. */
export const ASSET_EDITORS = {
  roles: [Role.CENTRAL_ADMIN, Role.CENTRAL_EDITOR, Role.LIBRARY_ADMIN, Role.LIBRARY_EDITOR],
};
/** Uploading and finalising: the same users, plus API keys that may submit content. */
export const ASSET_UPLOADERS = { ...ASSET_EDITORS, scopes: [ApiScope.SUBMISSIONS_WRITE] };
/** Reading: every signed-in user, and API keys that read the feed. */
export const ASSET_READERS = { scopes: [ApiScope.FEED_READ] };
export const CENTRAL_EDITORS = { roles: [Role.CENTRAL_EDITOR, Role.CENTRAL_ADMIN] };

const ID_ARG = { type: () => ID };

@Resolver(() => AssetType)
export class AssetResolver {
  constructor(private readonly service: AssetService) {}

  @Access(ASSET_READERS)
  @Query(() => AssetType, { description: 'One asset; libraries see central assets only while usable' })
  async asset(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<AssetType> {
    return toAssetType(await this.service.get(actor, id));
  }

  @Access(ASSET_READERS)
  @Query(() => AssetConnection, { description: 'Browse the asset library, newest first' })
  async assets(@CurrentActor() actor: Actor, @Args() args: AssetsArgs): Promise<Page<AssetType>> {
    const page = await this.service.list(actor, args);
    return { pageInfo: page.pageInfo, nodes: page.nodes.map(toAssetType) };
  }

  @Access(CENTRAL_EDITORS)
  @Query(() => [AssetType], {
    description: 'House-style assets whose validity or portrait consent ends within `days`, soonest first',
  })
  async expiringAssets(@CurrentActor() actor: Actor, @Args() args: ExpiringAssetsArgs): Promise<AssetType[]> {
    return (await this.service.expiring(actor, args)).map(toAssetType);
  }

  @Query(() => [AssetUsageType], { description: 'Posts that use an asset' })
  assetUsage(
    @CurrentActor() actor: Actor,
    @Args('assetId', ID_ARG) assetId: string,
  ): Promise<AssetUsageType[]> {
    return this.service.usage(actor, assetId);
  }

  @Access(ASSET_UPLOADERS)
  @Mutation(() => AssetType, {
    description: 'Turn a file uploaded with PUT /files/uploads into an asset (see docs/assets.md)',
  })
  async finalizeAssetUpload(
    @CurrentActor() actor: Actor,
    @Args('input') input: FinalizeAssetUploadInput,
  ): Promise<AssetType> {
    return toAssetType(await this.service.finalize(actor, input));
  }

  @Access(ASSET_UPLOADERS)
  @Mutation(() => AssetType, { description: 'A new file for an asset: same id, next version, history kept' })
  async replaceAssetFile(
    @CurrentActor() actor: Actor,
    @Args() args: ReplaceAssetFileArgs,
  ): Promise<AssetType> {
    return toAssetType(await this.service.replaceFile(actor, args.assetId, args.uploadToken, args.version));
  }

  @Access(ASSET_EDITORS)
  @Mutation(() => AssetType, { description: 'Change title, texts, tags, themes, rights or validity' })
  async updateAsset(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
    @Args('input') input: UpdateAssetInput,
  ): Promise<AssetType> {
    const { version, ...fields } = input;
    return toAssetType(await this.service.update(actor, id, version, fields));
  }

  @Access(ASSET_EDITORS)
  @Mutation(() => AssetType, {
    description: 'Hide an asset from libraries and new posts without deleting it',
  })
  async archiveAsset(@CurrentActor() actor: Actor, @Args() args: AssetVersionArgs): Promise<AssetType> {
    return toAssetType(await this.service.setArchived(actor, args.id, args.version, true));
  }

  @Access(ASSET_EDITORS)
  @Mutation(() => AssetType)
  async unarchiveAsset(@CurrentActor() actor: Actor, @Args() args: AssetVersionArgs): Promise<AssetType> {
    return toAssetType(await this.service.setArchived(actor, args.id, args.version, false));
  }

  @Access(ASSET_EDITORS)
  @Mutation(() => Boolean, {
    description:
      'Delete an unused asset and all its files; in use → CONFLICT ASSET_IN_USE (archive it instead)',
  })
  deleteAsset(@CurrentActor() actor: Actor, @Args() args: AssetVersionArgs): Promise<boolean> {
    return this.service.delete(actor, args.id, args.version);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Download path (GET, same Authorization header); null when the rendition is not (yet) available',
  })
  downloadUrl(
    @Parent() asset: AssetType,
    @Args('rendition', { type: () => AssetRendition, defaultValue: AssetRendition.ORIGINAL })
    rendition: AssetRendition,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): string | null {
    const number = version ?? undefined;
    if (rendition !== AssetRendition.ORIGINAL && number === undefined) {
      if (!asset.file.renditions.some((r) => r.rendition === rendition)) return null;
    }
    return downloadPath(asset.id, rendition, number);
  }

  @ResolveField(() => [AssetVersionType], { description: 'Every file this asset has had, newest first' })
  async versions(
    @Parent() asset: AssetType,
    @Context() context: GraphqlContext,
  ): Promise<AssetVersionType[]> {
    const req = context.req as RequestWithActor;
    const actor = actorOf(req);
    const rows = await requestLoader<AssetVersionEntity[]>(
      req,
      'asset.versions',
      (ids) => this.service.versionsOf(actor, ids),
      [],
    ).load(asset.id);
    return rows.map(toVersionType);
  }
}
