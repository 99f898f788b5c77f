import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An upload token turns into one asset version only. Finalize deleted the staged file after its commit,
 * so a second finalize found nothing, but two at the same time both passed that check and made two
 * assets of one upload. The staging key is now stored with the version, unique: the second insert waits
 * for the first commit and fails (UPLOAD_NOT_FOUND), and its copied object is removed again.
 */
export class AssetUploadKey1763900009700 implements MigrationInterface {
  name = 'AssetUploadKey1763900009700';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "asset_versions" ADD "upload_key" text');
    await q.query(
      'CREATE UNIQUE INDEX "asset_versions_upload_key" ON "asset_versions" ("upload_key") WHERE upload_key IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "asset_versions_upload_key"');
    await q.query('ALTER TABLE "asset_versions" DROP COLUMN "upload_key"');
  }
}
