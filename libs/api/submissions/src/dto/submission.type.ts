import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Goal, Language, SubmissionStatus, TargetGroup } from '@bibliohub/contracts';
import { Connection, PageArgs } from '@bibliohub/api-core';
import { AssetType, AssetVersionType } from '@bibliohub/api-assets';
import { PostVariantInput, PostVariantType } from '@bibliohub/api-content';

/** At most this many assets per submission. */
export const MAX_SUBMISSION_ASSETS = 10;

@ObjectType('SubmissionAsset', { description: 'An asset attached to a submission, in order' })
export class SubmissionAssetType {
  @Field(() => Int)
  position!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Alt text to publish: the submission’s own, else the asset’s',
  })
  altText!: string | null;

  @Field(() => String, { nullable: true, description: 'Alt text set for this submission only' })
  altTextOverride!: string | null;

  @Field(() => AssetType, { description: 'The library’s own upload' })
  asset!: AssetType;

  @Field(() => AssetVersionType, {
    description:
      'The attached file: the version pinned when the submission was submitted (what the editors review and approval copies), else the current one',
  })
  file!: AssetVersionType;

  @Field(() => ID, {
    nullable: true,
    description: 'After approval: the central copy attached to the republished post',
  })
  centralAssetId!: string | null;
}

@ObjectType('SubmissionEvent', { description: 'A step in the timeline: a status change or a comment' })
export class SubmissionEventType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'STATUS or COMMENT' })
  kind!: string;

  @Field(() => SubmissionStatus, { nullable: true })
  fromStatus!: SubmissionStatus | null;

  @Field(() => SubmissionStatus, { nullable: true })
  toStatus!: SubmissionStatus | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field({ description: 'CENTRAL or LIBRARY' })
  side!: string;

  @Field()
  at!: Date;
}

@ObjectType('Submission')
export class SubmissionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field({ description: 'The submitting library' })
  libraryName!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => [PostVariantType])
  variants!: PostVariantType[];

  @Field(() => ID, { nullable: true })
  themeId!: string | null;

  @Field(() => [TargetGroup])
  targetGroups!: TargetGroup[];

  @Field(() => Goal, { nullable: true })
  goal!: Goal | null;

  @Field(() => Language)
  language!: Language;

  @Field()
  mayShare!: boolean;

  @Field()
  portraitConsent!: boolean;

  @Field(() => String, { nullable: true })
  rightsNote!: string | null;

  @Field(() => String, { nullable: true })
  localContext!: string | null;

  @Field(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Reason for a rejection' })
  decisionReason!: string | null;

  @Field(() => ID, { nullable: true })
  reviewerId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The central post made from it (after approval)' })
  postId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field(() => [SubmissionEventType], { description: 'Oldest first' })
  timeline!: SubmissionEventType[];

  @Field(() => [SubmissionAssetType], { description: 'Attached assets in order' })
  assets!: SubmissionAssetType[];
}

export const SubmissionConnection = Connection(SubmissionType, 'Submission');

@InputType()
export class SubmissionAssetInput {
  @Field(() => ID, { description: 'One of your own uploads (PUT /files/uploads, then finalizeAssetUpload)' })
  @IsUUID()
  assetId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Alt text for this submission only (else the asset’s)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  altText?: string | null;
}

@InputType()
export class SubmissionInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field()
  @IsString()
  @MaxLength(20_000)
  body!: string;

  @Field(() => [PostVariantInput], { defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PostVariantInput)
  variants: PostVariantInput[] = [];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field(() => [TargetGroup], { defaultValue: [] })
  @IsEnum(TargetGroup, { each: true })
  targetGroups: TargetGroup[] = [];

  @Field(() => Goal, { nullable: true })
  @IsOptional()
  @IsEnum(Goal)
  goal?: Goal | null;

  @Field(() => Language, { defaultValue: Language.NL })
  @IsEnum(Language)
  language: Language = Language.NL;

  @Field({ description: 'We may share this content with the network' })
  @IsBoolean()
  mayShare!: boolean;

  @Field({ defaultValue: false, description: 'Recognisable people gave consent' })
  @IsBoolean()
  portraitConsent: boolean = false;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  rightsNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Local context for the reviewers' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  localContext?: string | null;

  @Field(() => [SubmissionAssetInput], {
    nullable: true,
    description: `Attached assets in order (replaces the list; at most ${MAX_SUBMISSION_ASSETS}). Omit to keep them`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUBMISSION_ASSETS)
  @ValidateNested({ each: true })
  @Type(() => SubmissionAssetInput)
  assets?: SubmissionAssetInput[] | null;
}

@ArgsType()
export class SetSubmissionAssetsArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The submission version you loaded' })
  @IsInt()
  version!: number;

  @Field(() => [SubmissionAssetInput], { description: 'In order; replaces the attached assets' })
  @IsArray()
  @ArrayMaxSize(MAX_SUBMISSION_ASSETS)
  @ValidateNested({ each: true })
  @Type(() => SubmissionAssetInput)
  assets!: SubmissionAssetInput[];
}

@ArgsType()
export class CreateSubmissionArgs {
  @Field(() => SubmissionInput)
  @ValidateNested()
  @Type(() => SubmissionInput)
  input!: SubmissionInput;

  @Field({ defaultValue: false, description: 'Submit for review right away' })
  @IsBoolean()
  submit: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: 'Makes retries safe: the same key returns the first result',
  })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ArgsType()
export class SubmissionsArgs extends PageArgs {
  @Field(() => [SubmissionStatus], { nullable: true })
  @IsOptional()
  @IsEnum(SubmissionStatus, { each: true })
  statuses?: SubmissionStatus[];

  @Field(() => ID, { nullable: true, description: 'Central: one library' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => Int, { nullable: true, description: 'Waiting at least this many days' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  minAgeDays?: number;

  @Field(() => ID, { nullable: true, description: 'Central: assigned to this editor' })
  @IsOptional()
  @IsUUID()
  reviewerId?: string;
}

@ArgsType()
export class DecisionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true, description: 'Required for requestChanges and reject' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string | null;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  message!: string;

  @Field(() => ID, { nullable: true })
  submissionId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('SubmissionMonth')
export class SubmissionMonthType {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  libraryName!: string;

  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SubmissionFigures')
export class SubmissionFiguresType {
  @Field(() => [SubmissionMonthType])
  perLibraryMonth!: SubmissionMonthType[];

  @Field(() => Int)
  decided!: number;

  @Field(() => Int)
  approved!: number;

  @Field({ description: 'Approved (incl. republished) / decided, 0–1' })
  approvalRate!: number;

  @Field(() => Number, { nullable: true, description: 'Median hours from submission to decision' })
  medianHoursToDecision!: number | null;

  @Field(() => Int)
  republished!: number;

  @Field(() => Int, { description: 'Libraries that used republished posts' })
  republishedUsedByLibraries!: number;

  @Field(() => Int, { description: 'Usage receipts of republished posts' })
  republishedUses!: number;
}
