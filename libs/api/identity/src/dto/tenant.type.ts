import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Channel, Province, TenantKind } from '@bibliohub/contracts';
import { Connection } from '@bibliohub/api-core';

@ObjectType('SocialChannel')
export class SocialChannelType {
  @Field(() => Channel)
  channel!: Channel;

  @Field({ description: 'Account name, e.g. @bibliotheekdelft' })
  handle!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@ObjectType('Tenant', { description: 'The national office or a library organisation' })
export class TenantType {
  @Field(() => ID)
  id!: string;

  @Field(() => TenantKind)
  kind!: TenantKind;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => Province, { nullable: true })
  province!: Province | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Int)
  branchCount!: number;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => [SocialChannelType])
  channels!: SocialChannelType[];

  @Field(() => String, {
    nullable: true,
    description: 'Name used in posts ({{bibliotheek.naam}}); falls back to name',
  })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  openingHoursUrl!: string | null;

  @Field(() => String, { nullable: true })
  catalogueUrl!: string | null;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Pass back on update; a stale version is refused with CONFLICT' })
  version!: number;
}

export const TenantConnection = Connection(TenantType, 'Tenant');
