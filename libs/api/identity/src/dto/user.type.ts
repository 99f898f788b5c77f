import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@bibliohub/contracts';
import { Connection } from '@bibliohub/api-core';
import { TenantType } from './tenant.type.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  disabled!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field(() => TenantType)
  tenant?: TenantType;
}

export const UserConnection = Connection(UserType, 'User');
