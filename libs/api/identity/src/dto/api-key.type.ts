import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiScope } from '@bibliohub/contracts';

@ObjectType('ApiKey', {
  description: 'A library’s machine credential; the secret is never shown again after creation',
})
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Visible part of the key: bh_<prefix>_…' })
  prefix!: string;

  @Field(() => [ApiScope])
  scopes!: ApiScope[];

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;

  @Field({ description: 'The full key. Shown only now: store it safely.' })
  key!: string;
}
