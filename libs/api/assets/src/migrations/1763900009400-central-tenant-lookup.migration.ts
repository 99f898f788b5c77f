import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `app_central_tenant_ids()` runs in every library read of assets (their row-level security policy),
 * so in every feed page. It read all of `tenants` to find the central one: 1.3 ms and 334 buffers of a
 * 2.3 ms feed page at 10,000 libraries (bench/README.md). A partial index makes it two buffers. Its
 * `app.role` switching is gone too: since ADR 0008 it is SECURITY DEFINER and the owner reads tenants
 * by role, so the setting no longer decided anything.
 */
export class CentralTenantLookup1763900009400 implements MigrationInterface {
  name = 'CentralTenantLookup1763900009400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "tenants_central" ON "tenants" ("id") WHERE kind = 'CENTRAL'`);
    await q.query(`CREATE OR REPLACE FUNCTION app_central_tenant_ids() RETURNS uuid[] LANGUAGE sql STABLE
      SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM tenants WHERE kind = 'CENTRAL' $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION app_central_tenant_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE
      SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        caller text := coalesce(current_setting('app.role', true), '');
        ids uuid[];
      BEGIN
        PERFORM set_config('app.role', 'system', true);
        SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO ids FROM tenants WHERE kind = 'CENTRAL';
        PERFORM set_config('app.role', caller, true);
        RETURN ids;
      END $$`);
    await q.query('DROP INDEX "tenants_central"');
  }
}
