import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ApiScope } from '@bibliohub/contracts';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID, { nullable: true, description: 'Central admins: the library; default your own' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field({ description: 'What the key is for, e.g. "Website" or "Planner"' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => [ApiScope])
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(ApiScope, { each: true })
  scopes!: ApiScope[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
