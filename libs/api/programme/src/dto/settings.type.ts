import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DATE } from './evidence.input.js';

@ObjectType('ProgrammeCriteria', {
  description: 'How verified evidence turns into phase statuses (0 switches a count requirement off)',
})
export class CriteriaType {
  @Field(() => Int, { description: 'Phase 1: verified trainings needed' })
  trainingMinVerified!: number;

  @Field({ description: 'Phase 1: only trainings in the digital vision count' })
  trainingDigitalVisionOnly!: boolean;

  @Field({ description: 'Phase 2 only after phase 1' })
  presenceRequiresTrained!: boolean;

  @Field({ description: 'Phase 2: a verified, complete seven-step strategy' })
  presenceRequiresCompleteStrategy!: boolean;

  @Field({ description: 'Phase 2: a verified staff social-media policy' })
  presenceRequiresPolicy!: boolean;

  @Field({ description: 'Phase 2: a verified statement that the house style is applied' })
  presenceRequiresHouseStyle!: boolean;

  @Field(() => Int, { description: 'Phase 2: verified active channels needed' })
  presenceMinActiveChannels!: number;

  @Field(() => Int, { description: 'Phase 2: KPI measurements count for this many days' })
  presenceKpiWithinDays!: number;

  @Field(() => Int, { description: 'Phase 2: verified KPI measurements needed within that window' })
  presenceMinKpiMeasurements!: number;

  @Field({ description: 'Phase 3 only after phase 2' })
  networksRequiresPresent!: boolean;

  @Field(() => Int, { description: 'Phase 3: active, verified value networks needed' })
  networksMinActive!: number;

  @Field(() => Int)
  version!: number;

  @Field()
  updatedAt!: Date;
}

@InputType()
export class CriteriaInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  trainingMinVerified!: number;

  @Field()
  @IsBoolean()
  trainingDigitalVisionOnly!: boolean;

  @Field()
  @IsBoolean()
  presenceRequiresTrained!: boolean;

  @Field()
  @IsBoolean()
  presenceRequiresCompleteStrategy!: boolean;

  @Field()
  @IsBoolean()
  presenceRequiresPolicy!: boolean;

  @Field()
  @IsBoolean()
  presenceRequiresHouseStyle!: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(20)
  presenceMinActiveChannels!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(3650)
  presenceKpiWithinDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  presenceMinKpiMeasurements!: number;

  @Field()
  @IsBoolean()
  networksRequiresPresent!: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  networksMinActive!: number;
}

@ObjectType('ProgrammeCriteriaUpdate')
export class CriteriaUpdateType {
  @Field(() => CriteriaType)
  criteria!: CriteriaType;

  @Field(() => Int, { description: 'Phase statuses that changed when every library was re-derived' })
  changedStatuses!: number;
}

@ObjectType('ProgrammePeriod', {
  description: 'A programme period with its targets (settings, not constants)',
})
export class PeriodType {
  @Field(() => ID, { nullable: true, description: 'null: the built-in default (no period configured)' })
  id!: string | null;

  @Field()
  name!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  targetDate!: string | null;

  @Field(() => Int)
  targetTrained!: number;

  @Field(() => Int)
  targetPresent!: number;

  @Field(() => Int)
  targetNetworks!: number;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class PeriodInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'must be a date as YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'must be a date as YYYY-MM-DD' })
  targetDate!: string;

  @Field(() => Int, { defaultValue: 167 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  targetTrained: number = 167;

  @Field(() => Int, { defaultValue: 125 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  targetPresent: number = 125;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  targetNetworks: number = 50;
}
