import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, AppError, CurrentActor, TenantDb, type Actor } from '@bibliohub/api-core';
import { AuthService, type IssuedSession } from './auth.service.js';
import { AuthPayloadType } from './dto/auth-payload.type.js';
import { ChangePasswordArgs, LoginArgs, RefreshTokenArgs } from './dto/login.args.js';
import { UserType } from './dto/user.type.js';
import { GqlLocalAuthGuard } from './local.strategy.js';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { UserService } from './user.service.js';

type Req = { user?: IssuedSession; sessionFamily?: string };

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly db: TenantDb,
  ) {}

  @Access({ public: true })
  @UseGuards(GqlLocalAuthGuard)
  @Mutation(() => AuthPayloadType, { description: 'Log in with e-mail and password' })
  login(@Args() _credentials: LoginArgs, @Context('req') req: Req): Promise<AuthPayloadType> {
    return this.payload(req.user!);
  }

  @Access({ public: true })
  @Mutation(() => AuthPayloadType, {
    description: 'Exchange a refresh token for new tokens (each refresh token works once)',
  })
  async refreshToken(@Args() args: RefreshTokenArgs): Promise<AuthPayloadType> {
    return this.payload(await this.auth.refresh(args.refreshToken));
  }

  @Mutation(() => Boolean, { description: 'End this session (its refresh tokens and access tokens)' })
  async logout(@CurrentActor() actor: Actor, @Context('req') req: Req): Promise<boolean> {
    await this.auth.logout(actor, req.sessionFamily!);
    return true;
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  me(@CurrentActor() actor: Actor): Promise<UserType> {
    return this.users.get(actor, actor.id);
  }

  @Mutation(() => AuthPayloadType, { description: 'Change your password; ends all your other sessions' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args() args: ChangePasswordArgs,
  ): Promise<AuthPayloadType> {
    assertPasswordPolicy(args.newPassword, 'newPassword');
    const session = await this.db.run(actor, async (db) => {
      const [row] = await db.query<{ password_hash: string }[]>(
        'SELECT password_hash FROM users WHERE id = $1',
        [actor.id],
      );
      if (!row || !(await verifyPassword(row.password_hash, args.currentPassword))) {
        throw AppError.badInput('WRONG_PASSWORD', 'The current password is incorrect', [
          { field: 'currentPassword', reason: 'mismatch', message: 'incorrect' },
        ]);
      }
      await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
        actor.id,
        await hashPassword(args.newPassword),
      ]);
      await this.auth.revokeAllSessions(db, actor.id);
      return this.auth.issueFor(db, actor.id);
    });
    return this.payload(session);
  }

  private async payload(session: IssuedSession): Promise<AuthPayloadType> {
    const user = await this.users.getAsOwner(session.tenantId, session.userId);
    return { ...session, user };
  }
}
