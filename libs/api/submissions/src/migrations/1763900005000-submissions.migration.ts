import { tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local submissions, their timeline and in-app notifications. When the post created from an approved
 * submission is first published, a trigger marks the submission REPUBLISHED in the same transaction,
 * adds it to the timeline, notifies the library and queues its submission.status_changed webhook.
 */
export class Submissions1763900005000 implements MigrationInterface {
  name = 'Submissions1763900005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "variants" jsonb NOT NULL, "theme_id" uuid, "target_groups" text array NOT NULL DEFAULT '{}', "goal" text, "language" text NOT NULL DEFAULT 'NL', "may_share" boolean NOT NULL DEFAULT false, "portrait_consent" boolean NOT NULL DEFAULT false, "rights_note" text, "local_context" text, "status" text NOT NULL, "idempotency_key" text, "request_hash" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "reviewer_id" uuid, "post_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_10b3be95b8b2fb1e482e07d706b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "submissions_tenant" ON "submissions" ("tenant_id", "created_at")`);
    await q.query(`CREATE INDEX "submissions_queue" ON "submissions" ("status", "submitted_at", "id")`);
    await q.query(
      `CREATE UNIQUE INDEX "submissions_idempotency" ON "submissions" ("tenant_id", "idempotency_key")`,
    );
    await q.query(
      `CREATE TABLE "submission_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tenant_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "kind" text NOT NULL, "from_status" text, "to_status" text, "comment" text, "side" text NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9d543c147bfdb64e11af9f09c83" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "submission_events_submission" ON "submission_events" ("submission_id", "id")`,
    );
    await q.query(
      `ALTER TABLE "submission_events" ADD CONSTRAINT "FK_8c2bb197e4311c469005597a877" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "notifications" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tenant_id" uuid NOT NULL, "kind" text NOT NULL, "message" text NOT NULL, "submission_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "notifications_tenant" ON "notifications" ("tenant_id", "id")`);
    for (const statement of [
      ...tenantRlsSql('submissions'),
      ...tenantRlsSql('submission_events'),
      ...tenantRlsSql('notifications'),
    ]) {
      await q.query(statement);
    }

    await q.query(`CREATE FUNCTION submissions_republished() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        library uuid;
      BEGIN
        IF NEW.source_submission_id IS NOT NULL AND NEW.status = 'PUBLISHED' AND OLD.status <> 'PUBLISHED' THEN
          UPDATE submissions SET status = 'REPUBLISHED', version = version + 1, updated_at = now()
           WHERE id = NEW.source_submission_id AND status = 'APPROVED'
          RETURNING tenant_id INTO library;
          IF library IS NOT NULL THEN
            INSERT INTO submission_events (tenant_id, submission_id, kind, from_status, to_status, side, actor_id)
            VALUES (library, NEW.source_submission_id, 'STATUS', 'APPROVED', 'REPUBLISHED', 'CENTRAL', NEW.updated_by);
            INSERT INTO notifications (tenant_id, kind, message, submission_id)
            VALUES (library, 'SUBMISSION_REPUBLISHED', 'Je inzending "' || NEW.title || '" is landelijk doorgeplaatst.', NEW.source_submission_id);
            INSERT INTO jobs (kind, payload, tenant_id, run_at, max_attempts)
            VALUES ('webhooks.fanout', jsonb_build_object('event', 'submission.status_changed', 'tenantId', library,
                    'data', jsonb_build_object('submissionId', NEW.source_submission_id, 'status', 'REPUBLISHED', 'postId', NEW.id)), library, now(), 5);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER submissions_republished AFTER UPDATE OF status ON posts FOR EACH ROW EXECUTE FUNCTION submissions_republished()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER submissions_republished ON posts');
    await q.query('DROP FUNCTION submissions_republished()');
    await q.query('DROP TABLE notifications, submission_events, submissions');
  }
}
