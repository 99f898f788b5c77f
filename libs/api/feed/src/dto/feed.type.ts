import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { Channel, Goal, Language, TargetGroup } from '@bibliohub/contracts';
import { PageArgs, PageInfo } from '@bibliohub/api-core';
import { PostVariantType, ThemeType } from '@bibliohub/api-content';
import { FeedUpstreamChangeType } from './override.type.js';

@ObjectType('FeedItem', { description: 'A published post, rendered for the calling library' })
export class FeedItemType {
  @Field(() => ID, { description: 'The post id' })
  id!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => [PostVariantType], { description: 'Variants for the channels in the filter (all when none)' })
  variants!: PostVariantType[];

  @Field(() => ThemeType, { nullable: true })
  theme!: ThemeType | null;

  @Field(() => [TargetGroup])
  targetGroups!: TargetGroup[];

  @Field(() => Goal, { nullable: true })
  goal!: Goal | null;

  @Field(() => Language)
  language!: Language;

  @Field(() => [String])
  tags!: string[];

  @Field()
  publishedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Leaves the feed at this moment' })
  availableUntil!: Date | null;

  @Field(() => String, { nullable: true })
  attribution!: string | null;

  @Field(() => [FeedAssetType])
  assets!: FeedAssetType[];

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field(() => [String], {
    description:
      'Fields your library overrode (title, body, variants.<CHANNEL>.<field>); the item shows your values',
  })
  overridden!: string[];

  @Field(() => [FeedUpstreamChangeType], {
    description:
      'Overridden fields that central editors changed since you decided (see resolveUpstreamChanges)',
  })
  upstreamChanges!: FeedUpstreamChangeType[];
}

@ObjectType('FeedAssetFile', { description: 'One downloadable size of an attached asset' })
export class FeedAssetFileType {
  @Field({ description: 'original, thumb, preview or preview-avif' })
  rendition!: string;

  @Field({ description: 'Download address; send the same Authorization header' })
  url!: string;

  @Field()
  mimeType!: string;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;
}

@ObjectType('FeedAsset', { description: 'An image or file attached to the post, usable by the library' })
export class FeedAssetType {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Alternative text for images (post-specific when given)',
  })
  altText!: string | null;

  @Field(() => [FeedAssetFileType], { description: 'The original and every rendition that exists' })
  files!: FeedAssetFileType[];
}

@ObjectType('FeedConnection')
export class FeedConnectionType {
  @Field(() => [FeedItemType])
  nodes!: FeedItemType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field({ description: 'Pass to feedChanges(since:) to receive every change after this read' })
  syncCursor!: string;
}

export enum FeedChangeKind {
  UPSERT = 'UPSERT',
  REMOVE = 'REMOVE',
}
registerEnumType(FeedChangeKind, { name: 'FeedChangeKind' });

export enum FeedRemovalReason {
  WITHDRAWN = 'WITHDRAWN',
  ARCHIVED = 'ARCHIVED',
  UNPUBLISHED = 'UNPUBLISHED',
  EXPIRED = 'EXPIRED',
  NOT_YET_AVAILABLE = 'NOT_YET_AVAILABLE',
  UNSUBSCRIBED = 'UNSUBSCRIBED',
  ASSET_UNAVAILABLE = 'ASSET_UNAVAILABLE',
}
registerEnumType(FeedRemovalReason, { name: 'FeedRemovalReason' });

@ObjectType('FeedChange')
export class FeedChangeType {
  @Field(() => FeedChangeKind)
  kind!: FeedChangeKind;

  @Field(() => ID)
  postId!: string;

  @Field(() => FeedItemType, { nullable: true, description: 'The item to store (UPSERT)' })
  item!: FeedItemType | null;

  @Field(() => FeedRemovalReason, { nullable: true })
  reason!: FeedRemovalReason | null;

  @Field(() => String, { nullable: true, description: 'The editors’ reason for a withdrawal' })
  message!: string | null;
}

@ObjectType('FeedChanges')
export class FeedChangesType {
  @Field(() => [FeedChangeType], {
    description: 'Apply in order: upsert replaces or adds the item, remove deletes it',
  })
  changes!: FeedChangeType[];

  @Field({ description: 'Pass to the next feedChanges call' })
  cursor!: string;

  @Field({ description: 'Too much changed at once: drop the local copy and read the feed again' })
  resetRequired!: boolean;
}

@ArgsType()
export class FeedArgs extends PageArgs {
  @Field(() => [ID], { nullable: true, description: 'Default: the subscribed themes' })
  @IsOptional()
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => Channel, { nullable: true, description: 'Default: the subscribed channels' })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel;

  @Field(() => Goal, { nullable: true })
  @IsOptional()
  @IsEnum(Goal)
  goal?: Goal;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ObjectType('FeedSubscription')
export class FeedSubscriptionType {
  @Field(() => [ID], { description: 'Empty: every theme' })
  themeIds!: string[];

  @Field(() => [Channel], { description: 'Empty: every channel' })
  channels!: Channel[];

  @Field(() => Date, { nullable: true })
  lastVisitAt!: Date | null;

  @Field(() => Int, { description: 'Posts in the feed published since the last visit' })
  newSinceLastVisit!: number;
}

@ObjectType('UsageReceipt')
export class UsageReceiptType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field({ description: 'Where it was posted; empty when not given' })
  url!: string;

  @Field()
  publishedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The library (central views only)' })
  libraryName?: string | null;
}

@ObjectType('PostUsage')
export class PostUsageType {
  @Field(() => Int)
  libraryCount!: number;

  @Field(() => [UsageReceiptType])
  receipts!: UsageReceiptType[];
}

@ObjectType('LibraryActivity')
export class LibraryActivityType {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  name!: string;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}

@ArgsType()
export class MarkPostUsedArgs {
  @Field(() => ID)
  @IsUUID()
  postId!: string;

  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string | null;

  @Field({ description: 'When the library posted it' })
  @IsDate()
  publishedAt!: Date;
}

@ObjectType('FeedLink', {
  description: 'RSS and Atom addresses for one channel; they contain a read-only token',
})
export class FeedLinkType {
  @Field(() => Channel)
  channel!: Channel;

  @Field()
  rss!: string;

  @Field()
  atom!: string;
}
