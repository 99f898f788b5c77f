import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AssetKind } from '@bibliohub/contracts';
import { PageArgs } from '@bibliohub/api-core';

@InputType()
export class AssetRightsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  owner?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "CC BY 4.0" or "alleen voor bibliotheken"' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  licence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  creditLine?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  portraitConsent?: boolean;

  @Field(() => String, { nullable: true, description: 'Last day covered, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  portraitConsentUntil?: string | null;
}

/** Editable descriptive fields, shared by finalize and update. */
@InputType()
export class AssetFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'Required for images' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  altText?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => AssetRightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssetRightsInput)
  rights?: AssetRightsInput;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  validUntil?: Date | null;
}

@InputType()
export class FinalizeAssetUploadInput extends AssetFieldsInput {
  @Field({ description: 'From PUT /files/uploads' })
  @IsString()
  @MaxLength(4000)
  uploadToken!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare title: string;
}

@InputType()
export class UpdateAssetInput extends AssetFieldsInput {
  @Field(() => Int)
  @IsInt()
  version!: number;
}

@ArgsType()
export class AssetVersionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@ArgsType()
export class ReplaceAssetFileArgs {
  @Field(() => ID)
  @IsUUID()
  assetId!: string;

  @Field({ description: 'From PUT /files/uploads (same kind as the asset)' })
  @IsString()
  @MaxLength(4000)
  uploadToken!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

export enum AssetScope {
  ALL = 'ALL',
  CENTRAL = 'CENTRAL',
  OWN = 'OWN',
}
registerEnumType(AssetScope, {
  name: 'AssetScope',
  description: 'ALL visible assets, only the national house style (CENTRAL), or only your own uploads (OWN)',
});

@ArgsType()
export class AssetsArgs extends PageArgs {
  @Field(() => [AssetKind], { nullable: true })
  @IsOptional()
  @IsEnum(AssetKind, { each: true })
  kinds?: AssetKind[];

  @Field({ nullable: true, description: 'Words in title, description or tags' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => AssetScope, { defaultValue: AssetScope.ALL })
  @IsEnum(AssetScope)
  scope: AssetScope = AssetScope.ALL;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class ExpiringAssetsArgs {
  @Field(() => Int, { defaultValue: 30, description: 'Look ahead this many days (1 to 365)' })
  @IsInt()
  @Min(1)
  @Max(365)
  days: number = 30;

  @Field({ defaultValue: false, description: 'Also list assets that have expired already' })
  @IsBoolean()
  includeExpired: boolean = false;
}

@InputType()
export class PostAssetInput {
  @Field(() => ID)
  @IsUUID()
  assetId!: string;

  @Field(() => String, { nullable: true, description: 'Alt text for this post only (else the asset’s)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  altText?: string | null;
}

@ArgsType()
export class SetPostAssetsArgs {
  @Field(() => ID)
  @IsUUID()
  postId!: string;

  @Field(() => Int, { nullable: true, description: 'The post version you loaded; checked when given' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [PostAssetInput], { description: 'In order; replaces the attached assets' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PostAssetInput)
  assets!: PostAssetInput[];
}
