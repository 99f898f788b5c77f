import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEmail,
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
import { Channel, Province } from '@bibliohub/contracts';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType()
export class SocialChannelInput {
  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  handle!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  url?: string | null;
}

/** The fields a library keeps up to date itself; they fill the placeholders in posts. */
@InputType()
export class TenantProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be digits, spaces, +, ( ) or -' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  openingHoursUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  catalogueUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  branchCount?: number;

  @Field(() => [SocialChannelInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SocialChannelInput)
  channels?: SocialChannelInput[];
}

@InputType()
export class UpdateTenantProfileInput extends TenantProfileInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Central admins only: the library to edit; default your own',
  })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class CreateTenantInput extends TenantProfileInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(160)
  name!: string;

  @Field({ description: 'Lower-case letters, digits and hyphens; used in URLs' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters, digits and single hyphens',
  })
  @MaxLength(80)
  slug!: string;

  @Field(() => Province)
  @IsEnum(Province)
  province!: Province;
}

@InputType()
export class UpdateTenantInput extends TenantProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(160)
  name?: string;

  @Field(() => Province, { nullable: true })
  @IsOptional()
  @IsEnum(Province)
  province?: Province;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Int)
  @IsInt()
  version!: number;
}
