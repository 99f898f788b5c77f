import { tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints and their delivery log. The posts trigger now also queues a fan-out job for
 * post.published / post.updated / post.withdrawn / post.archived, in the same transaction as the change.
 */
export class Webhooks1763900003300 implements MigrationInterface {
  name = 'Webhooks1763900003300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "url" text NOT NULL, "events" text array NOT NULL, "secret" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "webhook_endpoints_tenant" ON "webhook_endpoints" ("tenant_id")`);
    await q.query(
      `CREATE TABLE "webhook_deliveries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tenant_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "event_type" text NOT NULL, "payload" jsonb NOT NULL, "status" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "webhook_deliveries_tenant" ON "webhook_deliveries" ("tenant_id", "created_at")`,
    );
    await q.query(`CREATE INDEX "webhook_deliveries_endpoint" ON "webhook_deliveries" ("endpoint_id", "id")`);
    await q.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const statement of [...tenantRlsSql('webhook_endpoints'), ...tenantRlsSql('webhook_deliveries')])
      await q.query(statement);

    await q.query(`CREATE OR REPLACE FUNCTION posts_feed_event() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        event text;
      BEGIN
        IF NEW.status = 'PUBLISHED' OR (TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED') THEN
          INSERT INTO feed_events (xid, post_id, kind, data)
          VALUES (pg_current_xact_id()::text::bigint, NEW.id, 'POST', jsonb_build_object('status', NEW.status, 'reason', NEW.withdrawal_reason));
          event := CASE
            WHEN NEW.status = 'PUBLISHED' AND (TG_OP = 'INSERT' OR OLD.status <> 'PUBLISHED') THEN 'post.published'
            WHEN NEW.status = 'PUBLISHED' THEN 'post.updated'
            WHEN NEW.status = 'WITHDRAWN' THEN 'post.withdrawn'
            ELSE 'post.archived'
          END;
          INSERT INTO jobs (kind, payload, run_at, max_attempts)
          VALUES ('webhooks.fanout', jsonb_build_object('event', event, 'postId', NEW.id, 'status', NEW.status,
                  'withdrawalReason', NEW.withdrawal_reason, 'at', now()), now(), 5);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION posts_feed_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'PUBLISHED' OR (TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED') THEN
          INSERT INTO feed_events (xid, post_id, kind, data)
          VALUES (pg_current_xact_id()::text::bigint, NEW.id, 'POST', jsonb_build_object('status', NEW.status, 'reason', NEW.withdrawal_reason));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query('DROP TABLE webhook_deliveries, webhook_endpoints');
  }
}
