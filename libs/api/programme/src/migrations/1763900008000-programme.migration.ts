import { tenantRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant-owned programme tables: evidence per library, its phase status and the history of that status. */
const TENANT_OWNED = [
  'programme_trainings',
  'programme_strategies',
  'programme_policies',
  'programme_house_styles',
  'programme_channels',
  'programme_kpi_measurements',
  'programme_networks',
  'phase_status',
  'phase_history',
];

/** Central settings every signed-in caller may read and only central staff (the service: admins) change. */
const SETTINGS = ['programme_criteria', 'programme_periods'];

/** The precomputed national trend and counts (see phase-cache.entity.ts); phase_count_log has its own policies. */
const NATIONAL = ['phase_trend', 'phase_trend_state', 'phase_counts'];

/**
 * The national programme: evidence per library (forced row-level security: a library reads and writes
 * its own, central staff review, programme viewers read), the derived phase status (one row per library,
 * kept in step with `tenants` by a trigger) and its history, the national trend cache, the criteria (one
 * row with the defaults of issue 8) and the programme periods with their targets.
 */
export class Programme1763900008000 implements MigrationInterface {
  name = 'Programme1763900008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "programme_house_styles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "applied" boolean NOT NULL, "applied_on" date NOT NULL, "note" text, CONSTRAINT "PK_55013bfd4e899cb0cb3f7071a02" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "programme_house_styles_tenant" ON "programme_house_styles"  ("tenant_id", "applied_on")`,
    );
    await q.query(
      `CREATE TABLE "programme_channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "channel" text NOT NULL, "handle" text NOT NULL, "url" text, "active" boolean NOT NULL DEFAULT true, "active_since" date, "ended_on" date, CONSTRAINT "PK_172e722929eda5a08fe36e9b31b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "programme_channels_handle" ON "programme_channels"  ("tenant_id", "channel", "handle")`,
    );
    await q.query(
      `CREATE TABLE "programme_kpi_measurements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "channel_id" uuid NOT NULL, "measured_on" date NOT NULL, "followers" integer NOT NULL, "posts" integer NOT NULL, "interactions" integer NOT NULL, "shares" integer NOT NULL, "website_visits" integer NOT NULL, CONSTRAINT "PK_c7739f68abcecbb4638509dfa6b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "programme_kpi_measurements_tenant" ON "programme_kpi_measurements"  ("tenant_id", "measured_on")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "programme_kpi_measurements_moment" ON "programme_kpi_measurements"  ("channel_id", "measured_on")`,
    );
    await q.query(
      `CREATE TABLE "phase_history" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tenant_id" uuid NOT NULL, "phase" text NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "actor_id" uuid, CONSTRAINT "PK_aa7a761b204c6a580e39e44f516" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "phase_history_tenant" ON "phase_history"  ("tenant_id", "changed_at")`);
    await q.query(`CREATE INDEX "phase_history_phase" ON "phase_history"  ("phase", "changed_at")`);
    await q.query(
      `CREATE TABLE "phase_status" ("tenant_id" uuid NOT NULL, "province" text, "active" boolean NOT NULL DEFAULT true, "trained" text NOT NULL DEFAULT 'NOT_STARTED', "trained_since" TIMESTAMP WITH TIME ZONE, "present" text NOT NULL DEFAULT 'NOT_STARTED', "present_since" TIMESTAMP WITH TIME ZONE, "present_valid_until" date, "networks" text NOT NULL DEFAULT 'NOT_STARTED', "networks_since" TIMESTAMP WITH TIME ZONE, "pending_reviews" integer NOT NULL DEFAULT '0', "last_evidence_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "reach_followers" bigint NOT NULL DEFAULT '0', "reach_interactions" bigint NOT NULL DEFAULT '0', "reach_shares" bigint NOT NULL DEFAULT '0', "reach_website_visits" bigint NOT NULL DEFAULT '0', "derived_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_526b248a2f155ba25ce51cee8d5" PRIMARY KEY ("tenant_id"))`,
    );
    await q.query(
      `CREATE INDEX "phase_status_valid_until" ON "phase_status"  ("present_valid_until") WHERE present_valid_until IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "programme_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "text" text NOT NULL DEFAULT '', "url" text, "adopted_on" date NOT NULL, CONSTRAINT "PK_c67c6dc57b0ffc89383fcf6bf91" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "programme_policies_tenant" ON "programme_policies"  ("tenant_id", "adopted_on")`,
    );
    await q.query(
      `CREATE TABLE "programme_criteria" ("id" smallint NOT NULL, "training_min_verified" integer NOT NULL DEFAULT '1', "training_digital_vision_only" boolean NOT NULL DEFAULT true, "presence_requires_trained" boolean NOT NULL DEFAULT false, "presence_requires_complete_strategy" boolean NOT NULL DEFAULT true, "presence_requires_policy" boolean NOT NULL DEFAULT true, "presence_requires_house_style" boolean NOT NULL DEFAULT false, "presence_min_active_channels" integer NOT NULL DEFAULT '1', "presence_kpi_within_days" integer NOT NULL DEFAULT '90', "presence_min_kpi_measurements" integer NOT NULL DEFAULT '1', "networks_requires_present" boolean NOT NULL DEFAULT false, "networks_min_active" integer NOT NULL DEFAULT '1', "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_390e42fa18066f2ce028d9c9891" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "programme_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "starts_on" date NOT NULL, "target_date" date NOT NULL, "target_trained" integer NOT NULL DEFAULT '167', "target_present" integer NOT NULL DEFAULT '125', "target_networks" integer NOT NULL DEFAULT '50', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fae63aeabcc61c725eb00e34aca" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "programme_strategies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version_no" integer NOT NULL, "steps" jsonb NOT NULL, "missing_steps" integer array NOT NULL DEFAULT '{}', CONSTRAINT "PK_e905cd8548e6cf4fc019d311900" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "programme_strategies_version" ON "programme_strategies"  ("tenant_id", "version_no")`,
    );
    await q.query(
      `CREATE TABLE "programme_trainings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "date" date NOT NULL, "module" text NOT NULL, "provider" text NOT NULL, "staff_count" integer NOT NULL, "digital_vision" boolean NOT NULL DEFAULT true, "certificate_asset_id" text, CONSTRAINT "PK_1d3e0ceeb4727a777071550dc1a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "programme_trainings_tenant" ON "programme_trainings"  ("tenant_id", "date")`,
    );
    await q.query(
      `CREATE TABLE "programme_networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "theme" text NOT NULL, "partners" text array NOT NULL DEFAULT '{}', "member_count" integer NOT NULL, "activities" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "started_on" date, "ended_on" date, CONSTRAINT "PK_3dbb2cfea6c1552aeba55ef8d7d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "programme_networks_tenant" ON "programme_networks"  ("tenant_id")`);
    await q.query(
      `ALTER TABLE "programme_kpi_measurements" ADD CONSTRAINT "FK_1537d71bf55e8e23abc98e1842f" FOREIGN KEY ("channel_id") REFERENCES "programme_channels"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "phase_trend" ("granularity" text NOT NULL, "bucket" date NOT NULL, "phase" text NOT NULL, "achieved" integer NOT NULL, "in_progress" integer NOT NULL, CONSTRAINT "PK_ca74903a118bccd98f2e4e15f40" PRIMARY KEY ("granularity", "bucket", "phase"))`,
    );
    await q.query(
      `CREATE TABLE "phase_trend_state" ("id" smallint NOT NULL, "history_id" bigint NOT NULL DEFAULT '0', "refreshed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a64c865f360ee7fdbfe7817edc5" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "phase_counts" ("province" text NOT NULL, "phase" text NOT NULL, "status" text NOT NULL, "libraries" integer NOT NULL, CONSTRAINT "PK_01266d491f5fc23b03acbae898b" PRIMARY KEY ("province", "phase", "status"))`,
    );
    await q.query(
      `CREATE TABLE "phase_count_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "province" text NOT NULL, "phase" text NOT NULL, "status" text NOT NULL, "delta" integer NOT NULL, CONSTRAINT "PK_4318ac1e65c24e527fa257a5801" PRIMARY KEY ("id"))`,
    );
    // The one-row tables, before row-level security (which applies to the owner too) is switched on.
    await q.query('INSERT INTO programme_criteria (id) VALUES (1)');
    await q.query('INSERT INTO phase_trend_state (id) VALUES (1)');

    const rls = [
      ...TENANT_OWNED.flatMap((table) => tenantRlsSql(table)),
      ...SETTINGS.flatMap((table) => [
        `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
        `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_role() IN ('central', 'central_read') OR app_tenant_id() IS NOT NULL)`,
        `CREATE POLICY ${table}_central ON ${table} USING (app_role() = 'central') WITH CHECK (app_role() = 'central')`,
      ]),
      // National caches: central staff and programme viewers only (written by central system work).
      ...NATIONAL.flatMap((table) => [
        `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
        `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_role() IN ('central', 'central_read'))`,
        `CREATE POLICY ${table}_central ON ${table} USING (app_role() = 'central') WITH CHECK (app_role() = 'central')`,
      ]),
    ];
    for (const statement of rls) await q.query(statement);

    // The count log: only the trigger function below (SECURITY DEFINER, so running as this migration's
    // role) adds to it; central system work folds it into phase_counts.
    const [{ owner }] = (await q.query('SELECT current_user AS owner')) as { owner: string }[];
    for (const statement of [
      'ALTER TABLE phase_count_log ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE phase_count_log FORCE ROW LEVEL SECURITY',
      `CREATE POLICY phase_count_log_trigger ON phase_count_log FOR INSERT WITH CHECK (current_user = ${literal(owner)})`,
      `CREATE POLICY phase_count_log_read ON phase_count_log FOR SELECT USING (app_role() IN ('central', 'central_read'))`,
      `CREATE POLICY phase_count_log_fold ON phase_count_log FOR DELETE USING (app_role() = 'central')`,
    ])
      await q.query(statement);
    await q.query(`CREATE FUNCTION phase_status_counts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.active THEN
            INSERT INTO phase_count_log (province, phase, status, delta)
            SELECT coalesce(OLD.province, ''), o.phase, o.was, -1
              FROM (VALUES ('TRAINED', OLD.trained, NEW.trained), ('PROFESSIONALLY_PRESENT', OLD.present, NEW.present),
                           ('VALUE_NETWORKS', OLD.networks, NEW.networks)) AS o(phase, was, now)
             WHERE NOT NEW.active OR NEW.province IS DISTINCT FROM OLD.province OR o.was <> o.now;
          END IF;
          IF NEW.active THEN
            INSERT INTO phase_count_log (province, phase, status, delta)
            SELECT coalesce(NEW.province, ''), o.phase, o.now, 1
              FROM (VALUES ('TRAINED', OLD.trained, NEW.trained), ('PROFESSIONALLY_PRESENT', OLD.present, NEW.present),
                           ('VALUE_NETWORKS', OLD.networks, NEW.networks)) AS o(phase, was, now)
             WHERE NOT OLD.active OR NEW.province IS DISTINCT FROM OLD.province OR o.was <> o.now;
          END IF;
        ELSIF NEW.active THEN
          INSERT INTO phase_count_log (province, phase, status, delta)
          VALUES (coalesce(NEW.province, ''), 'TRAINED', NEW.trained, 1),
                 (coalesce(NEW.province, ''), 'PROFESSIONALLY_PRESENT', NEW.present, 1),
                 (coalesce(NEW.province, ''), 'VALUE_NETWORKS', NEW.networks, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER phase_status_counts AFTER INSERT OR UPDATE OF province, active, trained, present, networks ON phase_status FOR EACH ROW EXECUTE FUNCTION phase_status_counts()`,
    );

    // Every library has a status row from its creation on, with its province and whether it is active,
    // so the dashboard's counts read phase_status alone (no second 10,000-row scan of tenants under RLS).
    await q.query(`CREATE FUNCTION tenants_phase_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.kind = 'LIBRARY' THEN
          INSERT INTO phase_status (tenant_id, province, active) VALUES (NEW.id, NEW.province, NEW.active)
          ON CONFLICT (tenant_id) DO UPDATE SET province = EXCLUDED.province, active = EXCLUDED.active
           WHERE phase_status.province IS DISTINCT FROM EXCLUDED.province OR phase_status.active <> EXCLUDED.active;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER tenants_phase_status AFTER INSERT OR UPDATE OF province, active ON tenants FOR EACH ROW EXECUTE FUNCTION tenants_phase_status()`,
    );
    // The libraries that exist already (row-level security applies to the owner: act as central here).
    await q.query(`SELECT set_config('app.role', 'central', true)`);
    await q.query(
      `INSERT INTO phase_status (tenant_id, province, active) SELECT id, province, active FROM tenants WHERE kind = 'LIBRARY'`,
    );
    await q.query(`SELECT set_config('app.role', '', true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER tenants_phase_status ON tenants');
    await q.query('DROP FUNCTION tenants_phase_status()');
    await q.query('DROP TABLE phase_count_log');
    await q.query(`DROP TABLE ${[...NATIONAL, ...SETTINGS, ...TENANT_OWNED].reverse().join(', ')}`);
    await q.query('DROP FUNCTION phase_status_counts()');
  }
}

/** A string literal for DDL (which takes no bind parameters). */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
