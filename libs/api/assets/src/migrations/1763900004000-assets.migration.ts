import { sharedContentRlsSql, tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Libraries read central assets only while they may be used: not archived, inside validFrom/validUntil
 * and (for portraits) inside the consent period, counted in Dutch days.
 */
export const LIBRARY_VISIBLE_CENTRAL_ASSET = `tenant_id = ANY ((SELECT app_central_tenant_ids())::uuid[])
  AND archived_at IS NULL
  AND (valid_from IS NULL OR valid_from <= now())
  AND (valid_until IS NULL OR valid_until > now())
  AND (portrait_consent_until IS NULL OR portrait_consent_until >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)`;

/**
 * The house-style asset library: assets and their versions (tenant-owned, plus a read policy that
 * lets libraries see usable central assets), assets attached to posts, and the brand kit.
 */
export class Assets1763900004000 implements MigrationInterface {
  name = 'Assets1763900004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "alt_text" text, "tags" text array NOT NULL DEFAULT '{}', "theme_ids" uuid array NOT NULL DEFAULT '{}', "owner" text, "licence" text, "credit_line" text, "portrait_consent" boolean NOT NULL DEFAULT false, "portrait_consent_until" date, "valid_from" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "current_version" integer NOT NULL, "last_version_number" integer NOT NULL, "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_da96729a8b113377cfb6a62439c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "assets_portrait_consent_until" ON "assets" ("portrait_consent_until")`);
    await q.query(`CREATE INDEX "assets_valid_until" ON "assets" ("valid_until")`);
    await q.query(`CREATE INDEX "assets_tenant_created" ON "assets" ("tenant_id", "created_at", "id")`);
    await q.query(
      `CREATE TABLE "asset_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "number" integer NOT NULL, "object_key" text NOT NULL, "original_name" text NOT NULL, "mime_type" text NOT NULL, "size" bigint NOT NULL, "sha256" text NOT NULL, "width" integer, "height" integer, "renditions" jsonb NOT NULL DEFAULT '{}', "renditions_status" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cdcef38a89b511b45285ae2b434" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "asset_versions_asset_number" ON "asset_versions" ("asset_id", "number")`,
    );
    await q.query(
      `CREATE TABLE "brand_colours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "name" text NOT NULL, "hex" text NOT NULL, "usage" text NOT NULL DEFAULT '', "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cfe6b6365738dd896bad6ad4237" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "brand_colours_tenant_position" ON "brand_colours" ("tenant_id", "position")`,
    );
    await q.query(
      `CREATE TABLE "brand_kit_assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "section" text NOT NULL, "asset_id" uuid NOT NULL, "label" text NOT NULL, "usage" text NOT NULL DEFAULT '', "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_09fb373cbc54cb643b24fa73911" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "brand_kit_assets_asset" ON "brand_kit_assets" ("asset_id")`);
    await q.query(
      `CREATE INDEX "brand_kit_assets_tenant_section" ON "brand_kit_assets" ("tenant_id", "section", "position")`,
    );
    await q.query(
      `CREATE TABLE "post_assets" ("post_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "position" integer NOT NULL, "alt_text" text, CONSTRAINT "PK_3565b5f7bcfb9743c0a851d7d40" PRIMARY KEY ("post_id", "asset_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "post_assets_post_position" ON "post_assets" ("post_id", "position")`);
    await q.query(`CREATE INDEX "post_assets_asset" ON "post_assets" ("asset_id")`);
    await q.query(
      `ALTER TABLE "asset_versions" ADD CONSTRAINT "FK_d5d30f3eb3988f2122558fc45ed" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "brand_kit_assets" ADD CONSTRAINT "FK_13106f32d688bb193f6787191ed" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "post_assets" ADD CONSTRAINT "FK_ae3495fdc7a04ae0a3ed29c0370" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "post_assets" ADD CONSTRAINT "FK_429328b24b6ac2040a29aeff9a7" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // The central tenant(s), readable inside policies. A library cannot see the central row of
    // `tenants` (its policies hide it), and a function-level SET of a custom setting needs a
    // superuser, so the function switches to the `system` role (which may read tenants) for its one
    // query and restores the caller's role before returning. It reveals only central tenant ids.
    await q.query(`CREATE FUNCTION app_central_tenant_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
      DECLARE
        caller text := coalesce(current_setting('app.role', true), '');
        ids uuid[];
      BEGIN
        PERFORM set_config('app.role', 'system', true);
        SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO ids FROM tenants WHERE kind = 'CENTRAL';
        PERFORM set_config('app.role', caller, true);
        RETURN ids;
      END $$`);

    const rls = [
      ...tenantRlsSql('assets'),
      `CREATE POLICY assets_library_read ON assets FOR SELECT USING (app_role() = 'tenant' AND app_tenant_id() IS NOT NULL AND ${LIBRARY_VISIBLE_CENTRAL_ASSET})`,
      ...tenantRlsSql('asset_versions'),
      // A version is readable exactly when its asset is (the subquery runs under the assets policies).
      `CREATE POLICY asset_versions_library_read ON asset_versions FOR SELECT USING (app_role() = 'tenant' AND EXISTS (SELECT 1 FROM assets a WHERE a.id = asset_versions.asset_id))`,
      ...sharedContentRlsSql(
        'post_assets',
        'EXISTS (SELECT 1 FROM posts p WHERE p.id = post_assets.post_id)',
      ),
      ...sharedContentRlsSql('brand_colours', 'true'),
      ...sharedContentRlsSql('brand_kit_assets', 'true'),
    ];
    for (const statement of rls) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE post_assets, brand_kit_assets, brand_colours, asset_versions, assets');
    await q.query('DROP FUNCTION app_central_tenant_ids()');
  }
}
