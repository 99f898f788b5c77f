import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Channel, Phase, PhaseStatus, Province } from '@bibliohub/contracts';
import { PageArgs } from '@bibliohub/api-core';
import { TrendGranularity } from '../forecast.js';
import { PeriodType } from './settings.type.js';

registerEnumType(TrendGranularity, { name: 'TrendGranularity' });

export enum ProgrammeLibrarySort {
  NAME = 'NAME',
  PROVINCE = 'PROVINCE',
  TRAINED = 'TRAINED',
  PROFESSIONALLY_PRESENT = 'PROFESSIONALLY_PRESENT',
  VALUE_NETWORKS = 'VALUE_NETWORKS',
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  PENDING_REVIEWS = 'PENDING_REVIEWS',
}
registerEnumType(ProgrammeLibrarySort, {
  name: 'ProgrammeLibrarySort',
  description: 'Phase sorts order NOT_STARTED < IN_PROGRESS < ACHIEVED; ties by name',
});

@ObjectType('TrendPoint', {
  description: 'The counts at the end of a week or month (or now, for the current one)',
})
export class TrendPointType {
  @Field({ description: 'First day of the week or month, YYYY-MM-DD' })
  periodStart!: string;

  @Field()
  at!: Date;

  @Field(() => Int)
  achieved!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  notStarted!: number;
}

@ObjectType('PhaseForecast', { description: 'Linear forecast at the current pace' })
export class ForecastType {
  @Field(() => Float, { nullable: true, description: 'Libraries per week or month (the trend granularity)' })
  pacePerPeriod!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Libraries per month needed to reach the target on time',
  })
  requiredPacePerMonth!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when reached or without progress' })
  forecastDate!: string | null;

  @Field()
  reached!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'null when the period has no target date' })
  willMeetTarget!: boolean | null;

  @Field(() => Int, { description: 'Observations the pace is fitted on' })
  pointsUsed!: number;

  @Field({ description: 'One Dutch sentence' })
  summary!: string;
}

@ObjectType('PhaseSummary')
export class PhaseSummaryType {
  @Field(() => Phase)
  phase!: Phase;

  @Field()
  label!: string;

  @Field(() => Int)
  target!: number;

  @Field(() => Int)
  achieved!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  notStarted!: number;

  @Field(() => Float, { description: 'achieved / target × 100, one decimal' })
  percentOfTarget!: number;

  @Field(() => [TrendPointType])
  trend!: TrendPointType[];

  @Field(() => ForecastType)
  forecast!: ForecastType;
}

@ObjectType('PhaseCount')
export class PhaseCountType {
  @Field(() => Phase)
  phase!: Phase;

  @Field(() => Int)
  achieved!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  notStarted!: number;
}

@ObjectType('ProvinceSummary')
export class ProvinceSummaryType {
  @Field(() => Province, { nullable: true, description: 'null: libraries without a province' })
  province!: Province | null;

  @Field()
  label!: string;

  @Field(() => Int)
  libraryCount!: number;

  @Field(() => [PhaseCountType])
  phases!: PhaseCountType[];
}

@ObjectType('ProgrammeDashboard')
export class DashboardType {
  @Field(() => PeriodType)
  period!: PeriodType;

  @Field()
  asOf!: Date;

  @Field(() => TrendGranularity)
  granularity!: TrendGranularity;

  @Field(() => Int, { description: 'Active libraries' })
  libraryCount!: number;

  @Field(() => [PhaseSummaryType])
  phases!: PhaseSummaryType[];

  @Field(() => [ProvinceSummaryType])
  provinces!: ProvinceSummaryType[];
}

