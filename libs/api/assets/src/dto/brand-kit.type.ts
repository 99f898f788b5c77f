import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BrandKitSection } from '../brand-kit.entity.js';
import { AssetType } from './asset.type.js';

registerEnumType(BrandKitSection, { name: 'BrandKitSection' });

@ObjectType('BrandColour', { description: 'A named house-style colour' })
export class BrandColourType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: '#RRGGBB' })
  hex!: string;

  @Field({ description: 'When to use it' })
  usage!: string;
}

@ObjectType('BrandKitAsset', { description: 'A logo variant, font or template of the house style' })
export class BrandKitAssetType {
  @Field(() => ID)
  id!: string;

  @Field(() => BrandKitSection)
  section!: BrandKitSection;

  @Field()
  label!: string;

  @Field()
  usage!: string;

  @Field(() => AssetType)
  asset!: AssetType;
}

@ObjectType('BrandKit', { description: 'The house style (huisstijl) as data, readable by every library' })
export class BrandKitType {
  @Field(() => [BrandColourType])
  colours!: BrandColourType[];

  @Field(() => [BrandKitAssetType])
  logos!: BrandKitAssetType[];

  @Field(() => [BrandKitAssetType])
  fonts!: BrandKitAssetType[];

  @Field(() => [BrandKitAssetType])
  templates!: BrandKitAssetType[];
}

@InputType()
export class BrandColourInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'hex must be #RRGGBB' })
  hex!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500)
  usage: string = '';
}

@InputType()
export class BrandKitAssetInput {
  @Field(() => ID)
  @IsUUID()
  assetId!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500)
  usage: string = '';
}

@InputType({ description: 'The whole brand kit; replaces what was there, in the given order' })
export class BrandKitInput {
  @Field(() => [BrandColourInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BrandColourInput)
  colours!: BrandColourInput[];

  @Field(() => [BrandKitAssetInput], { description: 'LOGO assets' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BrandKitAssetInput)
  logos!: BrandKitAssetInput[];

  @Field(() => [BrandKitAssetInput], { description: 'FONT assets' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BrandKitAssetInput)
  fonts!: BrandKitAssetInput[];

  @Field(() => [BrandKitAssetInput], { description: 'TEMPLATE assets' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BrandKitAssetInput)
  templates!: BrandKitAssetInput[];
}
