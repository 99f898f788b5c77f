import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Channel, Goal, Language, PostStatus, TargetGroup } from '@bibliohub/contracts';
import { PageArgs } from '@bibliohub/api-core';

export enum PostSort {
  UPDATED_DESC = 'UPDATED_DESC',
  SUGGESTED_ASC = 'SUGGESTED_ASC',
  TITLE_ASC = 'TITLE_ASC',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(PostSort, { name: 'PostSort', description: 'RELEVANCE needs a search text' });

// Links may carry placeholders ({{bibliotheek.website}}), so they are checked as URLs or one placeholder.
const LINK = /^(https?:\/\/\S+|\{\{\s*[a-z.]+\s*\}\}\S*)$/;

@InputType()
export class PostVariantInput {
  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field()
  @IsString()
  @MaxLength(63_206)
  text!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(/^#?[\p{L}\p{N}_]{1,100}$/u, { each: true, message: 'each hashtag must be letters, digits or _' })
  hashtags: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LINK, { message: 'link must be an http(s) URL or a placeholder' })
  @MaxLength(2000)
  link?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  callToAction?: string | null;
}

@InputType()
export class PostContentInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  body?: string;

  @Field(() => [PostVariantInput], { nullable: true, description: 'One per channel; replaces all variants' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PostVariantInput)
  variants?: PostVariantInput[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => Goal, { nullable: true })
  @IsOptional()
  @IsEnum(Goal)
  goal?: Goal | null;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  availableFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  availableUntil?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Suggested date for the calendar' })
  @IsOptional()
  @IsDate()
  suggestedPublishAt?: Date | null;
}

@InputType()
export class CreatePostInput extends PostContentInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare title: string;

  @Field()
  @IsString()
  @MaxLength(20_000)
  declare body: string;
}

@InputType()
export class UpdatePostInput extends PostContentInput {
  @Field(() => Int)
  @IsInt()
  version!: number;
}

@ArgsType()
export class PostsArgs extends PageArgs {
  @Field({
    nullable: true,
    description: 'Dutch full-text search (stems and word parts: "voorlezen" finds "voorleesdagen")',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => Channel, { nullable: true })
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

  @Field(() => [PostStatus], { nullable: true })
  @IsOptional()
  @IsEnum(PostStatus, { each: true })
  statuses?: PostStatus[];

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => Date, { nullable: true, description: 'Suggested publish date from (inclusive)' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Suggested publish date until (exclusive)' })
  @IsOptional()
  @IsDate()
  until?: Date;

  @Field(() => PostSort, { nullable: true })
  @IsOptional()
  @IsEnum(PostSort)
  sort?: PostSort;
}

@ArgsType()
export class VersionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@ArgsType()
export class ScheduleArgs extends VersionArgs {
  @Field()
  @IsDate()
  at!: Date;
}

@ArgsType()
export class WithdrawArgs extends VersionArgs {
  @Field({ description: 'Shown to libraries' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class RestoreRevisionArgs extends VersionArgs {
  @Field(() => Int)
  @IsInt()
  revision!: number;
}

@ArgsType()
export class CalendarArgs {
  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  until!: Date;
}
