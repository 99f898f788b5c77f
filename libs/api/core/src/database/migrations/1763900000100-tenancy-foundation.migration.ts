import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRlsSql } from '../../tenancy/rls.sql.js';

/**
 * The functions every row-level security policy reads (NULLIF because a transaction-local setting
 * reads '' once its transaction has ended), and the audit log.
 */
export class TenancyFoundation1763900000100 implements MigrationInterface {
  name = 'TenancyFoundation1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION app_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$`,
    );
    await q.query(
      `CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.role', true), '') $$`,
    );
    await q.query(`CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      tenant_id uuid NOT NULL,
      actor_kind text NOT NULL,
      actor_id uuid,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      before jsonb,
      after jsonb,
      request_id text,
      at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at)');
    await q.query('CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)');
    for (const sql of tenantRlsSql('audit_log')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
    await q.query('DROP FUNCTION app_role()');
    await q.query('DROP FUNCTION app_tenant_id()');
  }
}
