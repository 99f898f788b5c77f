import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attached assets take part in the feed: a change to an asset is a change to every published post
 * using it, and delta sync must notice when an asset's validity or portrait consent runs out. The
 * boundary function reads central assets as `central_read` for its one query (a library cannot see an
 * expired asset, so it could not otherwise tell that it expired) and reveals only post ids and times.
 */
export class FeedAssets1763900004500 implements MigrationInterface {
  name = 'FeedAssets1763900004500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION assets_feed_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO feed_events (xid, post_id, kind, data)
        SELECT pg_current_xact_id()::text::bigint, pa.post_id, 'POST', jsonb_build_object('status', p.status, 'reason', p.withdrawal_reason)
          FROM post_assets pa JOIN posts p ON p.id = pa.post_id
         WHERE pa.asset_id = NEW.id AND p.status = 'PUBLISHED';
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER assets_feed_event AFTER UPDATE ON assets FOR EACH ROW EXECUTE FUNCTION assets_feed_event()`,
    );
    await q.query(`CREATE FUNCTION feed_asset_boundaries(p_from timestamptz, p_to timestamptz)
      RETURNS TABLE (post_id uuid, at timestamptz) LANGUAGE plpgsql AS $$
      DECLARE
        caller text := coalesce(current_setting('app.role', true), '');
      BEGIN
        PERFORM set_config('app.role', 'central_read', true);
        RETURN QUERY
          SELECT pa.post_id, max(b.at)
            FROM post_assets pa
            JOIN assets a ON a.id = pa.asset_id
            CROSS JOIN LATERAL (VALUES (a.valid_from), (a.valid_until),
                                       ((a.portrait_consent_until + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')) AS b(at)
            JOIN posts p ON p.id = pa.post_id AND p.status = 'PUBLISHED'
           WHERE b.at > p_from AND b.at <= p_to
           GROUP BY pa.post_id;
        PERFORM set_config('app.role', caller, true);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION feed_asset_boundaries(timestamptz, timestamptz)');
    await q.query('DROP TRIGGER assets_feed_event ON assets');
    await q.query('DROP FUNCTION assets_feed_event()');
  }
}