@ArgsType()
export class DashboardArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the current period' })
  @IsOptional()
  @IsString()
  periodId?: string | null;

  @Field(() => TrendGranularity, { defaultValue: TrendGranularity.MONTH })
  @IsEnum(TrendGranularity)
  granularity: TrendGranularity = TrendGranularity.MONTH;

  @Field(() => Int, { defaultValue: 18, description: 'Trend length in weeks or months (2–104)' })
  @IsInt()
  @Min(2)
  @Max(104)
  periods: number = 18;

  @Field(() => Int, { defaultValue: 6, description: 'Fit the pace on the last N weeks or months (1–104)' })
  @IsInt()
  @Min(1)
  @Max(104)
  forecastPeriods: number = 6;
}

@ObjectType('ProgrammeLibraryPhase')
export class LibraryPhaseCellType {
  @Field(() => Phase)
  phase!: Phase;

  @Field(() => PhaseStatus)
  status!: PhaseStatus;

  @Field(() => Date, { nullable: true })
  since!: Date | null;
}

@ObjectType('ProgrammeLibrary', { description: 'A row of the dashboard’s library table' })
export class ProgrammeLibraryType {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  name!: string;

  @Field(() => Province, { nullable: true })
  province!: Province | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => PhaseStatus)
  trained!: PhaseStatus;

  @Field(() => PhaseStatus)
  professionallyPresent!: PhaseStatus;

  @Field(() => PhaseStatus)
  valueNetworks!: PhaseStatus;

  @Field(() => [LibraryPhaseCellType])
  phases!: LibraryPhaseCellType[];

  @Field(() => Int, { description: 'Evidence waiting for review' })
  pendingReviews!: number;

  @Field(() => Date, { nullable: true, description: 'Latest evidence or post use' })
  lastActivityAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastEvidenceAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Latest post used (refreshed hourly)' })
  lastPostUsedAt!: Date | null;
}

@ArgsType()
export class LibraryFilterArgs {
  @Field(() => Province, { nullable: true })
  @IsOptional()
  @IsEnum(Province)
  province?: Province | null;

  @Field(() => Phase, {
    nullable: true,
    description: 'With status: libraries with that status in that phase',
  })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;

  @Field(() => PhaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PhaseStatus)
  status?: PhaseStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or city' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only libraries without activity for this many days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  inactiveDays?: number | null;

  @Field({ defaultValue: false, description: 'Only libraries with evidence waiting for review' })
  @IsBoolean()
  pendingOnly: boolean = false;

  @Field(() => ProgrammeLibrarySort, { defaultValue: ProgrammeLibrarySort.NAME })
  @IsEnum(ProgrammeLibrarySort)
  sort: ProgrammeLibrarySort = ProgrammeLibrarySort.NAME;

  @Field({ defaultValue: false })
  @IsBoolean()
  descending: boolean = false;
}

@ArgsType()
export class ProgrammeLibrariesArgs extends LibraryFilterArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field({ nullable: true, description: 'Opaque cursor: the endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType('MonthlyUse')
export class MonthlyUseType {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: 'Posts used (usage receipts)' })
  uses!: number;

  @Field(() => Int)
  libraries!: number;
}

@ObjectType('TopPost')
export class TopPostType {
  @Field(() => ID)
  postId!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  uses!: number;

  @Field(() => Int)
  libraries!: number;
}

@ObjectType('InactiveLibrary')
export class InactiveLibraryType {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  name!: string;

  @Field(() => Date, { nullable: true })
  lastActivityAt!: Date | null;
}

@ObjectType('ProgrammeSubmissionFigures')
export class ProgrammeSubmissionFiguresType {
  @Field(() => Int)
  submitted!: number;

  @Field(() => Int, { description: 'Republished to the central presence' })
  republished!: number;

  @Field(() => Int)
  libraries!: number;
}

@ObjectType('KpiReach', { description: 'Latest verified KPI measurement per active channel, summed' })
export class KpiReachType {
  @Field(() => Float)
  followers!: number;

  @Field(() => Float)
  interactions!: number;

  @Field(() => Float)
  shares!: number;

  @Field(() => Float)
  websiteVisits!: number;

