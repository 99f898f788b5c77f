import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Version of a library's RSS/Atom token; raising it invalidates the old feed URLs. */
export class FeedToken1763900003100 implements MigrationInterface {
  name = 'FeedToken1763900003100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "feed_subscriptions" ADD "feed_token_version" integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "feed_subscriptions" DROP COLUMN "feed_token_version"`);
  }
}
