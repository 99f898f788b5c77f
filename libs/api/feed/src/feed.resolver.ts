import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiScope, Channel, CENTRAL_ROLES, LIBRARY_ROLES, Role } from '@bibliohub/contracts';
import { Inject } from '@nestjs/common';
import type { Response } from 'express';
import {
  Access,
  APP_CONFIG,
  Connection,
  CurrentActor,
  PageArgs,
  type Actor,
  type AppConfig,
  type Page,
} from '@bibliohub/api-core';
import {
  FeedArgs,
  FeedChangesType,
  FeedConnectionType,
  FeedLinkType,
  FeedSubscriptionType,
  LibraryActivityType,
  MarkPostUsedArgs,
  PostUsageType,
  UsageReceiptType,
} from './dto/feed.type.js';
import { FeedService } from './feed.service.js';
import { UsageService } from './usage.service.js';

const LIBRARY_READ = { roles: LIBRARY_ROLES, scopes: [ApiScope.FEED_READ] };
const LIBRARY_USAGE = { roles: LIBRARY_ROLES, scopes: [ApiScope.USAGE_WRITE] };
export const UsageReceiptConnection = Connection(UsageReceiptType, 'UsageReceipt');

@Resolver()
export class FeedResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly usage: UsageService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access(LIBRARY_READ)
  @Query(() => FeedConnectionType, {
    description: 'Ready-to-use posts for your library, newest first, placeholders filled in',
  })
  feed(
    @CurrentActor() actor: Actor,
    @Args() args: FeedArgs,
    @Context('req') req: { method: string },
    @Context('res') res: Response,
  ): Promise<FeedConnectionType> {
    cacheableGet(req, res);
    return this.feedService.feed(actor, args);
  }

  @Access(LIBRARY_READ)
  @Query(() => FeedChangesType, {
    description:
      'Everything that changed in your default feed since a cursor (from feed.syncCursor or the previous call)',
  })
  feedChanges(
    @CurrentActor() actor: Actor,
    @Args('since') since: string,
    @Context('req') req: { method: string },
    @Context('res') res: Response,
  ): Promise<FeedChangesType> {
    cacheableGet(req, res);
    return this.feedService.changes(actor, since);
  }

  @Access(LIBRARY_READ)
  @Query(() => FeedSubscriptionType)
  feedSubscription(@CurrentActor() actor: Actor): Promise<FeedSubscriptionType> {
    return this.feedService.subscription(actor);
  }

  @Access({ roles: LIBRARY_ROLES })
  @Mutation(() => FeedSubscriptionType, {
    description: 'Choose themes and channels (empty lists: everything)',
  })
  updateFeedSubscription(
    @CurrentActor() actor: Actor,
    @Args('themeIds', { type: () => [ID] }) themeIds: string[],
    @Args('channels', { type: () => [Channel] }) channels: Channel[],
  ): Promise<FeedSubscriptionType> {
    return this.feedService.updateSubscription(actor, themeIds, channels);
  }

  @Access(LIBRARY_READ)
  @Query(() => [FeedLinkType], { description: 'RSS and Atom links for your library, one per channel' })
  feedLinks(@CurrentActor() actor: Actor): Promise<FeedLinkType[]> {
    return this.feedService.links(actor, this.config.secrets.JWT_SECRET, this.config.publicUrl);
  }

  @Access({ roles: [Role.LIBRARY_ADMIN] })
  @Mutation(() => [FeedLinkType], { description: 'Issue new RSS/Atom links; the old ones stop working' })
  async rotateFeedToken(@CurrentActor() actor: Actor): Promise<FeedLinkType[]> {
    await this.feedService.rotateToken(actor);
    return this.feedService.links(actor, this.config.secrets.JWT_SECRET, this.config.publicUrl);
  }

  @Access({ roles: LIBRARY_ROLES })
  @Mutation(() => FeedSubscriptionType, { description: 'Reset the "new since last visit" count' })
  markFeedVisited(@CurrentActor() actor: Actor): Promise<FeedSubscriptionType> {
    return this.feedService.markVisited(actor);
  }

  @Access(LIBRARY_USAGE)
  @Mutation(() => UsageReceiptType, {
    description: 'Record that you posted a post on a channel (idempotent)',
  })
  markPostUsed(@CurrentActor() actor: Actor, @Args() args: MarkPostUsedArgs): Promise<UsageReceiptType> {
    return this.usage.markUsed(actor, args.postId, args.channel, args.url, args.publishedAt);
  }

  @Access(LIBRARY_READ)
  @Query(() => UsageReceiptConnection, { description: 'What your library used, newest first' })
  myUsage(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<Page<UsageReceiptType>> {
    return this.usage.mine(actor, args.first, args.after);
  }

  @Access({ roles: CENTRAL_ROLES })
  @Query(() => PostUsageType, { description: 'Which libraries used a post, where and when' })
  postUsage(
    @CurrentActor() actor: Actor,
    @Args('postId', { type: () => ID }) postId: string,
  ): Promise<PostUsageType> {
    return this.usage.forPost(actor, postId);
  }

  @Access({ roles: CENTRAL_ROLES })
  @Query(() => [LibraryActivityType], { description: 'Active libraries that used nothing lately' })
  inactiveLibraries(
    @CurrentActor() actor: Actor,
    @Args('days', { type: () => Int, defaultValue: 30 }) days: number,
  ): Promise<LibraryActivityType[]> {
    return this.usage.inactiveLibraries(actor, Math.min(Math.max(days, 1), 3650));
  }
}

/**
 * Feed reads over GET (e.g. a persisted or hashed query) may be cached by the caller for 30 s; Express
 * adds the ETag and answers 304 when it matches. Authorised content, so private and varying by key.
 */
function cacheableGet(req: { method: string }, res: Response): void {
  if (req.method !== 'GET') return;
  res.setHeader('Cache-Control', 'private, max-age=30');
  res.setHeader('Vary', 'Authorization');
}
