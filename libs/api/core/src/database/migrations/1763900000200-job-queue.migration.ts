import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL job queue (renditions, sweeps, later webhook deliveries). System data without
 * row-level security: only the worker reads it, no request does; the application role gets DML
 * through the grants `migrate` gives on every table.
 */
export class JobQueue1763900000200 implements MigrationInterface {
  name = 'JobQueue1763900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "jobs" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "tenant_id" uuid, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL DEFAULT '5', "last_error" text, "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`,
    );
    // Claiming scans only unfinished jobs in due order.
    await q.query(`CREATE INDEX "jobs_due" ON "jobs" ("run_at", "id") WHERE done_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE jobs');
  }
}
