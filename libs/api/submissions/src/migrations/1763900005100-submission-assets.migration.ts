import { tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assets a library attaches to its submission (its own uploads), in order. Owned by the submitting
 * library like the submission itself. An attached asset cannot be deleted (RESTRICT); submitting
 * pins `file_version` (the file the editors review and approval copies); on approval
 * `central_asset_id` records the central copy made for the republished post.
 */
export class SubmissionAssets1763900005100 implements MigrationInterface {
  name = 'SubmissionAssets1763900005100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "submission_assets" ("submission_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "position" integer NOT NULL, "alt_text" text, "file_version" integer, "central_asset_id" uuid, CONSTRAINT "PK_6dbb5ec22e7bc42ec214f84e83a" PRIMARY KEY ("submission_id", "asset_id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "submission_assets_position" ON "submission_assets" ("submission_id", "position")`,
    );
    await q.query(`CREATE INDEX "submission_assets_asset" ON "submission_assets" ("asset_id")`);
    await q.query(
      `CREATE INDEX "submission_assets_central_asset" ON "submission_assets" ("central_asset_id")`,
    );
    await q.query(
      `ALTER TABLE "submission_assets" ADD CONSTRAINT "FK_0548a3daaa3ba27275fc6c6d126" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "submission_assets" ADD CONSTRAINT "FK_338acf93fa56909406d9da9b9bd" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "submission_assets" ADD CONSTRAINT "FK_38a07c87d525b735af2008a7e33" FOREIGN KEY ("central_asset_id") REFERENCES "assets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    for (const statement of tenantRlsSql('submission_assets')) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE submission_assets');
  }
}
