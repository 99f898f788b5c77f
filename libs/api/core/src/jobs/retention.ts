import type { TenantDb } from '../tenancy/tenant-db.service.js';

/** How often the retention tasks run (register them with `JobWorker.every`). */
export const RETENTION_INTERVAL_MS = 24 * 3600_000;

/**
 * A retention `DELETE` across all tenants: with central rights, so row-level security lets it reach every
 * library's rows. Returns how many rows went (TypeORM answers a DELETE with [rows, count]).
 */
export function deleteExpired(db: TenantDb, sql: string, params: unknown[]): Promise<number> {
  return db.asCentralSystem(async (m) => {
    const [, deleted] = await m.query<[unknown[], number]>(sql, params);
    return deleted;
  });
}
