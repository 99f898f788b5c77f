import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Channel, Goal, Language, PostSource, PostStatus, TargetGroup } from '@bibliohub/contracts';
import { Connection } from '@bibliohub/api-core';
import { ThemeType } from './theme.type.js';

@ObjectType('PostVariant', { description: 'The text of a post for one channel' })
export class PostVariantType {
  @Field(() => Channel)
  channel!: Channel;

  @Field()
  text!: string;

  @Field(() => [String])
  hashtags!: string[];

  @Field(() => String, { nullable: true })
  link!: string | null;

  @Field(() => String, { nullable: true })
  callToAction!: string | null;

  @Field(() => Int, { description: 'Length as the channel counts it, placeholders at their reserved length' })
  length!: number;

  @Field(() => Int, { description: 'The channel’s limit' })
  maxLength!: number;
}

@ObjectType('Post')
export class PostType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field()
  title!: string;

  @Field({ description: 'Master text' })
  body!: string;

  @Field(() => [PostVariantType])
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

  @Field(() => PostStatus)
  status!: PostStatus;

  @Field(() => Date, { nullable: true })
  availableFrom!: Date | null;

  @Field(() => Date, { nullable: true })
  availableUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  suggestedPublishAt!: Date | null;

  @Field(() => Date, { nullable: true })
  scheduledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason!: string | null;

  @Field(() => PostSource)
  source!: PostSource;

  @Field(() => String, { nullable: true, description: '"Bron: …" for republished library content' })
  attribution!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Pass back on every change; a stale version answers CONFLICT' })
  version!: number;
}

export const PostConnection = Connection(PostType, 'Post');

@ObjectType('PostRevision')
export class PostRevisionType {
  @Field(() => Int)
  number!: number;

  @Field()
  action!: string;

  @Field(() => ID, { nullable: true })
  createdBy!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Title at this revision' })
  title!: string;

  @Field(() => PostStatus)
  status!: PostStatus;
}

@ObjectType('PostPreview', { description: 'A post rendered as one library will see it' })
export class PostPreviewType {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => [PostVariantType])
  variants!: PostVariantType[];
}

@ObjectType('CalendarDay')
export class CalendarEntryType {
  @Field(() => [PostType])
  posts!: PostType[];

  @Field(() => [ThemeType], {
    description: 'Campaigns whose period overlaps the range (yearly ones projected)',
  })
  campaigns!: ThemeType[];
}
