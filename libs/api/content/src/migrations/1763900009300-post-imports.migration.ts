import { tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk imports of posts started from the web app (`PUT /files/imports/posts`): one row per uploaded
 * file, with the counts the CLI reports, updated after each batch so the app can show progress.
 */
export class PostImports1763900009300 implements MigrationInterface {
  name = 'PostImports1763900009300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "imports" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "tenant_id" uuid NOT NULL REFERENCES "tenants"("id") ON DELETE CASCADE,
      "status" text NOT NULL DEFAULT 'QUEUED' CHECK ("status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
      "format" text NOT NULL CHECK ("format" IN ('jsonl', 'csv')),
      "dry_run" boolean NOT NULL,
      "file_name" text NOT NULL,
      "size" bigint NOT NULL,
      "object_key" text NOT NULL,
      "total" integer NOT NULL DEFAULT 0,
      "processed" integer NOT NULL DEFAULT 0,
      "imported" integer NOT NULL DEFAULT 0,
      "updated" integer NOT NULL DEFAULT 0,
      "unchanged" integer NOT NULL DEFAULT 0,
      "skipped" integer NOT NULL DEFAULT 0,
      "error_count" integer NOT NULL DEFAULT 0,
      "errors" jsonb NOT NULL DEFAULT '[]',
      "failure" text,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "finished_at" timestamptz
    )`);
    await q.query('CREATE INDEX "imports_recent" ON "imports" ("tenant_id", "created_at" DESC, "id" DESC)');
    for (const statement of tenantRlsSql('imports')) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "imports"');
  }
}