  @Field(() => Int, { description: 'Libraries with at least one measurement counted' })
  libraries!: number;
}

@ObjectType('ProgrammeNetworkFigures')
export class NetworkFiguresType {
  @Field(() => [MonthlyUseType])
  postsUsedPerMonth!: MonthlyUseType[];

  @Field(() => [TopPostType])
  topPosts!: TopPostType[];

  @Field(() => Int)
  librariesWithoutActivity!: number;

  @Field(() => [InactiveLibraryType], { description: 'The first 50, longest quiet first' })
  inactiveLibraries!: InactiveLibraryType[];

  @Field(() => ProgrammeSubmissionFiguresType, {
    nullable: true,
    description: 'Submissions in the window; null while the hub has no submissions',
  })
  submissions!: ProgrammeSubmissionFiguresType | null;

  @Field(() => KpiReachType)
  kpiReach!: KpiReachType;
}

@ArgsType()
export class NetworkFiguresArgs {
  @Field(() => Int, { defaultValue: 12 })
  @IsInt()
  @Min(1)
  @Max(60)
  months: number = 12;

  @Field(() => Int, { defaultValue: 90, description: 'No activity for this many days counts as inactive' })
  @IsInt()
  @Min(1)
  @Max(3650)
  inactiveDays: number = 90;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(100)
  topPosts: number = 10;
}

@ObjectType('ProgrammeSnapshot', { description: 'Counts per phase at a moment, replayed from the history' })
export class SnapshotType {
  @Field()
  at!: Date;

  @Field(() => [PhaseCountType])
  phases!: PhaseCountType[];
}

@ObjectType('PhaseChange', { description: 'One change of a library’s phase status' })
export class PhaseChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => Phase)
  phase!: Phase;

  @Field(() => PhaseStatus)
  fromStatus!: PhaseStatus;

  @Field(() => PhaseStatus)
  toStatus!: PhaseStatus;

  @Field()
  changedAt!: Date;

  @Field({ description: 'EVIDENCE, REVIEW, CRITERIA or EXPIRY' })
  reason!: string;
}

@ArgsType()
export class PhaseHistoryArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Central staff: the library (libraries: their own)' })
  @IsOptional()
  @IsString()
  tenantId?: string | null;
}

@ObjectType('UnmetCriterion')
export class UnmetCriterionType {
  @Field()
  code!: string;

  @Field({ description: 'Dutch, for the library' })
  message!: string;
}

@ObjectType('PhaseProgress')
export class PhaseProgressType {
  @Field(() => Phase)
  phase!: Phase;

  @Field()
  label!: string;

  @Field(() => PhaseStatus)
  status!: PhaseStatus;

  @Field(() => Date, { nullable: true })
  since!: Date | null;

  @Field(() => [UnmetCriterionType], { description: 'What is still missing for this phase' })
  unmet!: UnmetCriterionType[];

  @Field(() => String, {
    nullable: true,
    description: 'Presence: last day it holds without a new KPI measurement',
  })
  validUntil!: string | null;
}

@ObjectType('ProfileChannel')
export class ProfileChannelType {
  @Field(() => Channel)
  channel!: Channel;

  @Field()
  handle!: string;
}

@ObjectType('LibraryProgramme', { description: 'A library’s progress through the programme' })
export class LibraryProgrammeType {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  libraryName!: string;

  @Field(() => [PhaseProgressType])
  phases!: PhaseProgressType[];

  @Field(() => Phase, { nullable: true, description: 'The first phase not achieved yet' })
  nextPhase!: Phase | null;

  @Field(() => [UnmetCriterionType], { description: 'What is missing for the next phase' })
  missingForNextPhase!: UnmetCriterionType[];

  @Field(() => Int)
  pendingReviews!: number;

  @Field(() => [ProfileChannelType], {
    description: 'Channels in the library profile not yet recorded as programme evidence',
  })
  unregisteredProfileChannels!: ProfileChannelType[];
}
