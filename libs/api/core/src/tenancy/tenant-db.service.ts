import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requestContext } from '../logging/request-context.js';
import { dbRoleOf, type Actor, type DbRole } from './actor.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a client-supplied id can name a row at all. Services answer NOT_FOUND for anything else
 * instead of sending it to PostgreSQL (where a malformed uuid is an error, not an empty result).
 */
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * The only way feature code reaches tenant data: a transaction whose first statement sets
 * `app.tenant_id` and `app.role` with `set_config(…, true)` (transaction-local, so nothing leaks to
 * the next user of a pooled connection). Row-level security does the rest, even if a query forgets
 * a `WHERE tenant_id`.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` as the given caller. */
  run<T>(actor: Actor, work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(actor.tenantId)) throw new Error('TenantDb: refusing to run without a tenant id');
    return this.within(actor.tenantId, dbRoleOf(actor), work);
  }

  /** Runs `work` as a library tenant on behalf of the system (e.g. rendering a feed for a key). */
  asTenant<T>(tenantId: string, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.within(tenantId, 'tenant', work);
  }

  /** Central background work (the scheduler publishing due posts): central rights, no user. */
  asCentralSystem<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.within('', 'central', work);
  }

  /**
   * Pre-authentication look-ups only (finding a user by e-mail, a key by prefix, a session by id):
   * the `system` policies allow reading those rows, nothing else.
   */
  system<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.within('', 'system', work);
  }

  private within<T>(tenantId: string, role: DbRole, work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (role === 'tenant' && !UUID.test(tenantId)) {
      throw new Error('TenantDb: refusing to run without a tenant id');
    }
    const ctx = requestContext.getStore();
    if (ctx && tenantId) ctx.tenantId = tenantId;
    return this.dataSource.transaction(async (db) => {
      await db.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.role', $2, true)", [
        tenantId,
        role,
      ]);
      return work(db);
    });
  }
}
