import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Channel, EvidenceKind, EvidenceStatus, Goal, TargetGroup } from '@bibliohub/contracts';
import { PageArgs } from '@bibliohub/api-core';
import { KpiMetric } from '../strategy.rules.js';

export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = { message: 'must be a date as YYYY-MM-DD' };
const MAX_COUNT = 1_000_000_000;

@InputType()
export class TrainingInput {
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, DATE_MESSAGE)
  date!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  module!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  provider!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  staffCount!: number;

  @Field({ defaultValue: true, description: 'Counts as training in the digital vision' })
  @IsBoolean()
  digitalVision: boolean = true;

  @Field(() => String, { nullable: true, description: 'Certificate: an asset id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  certificateAssetId?: string | null;
}

@InputType()
export class StrategyTargetGroupInput {
  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  group?: TargetGroup | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  description: string = '';

  @Field({ defaultValue: '', description: 'Where and how the group uses media' })
  @IsString()
  @MaxLength(2000)
  mediaUse: string = '';
}

@InputType()
export class StrategyKpiInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Field(() => KpiMetric, { nullable: true })
  @IsOptional()
  @IsEnum(KpiMetric)
  metric?: KpiMetric | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  target?: number | null;
}

@InputType()
export class StrategyGoalInput {
  @Field(() => Goal, { nullable: true })
  @IsOptional()
  @IsEnum(Goal)
  goal?: Goal | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  description: string = '';

  @Field(() => [StrategyKpiInput], { defaultValue: [], description: 'One or two KPIs' })
  @IsArray()
  @ArrayMaxSize(2, { message: 'one or two KPIs per goal' })
  @ValidateNested({ each: true })
  @Type(() => StrategyKpiInput)
  kpis: StrategyKpiInput[] = [];
}

@InputType()
export class StrategyTacticInput {
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  description: string = '';

  @Field(() => [Channel], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Channel, { each: true })
  channels: Channel[] = [];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  measurementMethod: string = '';
}

@InputType({ description: 'The seven steps; save what you have, complete it later' })
export class StrategyInput {
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  onlineGoals: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  offlineGoals: string[] = [];

  @Field(() => [StrategyTargetGroupInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StrategyTargetGroupInput)
  targetGroups: StrategyTargetGroupInput[] = [];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  mission: string = '';

  @Field(() => [StrategyGoalInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StrategyGoalInput)
  socialGoals: StrategyGoalInput[] = [];

  @Field(() => [StrategyTacticInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => StrategyTacticInput)
  tactics: StrategyTacticInput[] = [];
}

@InputType()
export class PolicyInput {
  @Field({ defaultValue: '', description: 'The policy text (or give a url)' })
  @IsString()
  @MaxLength(50_000)
  text: string = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, DATE_MESSAGE)
  adoptedOn!: string;
}

@InputType()
export class HouseStyleInput {
  @Field()
  @IsBoolean()
  applied!: boolean;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, DATE_MESSAGE)
  appliedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class ChannelInput {
  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  handle!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string | null;

  @Field({ defaultValue: true, description: 'false: the library stopped using it' })
  @IsBoolean()
  active: boolean = true;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  activeSince?: string | null;
}

@InputType()
export class KpiMeasurementInput {
  @Field(() => ID)
  @IsUUID()
  channelId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, DATE_MESSAGE)
  measuredOn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  followers!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  posts!: number;

  @Field(() => Int, { description: 'Interactions and conversations' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  interactions!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  shares!: number;

  @Field(() => Int, { description: 'Visits from social media to the website' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  websiteVisits!: number;
}

@InputType()
export class ValueNetworkInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  theme!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  partners: string[] = [];

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  memberCount!: number;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  activities: string[] = [];

  @Field({ defaultValue: true, description: 'false: the network has ended' })
  @IsBoolean()
  active: boolean = true;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  startedOn?: string | null;
}

/** Shared by every save mutation: without `id` a new record, with `id` and `version` a change. */
@ArgsType()
export class SaveArgs {
  @Field(() => ID, { nullable: true, description: 'Change this record (omit to add one)' })
  @IsOptional()
  @IsString()
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The record’s version, with id' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType()
export class ReviewEvidenceInput {
  @Field(() => EvidenceKind)
  @IsEnum(EvidenceKind)
  kind!: EvidenceKind;

  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => EvidenceStatus, { description: 'VERIFIED or REJECTED' })
  @IsEnum(EvidenceStatus)
  decision!: EvidenceStatus;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

@ArgsType()
export class EvidenceQueueArgs extends PageArgs {
  @Field(() => EvidenceStatus, { defaultValue: EvidenceStatus.SUBMITTED })
  @IsEnum(EvidenceStatus)
  status: EvidenceStatus = EvidenceStatus.SUBMITTED;

  @Field(() => EvidenceKind, { nullable: true })
  @IsOptional()
  @IsEnum(EvidenceKind)
  kind?: EvidenceKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  tenantId?: string | null;
}

@ArgsType()
export class KpiMeasurementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Central staff: the library (libraries: their own)' })
  @IsOptional()
  @IsString()
  tenantId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  channelId?: string | null;
}
