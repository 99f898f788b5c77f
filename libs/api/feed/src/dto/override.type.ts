import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Channel } from '@bibliohub/contracts';

// As for central posts (PostVariantInput): an http(s) URL or a placeholder such as {{bibliotheek.website}}.
const LINK = /^(https?:\/\/\S+|\{\{\s*[a-z.]+\s*\}\}\S*)$/;

@ObjectType('FeedUpstreamChange', {
  description:
    'A field your library overrode that central editors changed since: before is the value you decided against, after the current central one (hashtags as "#a #b")',
})
export class FeedUpstreamChangeType {
  @Field({ description: 'Field path: title, body or variants.<CHANNEL>.<text|hashtags|link|callToAction>' })
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Null when the post no longer has this field' })
  after!: string | null;
}

@ObjectType('PostOverrideField', { description: 'One field of your library’s copy that differs by choice' })
export class PostOverrideFieldType {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'Your value, as written (placeholders not filled in)' })
  local!: string | null;

  @Field(() => String, { nullable: true, description: 'The central value now, as written' })
  upstream!: string | null;
}

@ObjectType('PostOverride', { description: 'Your library’s local changes to one post' })
export class PostOverrideType {
  @Field(() => ID)
  postId!: string;

  @Field(() => [PostOverrideFieldType])
  fields!: PostOverrideFieldType[];

  @Field(() => [FeedUpstreamChangeType], {
    description: 'Overridden fields changed centrally since you decided; resolve with resolveUpstreamChanges',
  })
  upstreamChanges!: FeedUpstreamChangeType[];

  @Field(() => Int, { description: '0 when the post was never overridden; pass back on every change' })
  version!: number;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@InputType('PostVariantOverrideInput', {
  description: 'Fields of one channel variant to override; leave a field out to keep the central one',
})
export class PostVariantOverrideInput {
  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(63_206)
  text?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(/^#?[\p{L}\p{N}_]{1,100}$/u, { each: true, message: 'each hashtag must be letters, digits or _' })
  hashtags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'null: no link in your copy' })
  @IsOptional()
  @Matches(LINK, { message: 'link must be an http(s) URL or a placeholder' })
  @MaxLength(2000)
  link?: string | null;

  @Field(() => String, { nullable: true, description: 'null: no call to action in your copy' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  callToAction?: string | null;
}

@InputType('PostOverrideInput', {
  description: 'Only the fields given are overridden; others stay as they are (central or overridden before)',
})
export class PostOverrideInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  body?: string | null;

  @Field(() => [PostVariantOverrideInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PostVariantOverrideInput)
  variants?: PostVariantOverrideInput[] | null;

  @Field(() => Int, { description: 'PostOverride.version (0 for a first override)' })
  @IsInt()
  @Min(0)
  version!: number;
}

@InputType('UpstreamDecisionInput')
export class UpstreamDecisionInput {
  @Field({ description: 'Field path, as in upstreamChanges' })
  @IsString()
  @MaxLength(100)
  field!: string;

  @Field({ description: 'true: take the central version (drop your override); false: keep your own' })
  @IsBoolean()
  take!: boolean;
}
