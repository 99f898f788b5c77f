import { tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Library subscriptions, usage receipts and the feed change log. A trigger on posts logs every change
 * to a post that is or was published, with the writing transaction's id (see FeedEventEntity).
 */
export class Feed1763900003000 implements MigrationInterface {
  name = 'Feed1763900003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "feed_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "xid" bigint NOT NULL, "tenant_id" uuid, "post_id" uuid, "kind" text NOT NULL, "data" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_edd40cc06a171748a3e090bf9be" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "feed_events_xid" ON "feed_events" ("xid")`);
    await q.query(
      `CREATE TABLE "feed_subscriptions" ("tenant_id" uuid NOT NULL, "theme_ids" uuid array NOT NULL DEFAULT '{}', "channels" text array NOT NULL DEFAULT '{}', "last_visit_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41077e9cd1862c9e53c4a3724f0" PRIMARY KEY ("tenant_id"))`,
    );
    await q.query(
      `CREATE TABLE "usage_receipts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "post_id" uuid NOT NULL, "channel" text NOT NULL, "url" text NOT NULL DEFAULT '', "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f52c1d592dceb49108672f16eef" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "usage_receipts_post" ON "usage_receipts" ("post_id", "published_at")`);
    await q.query(
      `CREATE UNIQUE INDEX "usage_receipts_unique" ON "usage_receipts" ("tenant_id", "post_id", "channel", "url")`,
    );

    await q.query(`CREATE FUNCTION posts_feed_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'PUBLISHED' OR (TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED') THEN
          INSERT INTO feed_events (xid, post_id, kind, data)
          VALUES (pg_current_xact_id()::text::bigint, NEW.id, 'POST', jsonb_build_object('status', NEW.status, 'reason', NEW.withdrawal_reason));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_feed_event AFTER INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_feed_event()`,
    );

    const rls = [
      ...tenantRlsSql('feed_subscriptions'),
      ...tenantRlsSql('usage_receipts'),
      // Post events (tenant_id NULL) concern every library; subscription events only their own.
      'ALTER TABLE feed_events ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE feed_events FORCE ROW LEVEL SECURITY',
      `CREATE POLICY feed_events_read ON feed_events FOR SELECT USING (tenant_id IS NULL OR tenant_id = app_tenant_id() OR app_role() IN ('central', 'central_read'))`,
      `CREATE POLICY feed_events_write ON feed_events FOR INSERT WITH CHECK ((tenant_id IS NULL AND app_role() = 'central') OR tenant_id = app_tenant_id())`,
    ];
    for (const statement of rls) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER posts_feed_event ON posts');
    await q.query('DROP FUNCTION posts_feed_event()');
    await q.query('DROP TABLE usage_receipts, feed_subscriptions, feed_events');
  }
}
