import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import type { EntityManager } from 'typeorm';
import { TenantKind, type Role } from '@bibliohub/contracts';
import {
  APP_CONFIG,
  AppError,
  deleteExpired,
  JobWorker,
  RETENTION_INTERVAL_MS,
  TenantDb,
  type Actor,
  type AppConfig,
} from '@bibliohub/api-core';
import { LoginRateLimiter } from './login-rate-limiter.service.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import { RefreshSessionEntity } from './refresh-session.entity.js';
import { parseRefreshToken, randomSecret, secretMatches, sha256Hex } from './tokens.js';

export const JWT_ISSUER = 'bibliohub';
export const JWT_AUDIENCE = 'bibliohub-api';
export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  userId: string;
  tenantId: string;
}

interface UserState {
  id: string;
  tenant_id: string;
  role: Role;
  session_version: number;
  password_hash: string;
  disabled: boolean;
  tenant_kind: TenantKind;
  tenant_active: boolean;
}

const invalidCredentials = () =>
  AppError.unauthenticated('INVALID_CREDENTIALS', 'E-mail address or password is incorrect');
const invalidToken = (subCode = 'INVALID_TOKEN') =>
  AppError.unauthenticated(subCode, 'The token is invalid or expired; log in again');

/** Login, refresh rotation with reuse detection, logout, and verifying access tokens. */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly key: Uint8Array;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: TenantDb,
    private readonly limiter: LoginRateLimiter,
    private readonly worker: JobWorker,
  ) {
    this.key = new TextEncoder().encode(config.secrets.JWT_SECRET);
  }

  onModuleInit(): void {
    this.worker.every('sessions.retention', RETENTION_INTERVAL_MS, () => this.purgeEndedSessions());
  }

  /**
   * Deletes the session families whose newest refresh token expired over a day ago. A whole family at
   * once, never part of one: a revoked row is what ends a family's access tokens (verifyAccessToken),
   * and by then every access token of the family has long expired too. Returns how many rows.
   */
  purgeEndedSessions(now = new Date()): Promise<number> {
    return deleteExpired(
      this.db,
      `DELETE FROM refresh_sessions WHERE family_id IN (
         SELECT family_id FROM refresh_sessions GROUP BY family_id
         HAVING max(expires_at) < $1::timestamptz - interval '1 day')`,
      [now],
    );
  }

  async login(emailInput: string, password: string, address: string): Promise<IssuedSession> {
    const email = emailInput.trim().toLowerCase();
    await this.limiter.reserveAttempt(email, address);
    const [user] = await this.db.system((db) => this.userState(db, 'u.email = $1', email));
    const valid = user
      ? await verifyPassword(user.password_hash, password)
      : (await burnPasswordCheck(password), false);
    if (!user || !valid || user.disabled || !user.tenant_active) throw invalidCredentials();
    await this.limiter.recordSuccess(email, address);
    return this.db.asTenant(user.tenant_id, async (db) => {
      await db.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
      return this.startSession(db, user, randomUUID());
    });
  }

  async refresh(token: string): Promise<IssuedSession> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw invalidToken();
    const session = await this.db.system((db) => db.findOneBy(RefreshSessionEntity, { id: parsed.id }));
    if (!session || !secretMatches(parsed.secret, session.tokenHash)) throw invalidToken();
    if (session.revokedAt || session.expiresAt < new Date()) throw invalidToken('SESSION_ENDED');

    const outcome = await this.db.asTenant(session.tenantId, async (db) => {
      // Only one presentation of a refresh token can win; a second one (replay or race) is reuse.
      // (TypeORM's raw query() answers an UPDATE with [rows, count], never an empty array: use `affected`.)
      const claimed = await db
        .createQueryBuilder()
        .update(RefreshSessionEntity)
        .set({ usedAt: () => 'now()' })
        .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: session.id })
        .execute();
      if (claimed.affected !== 1) {
        await db.query(
          'UPDATE refresh_sessions SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
          [session.familyId],
        );
        return 'reused' as const;
      }
      const [user] = await this.userState(db, 'u.id = $1', session.userId);
      if (!user || user.disabled || !user.tenant_active) return 'ended' as const;
      return this.startSession(db, user, session.familyId);
    });
    if (outcome === 'reused') throw invalidToken('REFRESH_TOKEN_REUSED');
    if (outcome === 'ended') throw invalidToken('SESSION_ENDED');
    return outcome;
  }

  /** Ends the session family the caller's access token belongs to. */
  async logout(actor: Actor, familyId: string): Promise<void> {
    await this.db.run(actor, (db) =>
      db.query(
        'UPDATE refresh_sessions SET revoked_at = now() WHERE family_id = $1 AND user_id = $2 AND revoked_at IS NULL',
        [familyId, actor.id],
      ),
    );
  }

  /** Verifies signature (HS256 only), issuer, audience and expiry, then the user's current state. */
  async verifyAccessToken(token: string): Promise<{ actor: Actor; familyId: string }> {
    let claims: { sub?: string; sid?: unknown; sv?: unknown };
    try {
      ({ payload: claims } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch {
      throw invalidToken();
    }
    if (typeof claims.sid !== 'string' || typeof claims.sv !== 'number') throw invalidToken();
    const familyId = claims.sid;
    const [user] = await this.db.system((db) =>
      this.userState(
        db,
        'u.id = $1 AND NOT EXISTS (SELECT 1 FROM refresh_sessions s WHERE s.family_id = $2 AND s.revoked_at IS NOT NULL)',
        claims.sub,
        familyId,
      ),
    );
    if (!user || user.disabled || !user.tenant_active || user.session_version !== claims.sv)
      throw invalidToken('SESSION_ENDED');
    return {
      actor: {
        kind: 'USER',
        id: user.id,
        tenantId: user.tenant_id,
        tenantKind: user.tenant_kind,
        role: user.role,
        scopes: [],
      },
      familyId,
    };
  }

  /** Password change, disabling, "log out everywhere": every token of the user stops working. */
  async revokeAllSessions(db: EntityManager, userId: string): Promise<void> {
    await db.query('UPDATE users SET session_version = session_version + 1 WHERE id = $1', [userId]);
    await db.query(
      'UPDATE refresh_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
      [userId],
    );
  }

  /** Starts a fresh session family for a user whose password was just re-checked. */
  issueFor(db: EntityManager, userId: string): Promise<IssuedSession> {
    return this.userState(db, 'u.id = $1', userId).then(([user]) => {
      if (!user) throw invalidCredentials();
      return this.startSession(db, user, randomUUID());
    });
  }

  private userState(db: EntityManager, where: string, ...params: unknown[]): Promise<UserState[]> {
    return db.query<UserState[]>(
      `SELECT u.id, u.tenant_id, u.role, u.session_version, u.password_hash, u.disabled_at IS NOT NULL AS disabled,
              t.kind AS tenant_kind, t.active AS tenant_active
         FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE ${where}`,
      params,
    );
  }

  private async startSession(db: EntityManager, user: UserState, familyId: string): Promise<IssuedSession> {
    const secret = randomSecret();
    const refreshTokenExpiresAt = new Date(Date.now() + REFRESH_TOKEN_SECONDS * 1000);
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO refresh_sessions (tenant_id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [user.tenant_id, user.id, familyId, sha256Hex(secret), refreshTokenExpiresAt],
    );
    const accessTokenExpiresAt = new Date((Math.floor(Date.now() / 1000) + ACCESS_TOKEN_SECONDS) * 1000);
    const accessToken = await new SignJWT({ sid: familyId, sv: user.session_version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(accessTokenExpiresAt.getTime() / 1000))
      .sign(this.key);
    return {
      accessToken,
      accessTokenExpiresAt,
      refreshToken: `${row.id}.${secret}`,
      refreshTokenExpiresAt,
      userId: user.id,
      tenantId: user.tenant_id,
    };
  }
}
