import { Injectable } from '@nestjs/common';
import { TenantKind, type Province } from '@bibliohub/contracts';
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
import type { CreateTenantInput, TenantProfileInput, UpdateTenantInput } from './dto/tenant.input.js';
import { TenantEntity } from './tenant.entity.js';
import { escapeLike } from './user.service.js';

export interface TenantFilter {
  search?: string;
  province?: Province;
  kind?: TenantKind;
  active?: boolean;
  first: number;
  after?: string;
}

const PROFILE_FIELDS = [
  'displayName',
  'city',
  'website',
  'phone',
  'openingHoursUrl',
  'catalogueUrl',
  'contactEmail',
  'branchCount',
  'channels',
] as const;
const notFound = () => AppError.notFound('TENANT_NOT_FOUND', 'No such library');
const stale = (current: number) =>
  AppError.conflict(
    'STALE_VERSION',
    `This library was changed meanwhile (now version ${current}); reload and try again`,
    { currentVersion: current },
  );

/** Library organisations and the national office. Central admins manage all; a library admin its own profile. */
@Injectable()
export class TenantService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, filter: TenantFilter): Promise<Page<TenantEntity>> {
    return this.db.run(actor, async (db) => {
      const qb = db
        .createQueryBuilder(TenantEntity, 't')
        .orderBy('t.name', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .take(filter.first + 1);
      if (filter.search)
        qb.andWhere('(t.name ILIKE :q OR t.city ILIKE :q OR t.slug ILIKE :q)', {
          q: `%${escapeLike(filter.search)}%`,
        });
      if (filter.province) qb.andWhere('t.province = :province', { province: filter.province });
      if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
      if (filter.active !== undefined && filter.active !== null)
        qb.andWhere('t.active = :active', { active: filter.active });
      const after = decodeCursor(filter.after, 2);
      if (after) qb.andWhere('(t.name, t.id) > (:name, :id)', { name: after[0], id: after[1] });
      return toPage(await qb.getMany(), filter.first, (t) => [t.name, t.id]);
    });
  }

  /** A library sees only its own tenant; any other slug answers NOT_FOUND. */
  async getBySlug(actor: Actor, slug: string): Promise<TenantEntity> {
    const tenant = await this.db.run(actor, (db) => db.findOneBy(TenantEntity, { slug }));
    if (!tenant) throw notFound();
    return tenant;
  }

  async get(actor: Actor, id: string): Promise<TenantEntity> {
    if (!isUuid(id)) throw notFound();
    const tenant = await this.db.run(actor, (db) => db.findOneBy(TenantEntity, { id }));
    if (!tenant) throw notFound();
    return tenant;
  }

  /** `actor` null: operator bootstrap (CLI, seed). The first CENTRAL tenant can only be made that way. */
  async create(
    actor: Actor | null,
    input: CreateTenantInput,
    kind = TenantKind.LIBRARY,
  ): Promise<TenantEntity> {
    const tenant = Object.assign(new TenantEntity(), {
      kind,
      name: input.name.trim(),
      slug: input.slug,
      province: input.province,
      ...pickProfile(input),
    });
    const work = async (db: EntityManager) => {
      const saved = await db.save(tenant).catch((error: Error & { code?: string }) => {
        throw error.code === '23505'
          ? AppError.conflict('SLUG_TAKEN', `The slug "${input.slug}" is already in use`)
          : error;
      });
      await this.audit.record(db, actor, {
        tenantId: saved.id,
        action: 'tenant.create',
        entityType: 'Tenant',
        entityId: saved.id,
        after: snapshot(saved),
      });
      return saved;
    };
    if (actor) return this.db.run(actor, work);
    // Bootstrap: the row's own id is the tenant context that the RLS policy checks on insert.
    tenant.id = crypto.randomUUID();
    return this.db.asTenant(tenant.id, work);
  }

  update(actor: Actor, id: string, input: UpdateTenantInput): Promise<TenantEntity> {
    return this.change(actor, id, input.version, 'tenant.update', (t) => {
      Object.assign(t, pickProfile(input));
      if (input.name !== undefined) t.name = input.name.trim();
      if (input.province !== undefined) t.province = input.province;
      if (input.active !== undefined) t.active = input.active;
    });
  }

  /** Library admins edit their own profile; central admins any library's (pass tenantId). */
  updateProfile(
    actor: Actor,
    tenantId: string | undefined,
    version: number,
    input: TenantProfileInput,
  ): Promise<TenantEntity> {
    const target = isCentral(actor) && tenantId ? tenantId : actor.tenantId;
    return this.change(actor, target, version, 'tenant.updateProfile', (t) =>
      Object.assign(t, pickProfile(input)),
    );
  }

  setActive(actor: Actor, id: string, active: boolean): Promise<TenantEntity> {
    if (!isUuid(id)) return Promise.reject(notFound());
    return this.db.run(actor, async (db) => {
      const tenant = await db.findOneBy(TenantEntity, { id });
      if (!tenant) throw notFound();
      if (tenant.kind === TenantKind.CENTRAL && !active)
        throw AppError.badInput('CENTRAL_TENANT', 'The national office cannot be deactivated');
      if (tenant.active === active) return tenant;
      return this.change(
        actor,
        id,
        tenant.version,
        active ? 'tenant.activate' : 'tenant.deactivate',
        (t) => (t.active = active),
        db,
      );
    });
  }

  private async change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    apply: (t: TenantEntity) => void,
    existing?: EntityManager,
  ): Promise<TenantEntity> {
    if (!isUuid(id)) throw notFound();
    const work = async (db: EntityManager) => {
      const tenant = await db.findOneBy(TenantEntity, { id });
      if (!tenant) throw notFound();
      if (tenant.version !== version) throw stale(tenant.version);
      const before = snapshot(tenant);
      apply(tenant);
      const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...fields } = tenant;
      const result = await db
        .createQueryBuilder()
        .update(TenantEntity)
        .set({ ...fields, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw stale(version + 1);
      const saved = (await db.findOneBy(TenantEntity, { id }))!;
      await this.audit.record(db, actor, {
        tenantId: id,
        action,
        entityType: 'Tenant',
        entityId: id,
        before,
        after: snapshot(saved),
      });
      return saved;
    };
    return existing ? work(existing) : this.db.run(actor, work);
  }
}

function pickProfile(input: TenantProfileInput): Partial<TenantEntity> {
  const out: Partial<Record<(typeof PROFILE_FIELDS)[number], unknown>> = {};
  for (const field of PROFILE_FIELDS) if (input[field] !== undefined) out[field] = input[field];
  return out as Partial<TenantEntity>;
}

function snapshot(t: TenantEntity): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...rest } = t;
  return rest;
}
