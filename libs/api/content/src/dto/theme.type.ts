import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ThemeKind } from '@bibliohub/contracts';

@ObjectType('Theme', { description: 'A theme or national campaign posts are planned around' })
export class ThemeType {
  @Field(() => ID)
  id!: string;

  @Field(() => ThemeKind)
  kind!: ThemeKind;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field()
  description!: string;

  @Field({ description: '#RRGGBB' })
  colour!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day (YYYY-MM-DD); with recursYearly the same dates every year',
  })
  periodStart!: string | null;

  @Field(() => String, { nullable: true })
  periodEnd!: string | null;

  @Field()
  recursYearly!: boolean;

  @Field()
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class ThemeInput {
  @Field(() => ThemeKind, { defaultValue: ThemeKind.THEME })
  @IsEnum(ThemeKind)
  kind: ThemeKind = ThemeKind.THEME;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name!: string;

  @Field()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters, digits and single hyphens',
  })
  @MaxLength(80)
  slug!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  description: string = '';

  @Field()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'colour must be #RRGGBB' })
  colour!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  periodStart?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  periodEnd?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  recursYearly: boolean = false;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@InputType()
export class UpdateThemeInput extends ThemeInput {
  @Field(() => Int)
  @IsInt()
  version!: number;
}
