import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Province, TenantKind } from '@bibliohub/contracts';
import { PageArgs } from '@bibliohub/api-core';

@ArgsType()
export class TenantsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches name, city or slug' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Province, { nullable: true })
  @IsOptional()
  @IsEnum(Province)
  province?: Province;

  @Field(() => TenantKind, { nullable: true })
  @IsOptional()
  @IsEnum(TenantKind)
  kind?: TenantKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
