import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '@bibliohub/contracts';
import { PageArgs } from '@bibliohub/api-core';

@InputType()
export class CreateUserInput {
  @Field(() => ID, { nullable: true, description: 'Central admins: the tenant; default your own' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field({ description: 'Initial password, 10 to 256 characters' })
  @IsString()
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Central roles: limit to one tenant' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}
