import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
