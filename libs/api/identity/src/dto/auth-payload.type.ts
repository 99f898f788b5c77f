import { Field, ObjectType } from '@nestjs/graphql';
import { UserType } from './user.type.js';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>"; valid for 15 minutes' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Exchange once with refreshToken(); each use returns a new one' })
  refreshToken!: string;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
