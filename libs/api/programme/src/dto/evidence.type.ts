import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Channel, EvidenceKind, EvidenceStatus, Goal, TargetGroup } from '@bibliohub/contracts';
import { KpiMetric } from '../strategy.rules.js';

registerEnumType(KpiMetric, {
  name: 'KpiMetric',
  description:
    'Followers, posts, interactions/conversations, shares, visits from social media to the website',
});

@ObjectType({ isAbstract: true })
export abstract class EvidenceFields {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => EvidenceStatus)
  status!: EvidenceStatus;

  @Field({ description: 'When the library recorded it or last changed it' })
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The central user who verified or rejected it' })
  reviewedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reviewer’s comment (always given on a rejection)',
  })
  reviewComment!: string | null;

  @Field(() => Int, { description: 'Pass back when changing or reviewing it' })
  version!: number;
}

@ObjectType('ProgrammeTraining', {
  description: 'A training in the digital vision the library’s staff followed',
})
export class TrainingType extends EvidenceFields {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  module!: string;

  @Field()
  provider!: string;

  @Field(() => Int)
  staffCount!: number;

  @Field({ description: 'Counts as training in the digital vision' })
  digitalVision!: boolean;

  @Field(() => String, { nullable: true, description: 'Certificate: an asset id' })
  certificateAssetId!: string | null;
}

@ObjectType('StrategyTargetGroup')
export class StrategyTargetGroupType {
  @Field(() => TargetGroup, { nullable: true })
  group!: TargetGroup | null;

  @Field()
  description!: string;

  @Field({ description: 'Where and how the group uses media' })
  mediaUse!: string;
}

@ObjectType('StrategyKpi')
export class StrategyKpiType {
  @Field()
  name!: string;

  @Field(() => KpiMetric, { nullable: true })
  metric!: KpiMetric | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;
}

@ObjectType('StrategyGoal')
export class StrategyGoalType {
  @Field(() => Goal, { nullable: true, description: 'Naamsbekendheid, klantenbinding or netwerken' })
  goal!: Goal | null;

  @Field()
  description!: string;

  @Field(() => [StrategyKpiType], { description: 'Step 5: one or two KPIs' })
  kpis!: StrategyKpiType[];
}

@ObjectType('StrategyTactic')
export class StrategyTacticType {
  @Field()
  description!: string;

  @Field(() => [Channel])
  channels!: Channel[];

  @Field({ description: 'Step 7: how this tactic is measured' })
  measurementMethod!: string;
}

@ObjectType('StrategySteps', { description: 'The seven steps of a social-media strategy' })
export class StrategyStepsType {
  @Field(() => [String], { description: 'Step 1' })
  onlineGoals!: string[];

  @Field(() => [String], { description: 'Step 1' })
  offlineGoals!: string[];

  @Field(() => [StrategyTargetGroupType], { description: 'Step 2' })
  targetGroups!: StrategyTargetGroupType[];

  @Field({ description: 'Step 3' })
  mission!: string;

  @Field(() => [StrategyGoalType], { description: 'Steps 4 and 5' })
  socialGoals!: StrategyGoalType[];

  @Field(() => [StrategyTacticType], { description: 'Steps 6 and 7' })
  tactics!: StrategyTacticType[];
}

@ObjectType('SocialMediaStrategy', { description: 'One version of a library’s social-media strategy' })
export class StrategyType extends EvidenceFields {
  @Field(() => Int)
  versionNo!: number;

  @Field(() => StrategyStepsType)
  steps!: StrategyStepsType;

  @Field(() => [Int], { description: 'Steps (1–7) still empty' })
  missingSteps!: number[];

  @Field()
  complete!: boolean;
}

@ObjectType('SocialMediaPolicy', { description: 'The staff social-media policy (code of conduct)' })
export class PolicyType extends EvidenceFields {
  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  adoptedOn!: string;
}

@ObjectType('HouseStyleRecord', { description: 'Whether the national social-media house style is applied' })
export class HouseStyleType extends EvidenceFields {
  @Field()
  applied!: boolean;

  @Field({ description: 'YYYY-MM-DD' })
  appliedOn!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('ProgrammeChannel', { description: 'A social channel the library is active on' })
export class ChannelType extends EvidenceFields {
  @Field(() => Channel)
  channel!: Channel;

  @Field()
  handle!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field()
  active!: boolean;

  @Field(() => String, { nullable: true })
  activeSince!: string | null;

  @Field(() => String, { nullable: true })
  endedOn!: string | null;
}

@ObjectType('KpiMeasurement', { description: 'The KPIs of one channel at a measurement moment' })
export class KpiMeasurementType extends EvidenceFields {
  @Field(() => ID)
  channelId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  measuredOn!: string;

  @Field(() => Int)
  followers!: number;

  @Field(() => Int)
  posts!: number;

  @Field(() => Int, { description: 'Interactions and conversations' })
  interactions!: number;

  @Field(() => Int)
  shares!: number;

  @Field(() => Int, { description: 'Visits from social media to the website' })
  websiteVisits!: number;
}

@ObjectType('ValueNetwork', { description: 'A value network or theme community the library facilitates' })
export class ValueNetworkType extends EvidenceFields {
  @Field()
  name!: string;

  @Field()
  theme!: string;

  @Field(() => [String])
  partners!: string[];

  @Field(() => Int)
  memberCount!: number;

  @Field(() => [String])
  activities!: string[];

  @Field()
  active!: boolean;

  @Field(() => String, { nullable: true })
  startedOn!: string | null;

  @Field(() => String, { nullable: true })
  endedOn!: string | null;
}

@ObjectType('EvidenceItem', { description: 'Any piece of evidence, as it appears in the review queue' })
export class EvidenceItemType {
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field()
  libraryName!: string;

  @Field(() => EvidenceStatus)
  status!: EvidenceStatus;

  @Field({ description: 'Short Dutch description' })
  summary!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The library's file that goes with the evidence (a training's certificate), to check it by",
  })
  attachmentAssetId!: string | null;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reviewComment!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('LibraryEvidence', { description: 'All programme evidence of one library' })
export class LibraryEvidenceType {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => [TrainingType])
  trainings!: TrainingType[];

  @Field(() => StrategyType, { nullable: true, description: 'The current (newest) version' })
  strategy!: StrategyType | null;

  @Field(() => [StrategyType], { description: 'Every version, newest first' })
  strategyVersions!: StrategyType[];

  @Field(() => [PolicyType])
  policies!: PolicyType[];

  @Field(() => [HouseStyleType])
  houseStyles!: HouseStyleType[];

  @Field(() => [ChannelType])
  channels!: ChannelType[];

  @Field(() => [ValueNetworkType])
  networks!: ValueNetworkType[];
}
