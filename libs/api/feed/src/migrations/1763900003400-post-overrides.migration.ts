import { tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local overrides: a library's own values for fields of a central post, with the upstream values they
 * were decided against (see PostOverrideEntity). Tenant-owned with forced row-level security; removed
 * with the post. Timestamped after the webhooks migration (…3300) so registration order stays time order.
 */
export class PostOverrides1763900003400 implements MigrationInterface {
  name = 'PostOverrides1763900003400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "post_overrides" ("tenant_id" uuid NOT NULL, "post_id" uuid NOT NULL, "fields" jsonb NOT NULL, "base" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_56a985495f54e9069b6539e48bb" PRIMARY KEY ("tenant_id", "post_id"))`,
    );
    await q.query(`CREATE INDEX "post_overrides_post" ON "post_overrides" ("post_id")`);
    await q.query(
      `ALTER TABLE "post_overrides" ADD CONSTRAINT "FK_be099a18f59cfa8d1cfa7fd5d69" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const statement of tenantRlsSql('post_overrides')) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "post_overrides"');
  }
}
