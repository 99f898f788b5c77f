import { sharedContentRlsSql } from '@bibliohub/api-core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Themes and campaigns, posts with their channel variants, and revisions. A trigger keeps the Dutch
 * full-text vector and the channel list of each post. Libraries read published posts only.
 */
export class Content1763900002000 implements MigrationInterface {
  name = 'Content1763900002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "themes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "slug" text NOT NULL, "description" text NOT NULL DEFAULT '', "colour" text NOT NULL, "period_start" date, "period_end" date, "recurs_yearly" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_0334884c335ef967c5dcff304f5" UNIQUE ("slug"), CONSTRAINT "PK_ddbeaab913c18682e5c88155592" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "external_id" text, "title" text NOT NULL, "body" text NOT NULL, "variants" jsonb NOT NULL, "theme_id" uuid, "target_groups" text array NOT NULL DEFAULT '{}', "goal" text, "language" text NOT NULL DEFAULT 'NL', "tags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL, "available_from" TIMESTAMP WITH TIME ZONE, "available_until" TIMESTAMP WITH TIME ZONE, "suggested_publish_at" TIMESTAMP WITH TIME ZONE, "scheduled_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" text, "archived_at" TIMESTAMP WITH TIME ZONE, "source" text NOT NULL DEFAULT 'CENTRAL', "source_tenant_id" uuid, "source_submission_id" uuid, "attribution" text, "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "channels" text array NOT NULL DEFAULT '{}', "search_vector" tsvector, CONSTRAINT "UQ_42a238c3f771e261d0bda86e0c2" UNIQUE ("external_id"), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "posts_theme" ON "posts" ("theme_id")`);
    await q.query(`CREATE INDEX "posts_suggested" ON "posts" ("suggested_publish_at", "id")`);
    await q.query(`CREATE INDEX "posts_status_updated" ON "posts" ("status", "updated_at", "id")`);
    await q.query(`CREATE INDEX "posts_search" ON "posts" USING gin ("search_vector")`);
    await q.query(`CREATE INDEX "posts_target_groups" ON "posts" USING gin ("target_groups")`);
    await q.query(`CREATE INDEX "posts_channels" ON "posts" USING gin ("channels")`);
    await q.query(
      `CREATE INDEX "posts_window" ON "posts" ("published_at" DESC, "id" DESC) WHERE status = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE TABLE "post_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "post_id" uuid NOT NULL, "number" integer NOT NULL, "action" text NOT NULL, "snapshot" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "post_revisions_post_number" ON "post_revisions" ("post_id", "number")`,
    );
    await q.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_196a27c74a5b615774c949d360b" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "post_revisions" ADD CONSTRAINT "FK_21715fae1f647ae1e4b0741346a" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`CREATE FUNCTION posts_derived_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.channels := ARRAY(SELECT jsonb_object_keys(NEW.variants) ORDER BY 1);
        NEW.search_vector :=
          setweight(to_tsvector('dutch', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('dutch', array_to_string(NEW.tags, ' ')), 'A') ||
          setweight(to_tsvector('dutch', coalesce(NEW.body, '')), 'B') ||
          setweight(to_tsvector('dutch', coalesce((SELECT string_agg(v ->> 'text', ' ') FROM jsonb_each(NEW.variants) AS e(k, v)), '')), 'C');
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_derived_columns BEFORE INSERT OR UPDATE OF title, body, tags, variants ON posts FOR EACH ROW EXECUTE FUNCTION posts_derived_columns()`,
    );

    // Dutch search that tolerates inflection and compounds: each word's snowball stem as a prefix, or
    // the stem shortened by two letters ("voorlezen" → voorlez:* | voorl:* finds "voorleesdagen", "voorlezer").
    await q.query(`CREATE FUNCTION dutch_search_query(q text) RETURNS tsquery LANGUAGE sql STABLE AS $$
      SELECT to_tsquery('simple', coalesce(string_agg(format('(%s:* | %s:*)', s, left(s, greatest(4, length(s) - 2))), ' & '), ''))
        FROM (SELECT (ts_lexize('dutch_stem', w))[1] AS s FROM regexp_split_to_table(lower(q), '[^[:alnum:]]+') AS w WHERE w <> '') t
       WHERE s IS NOT NULL $$`);

    const rls = [
      ...sharedContentRlsSql('themes', 'true'),
      ...sharedContentRlsSql('posts', `status = 'PUBLISHED'`),
      ...sharedContentRlsSql('post_revisions', 'false'),
    ];
    for (const statement of rls) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE post_revisions, posts, themes');
    await q.query('DROP FUNCTION posts_derived_columns()');
    await q.query('DROP FUNCTION dutch_search_query(text)');
  }
}
