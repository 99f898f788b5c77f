import { Injectable } from '@nestjs/common';
import { grantableRoles, Role, tenantKindOf, type TenantKind } from '@bibliohub/contracts';
import {
  AppError,
  AuditService,
  decodeCursor,
  isCentral,
  isUuid,
  TenantDb,
  toPage,
  type Actor,
  type Page,
} from '@bibliohub/api-core';
import type { EntityManager } from 'typeorm';
import { AuthService } from './auth.service.js';
import type { UserType } from './dto/user.type.js';
import { assertPasswordPolicy, hashPassword } from './password.js';
import { TenantEntity } from './tenant.entity.js';
import { UserEntity } from './user.entity.js';

export interface CreateUserInput {
  tenantId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface UpdateUserInput {
  name?: string;
  role?: Role;
  version: number;
}

export interface UserFilter {
  tenantId?: string;
  search?: string;
  role?: Role;
  first: number;
  after?: string;
}

const notFound = () => AppError.notFound('USER_NOT_FOUND', 'No such user');
const PUBLIC_FIELDS = (u: UserEntity) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabledAt !== null,
});

/** Users of a tenant. Admins manage users within what their role may grant; RLS keeps tenants apart. */
@Injectable()
export class UserService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  get(actor: Actor, id: string): Promise<UserType> {
    if (!isUuid(id)) return Promise.reject(notFound());
    return this.db.run(actor, async (db) => {
      const user = await db.findOne(UserEntity, { where: { id }, relations: { tenant: true } });
      if (!user) throw notFound();
      return toUserType(user);
    });
  }

  /** For responses right after login/refresh, before an Actor exists: read as the user's own tenant. */
  getAsOwner(tenantId: string, id: string): Promise<UserType> {
    return this.db.asTenant(tenantId, async (db) => {
      const user = await db.findOne(UserEntity, { where: { id }, relations: { tenant: true } });
      if (!user) throw notFound();
      return toUserType(user);
    });
  }

  list(actor: Actor, filter: UserFilter): Promise<Page<UserType>> {
    return this.db.run(actor, async (db) => {
      const qb = db
        .createQueryBuilder(UserEntity, 'u')
        .leftJoinAndSelect('u.tenant', 't')
        .orderBy('u.email', 'ASC')
        .addOrderBy('u.id', 'ASC')
        .take(filter.first + 1);
      const tenantId = isCentral(actor) ? filter.tenantId : actor.tenantId;
      if (tenantId) qb.andWhere('u.tenant_id = :tenantId', { tenantId });
      if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
      if (filter.search)
        qb.andWhere('(u.email ILIKE :q OR u.name ILIKE :q)', { q: `%${escapeLike(filter.search)}%` });
      const after = decodeCursor(filter.after, 2);
      if (after) qb.andWhere('(u.email, u.id) > (:email, :id)', { email: after[0], id: after[1] });
      const rows = await qb.getMany();
      const page = toPage(rows, filter.first, (u) => [u.email, u.id]);
      return { ...page, nodes: page.nodes.map(toUserType) };
    });
  }

  /** `actor` null: operator bootstrap (CLI, seed) acting inside the target tenant. */
  async create(actor: Actor | null, input: CreateUserInput): Promise<UserType> {
    assertPasswordPolicy(input.password);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const work = async (db: EntityManager) => {
      const tenant = await db.findOneBy(TenantEntity, { id: input.tenantId });
      if (!tenant) throw AppError.notFound('TENANT_NOT_FOUND', 'No such tenant');
      // May the caller grant the role at all (FORBIDDEN) before whether it fits the tenant (BAD_USER_INPUT).
      if (actor) assertMayGrant(actor, input.role, tenant.id);
      assertRoleFits(input.role, tenant.kind);
      const saved = await db
        .save(
          db.create(UserEntity, {
            tenantId: tenant.id,
            email,
            name: input.name.trim(),
            role: input.role,
            passwordHash,
          }),
        )
        .catch((error: Error & { code?: string }) => {
          throw error.code === '23505' ? emailTaken() : error;
        });
      saved.tenant = tenant;
      await this.audit.record(db, actor, {
        tenantId: tenant.id,
        action: 'user.create',
        entityType: 'User',
        entityId: saved.id,
        after: PUBLIC_FIELDS(saved),
      });
      return toUserType(saved);
    };
    return actor ? this.db.run(actor, work) : this.db.asTenant(input.tenantId, work);
  }

  update(actor: Actor, id: string, input: UpdateUserInput): Promise<UserType> {
    return this.db.run(actor, async (db) => {
      const user = await this.loadForAdmin(db, actor, id);
      if (user.version !== input.version) throw staleVersion(user.version);
      const before = PUBLIC_FIELDS(user);
      if (input.role && input.role !== user.role) {
        assertMayGrant(actor, input.role, user.tenantId);
        assertRoleFits(input.role, user.tenant!.kind);
        if (actor.id === id) throw AppError.forbidden('OWN_ROLE', 'You cannot change your own role');
        user.role = input.role;
      }
      if (input.name !== undefined) user.name = input.name.trim();
      const result = await db
        .createQueryBuilder()
        .update(UserEntity)
        .set({ name: user.name, role: user.role, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw staleVersion(input.version + 1);
      if (before.role !== user.role) await this.auth.revokeAllSessions(db, id);
      await this.audit.record(db, actor, {
        tenantId: user.tenantId,
        action: 'user.update',
        entityType: 'User',
        entityId: id,
        before,
        after: PUBLIC_FIELDS(user),
      });
      return toUserType({ ...user, version: input.version + 1 });
    });
  }

  /** Disabling ends every session of the user at once; enabling lets them log in again. */
  setDisabled(actor: Actor, id: string, disabled: boolean): Promise<UserType> {
    return this.db.run(actor, async (db) => {
      const user = await this.loadForAdmin(db, actor, id);
      if (actor.id === id) throw AppError.forbidden('OWN_ACCOUNT', 'You cannot disable your own account');
      const before = PUBLIC_FIELDS(user);
      user.disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
      await db.query('UPDATE users SET disabled_at = $2, version = version + 1 WHERE id = $1', [
        id,
        user.disabledAt,
      ]);
      user.version += 1;
      if (disabled) await this.auth.revokeAllSessions(db, id);
      await this.audit.record(db, actor, {
        tenantId: user.tenantId,
        action: disabled ? 'user.disable' : 'user.enable',
        entityType: 'User',
        entityId: id,
        before,
        after: PUBLIC_FIELDS(user),
      });
      return toUserType(user);
    });
  }

  /** A user the actor may administer; users it may not even see answer NOT_FOUND (RLS). */
  private async loadForAdmin(db: EntityManager, actor: Actor, id: string): Promise<UserEntity> {
    if (!isUuid(id)) throw notFound();
    const user = await db.findOne(UserEntity, { where: { id }, relations: { tenant: true } });
    if (!user) throw notFound();
    if (grantableRoles(actor.role!).length === 0)
      throw AppError.forbidden('NOT_AN_ADMIN', 'Only administrators manage users');
    assertMayGrant(actor, user.role, user.tenantId);
    return user;
  }
}

function assertRoleFits(role: Role, kind: TenantKind): void {
  if (tenantKindOf(role) !== kind) {
    throw AppError.badInput(
      'ROLE_TENANT_MISMATCH',
      `${role} is not a role for a ${kind.toLowerCase()} tenant`,
      [{ field: 'role', reason: 'tenantKind', message: `not allowed in a ${kind} tenant` }],
    );
  }
}

function assertMayGrant(actor: Actor, role: Role, tenantId: string): void {
  if (!grantableRoles(actor.role!).includes(role))
    throw AppError.forbidden('ROLE_ABOVE_OWN', `Your role may not grant ${role}`);
  if (!isCentral(actor) && tenantId !== actor.tenantId)
    throw AppError.forbidden('OTHER_TENANT', 'You manage only your own library');
}

const emailTaken = () => AppError.conflict('EMAIL_TAKEN', 'A user with this e-mail address already exists');
const staleVersion = (current: number) =>
  AppError.conflict(
    'STALE_VERSION',
    `This user was changed meanwhile (now version ${current}); reload and try again`,
    { currentVersion: current },
  );

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function toUserType(user: UserEntity): UserType {
  return {
    id: user.id,
    tenantId: user.tenantId,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    version: user.version,
    tenant: user.tenant,
  };
}
