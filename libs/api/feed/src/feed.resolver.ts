import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiScope, Channel, CENTRAL_ROLES, LIBRARY_ROLES } from '@bibliohub/contracts';
import { Access, Connection, CurrentActor, PageArgs, type Actor, type Page } from '@bibliohub/api-core';
import {
  FeedArgs,
  FeedChangesType,
  FeedConnectionType,
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
  ) {}

  @Access(LIBRARY_READ)
  @Query(() => FeedConnectionType, {
    description: 'Ready-to-use posts for your library, newest first, placeholders filled in',
  })
  feed(@CurrentActor() actor: Actor, @Args() args: FeedArgs): Promise<FeedConnectionType> {
    return this.feedService.feed(actor, args);
  }

  @Access(LIBRARY_READ)
  @Query(() => FeedChangesType, {
    description:
      'Everything that changed in your default feed since a cursor (from feed.syncCursor or the previous call)',
  })
  feedChanges(@CurrentActor() actor: Actor, @Args('since') since: string): Promise<FeedChangesType> {
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
