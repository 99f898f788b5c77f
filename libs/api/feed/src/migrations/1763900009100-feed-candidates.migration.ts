import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `feed_candidates(…)`: the posts a library may use at a moment (published, inside their window, every
 * attached asset usable, matching its filter), newest first, as (id, published_at, channel_filter).
 *
 * A function so that a page stays one statement while the planner still sees the filter's real values:
 * a null theme or channel filter means the library's subscription, which it reads first, and the query
 * then runs through EXECUTE … USING, planned for those values. Unknown arrays made the planner expect a
 * handful of matches and read and sort every post of a theme (0.3–0.8 s at 200,000 posts) instead of
 * walking `posts_window` until a page is full (1–12 ms). The search query is computed once, too (the
 * function cannot be inlined, so in the statement it ran for every row). `feed-plan.integration-spec.ts` explains the
 * query between the `$q$` marks with real values and fails on any plan but that walk.
 */
export class FeedCandidates1763900009100 implements MigrationInterface {
  name = 'FeedCandidates1763900009100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION feed_candidates(p_at timestamptz, p_themes uuid[], p_channels text[],
        p_goal text, p_target_group text, p_language text, p_search text, p_ids uuid[],
        p_after_key text, p_after_id uuid, p_limit int, p_since timestamptz)
      RETURNS TABLE (id uuid, published_at timestamptz, channel_filter text[])
      LANGUAGE plpgsql STABLE ROWS 50 SET search_path = public, pg_temp AS $fn$
      DECLARE
        sub_themes uuid[];
        sub_channels text[];
      BEGIN
        IF p_themes IS NULL OR p_channels IS NULL THEN
          SELECT s.theme_ids, s.channels INTO sub_themes, sub_channels
            FROM feed_subscriptions s WHERE s.tenant_id = app_tenant_id();
        END IF;
        RETURN QUERY EXECUTE $q$
          SELECT p.id, p.published_at, $3
            FROM posts p
           WHERE p.status = 'PUBLISHED'
             AND (p.available_from IS NULL OR p.available_from <= $1)
             AND (p.available_until IS NULL OR p.available_until > $1)
             AND (cardinality($2) = 0 OR p.theme_id = ANY($2))
             AND (cardinality($3) = 0 OR p.channels && $3)
             AND ($4::text IS NULL OR p.goal = $4)
             AND ($5::text IS NULL OR p.target_groups @> ARRAY[$5::text])
             AND ($6::text IS NULL OR p.language = $6)
             AND ($7::tsquery IS NULL OR p.search_vector @@ $7)
             AND ($8::uuid[] IS NULL OR p.id = ANY($8))
             AND ($9::text IS NULL OR (p.published_at, p.id) < (($9::timestamp AT TIME ZONE 'UTC'), $10))
             AND ($12::timestamptz IS NULL OR p.published_at > $12)
             -- Every attached asset must be usable by the library now (row-level security hides the others).
             AND NOT EXISTS (SELECT 1 FROM post_assets pa WHERE pa.post_id = p.id
                                AND NOT EXISTS (SELECT 1 FROM assets a WHERE a.id = pa.asset_id))
           ORDER BY p.published_at DESC, p.id DESC
           LIMIT $11
        $q$ USING coalesce(p_at, now()), coalesce(p_themes, sub_themes, '{}'),
                  coalesce(p_channels, sub_channels, '{}'), p_goal, p_target_group, p_language,
                  CASE WHEN p_search IS NOT NULL THEN dutch_search_query(p_search) END,
                  p_ids, p_after_key, p_after_id, p_limit, p_since;
      END $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP FUNCTION feed_candidates(timestamptz, uuid[], text[], text, text, text, text, uuid[], text, uuid, int, timestamptz)',
    );
  }
}
