/** One page of `feed_candidates` (see its migration for the parameters' meaning). */
export const FEED_CANDIDATES = `feed_candidates($1::timestamptz, $2::uuid[], $3::text[], $4::text, $5::text,
  $6::text, $7::text, $8::uuid[], $9::text, $10::uuid, $11::int, $12::timestamptz)`;

/**
 * A feed page rendered for the library: the posts it may use at a moment, newest first (`feed_candidates`:
 * published, inside their window, every attached asset usable, matching its filter), with their theme, the library's profile
 * for the placeholders, its local overrides of each post (fields and base; they change the content,
 * never whether a post is in the feed), the assets, and the snapshot horizon for the sync cursor.
 * Joins and JSON are built for the page only, after the LIMIT. Parameters: $1 at (timestamptz or
 * null = now), $2 theme ids and $3 channels (null = the subscription's), $4 goal, $5 target group,
 * $6 language, $7 search, $8 ids (null = all), $9 after published_at, $10 after id, $11 limit,
 * $12 published after (null = any).
 */
export const FEED_SQL = `
WITH page AS (SELECT * FROM ${FEED_CANDIDATES}),
     me AS (SELECT name, display_name AS "displayName", city, website, opening_hours_url AS "openingHoursUrl",
                   catalogue_url AS "catalogueUrl", phone, contact_email AS "contactEmail"
              FROM tenants WHERE id = app_tenant_id())
SELECT p.id, p.title, p.body, p.variants, p.target_groups AS "targetGroups", p.goal, p.language, p.tags,
       p.published_at AS "publishedAt", p.available_until AS "availableUntil", p.attribution,
       p.updated_at AS "updatedAt", p.version, page.channel_filter AS "channelFilter",
       to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "cursorKey",
       CASE WHEN th.id IS NULL THEN NULL ELSE jsonb_build_object('id', th.id, 'kind', th.kind, 'name', th.name, 'slug', th.slug,
         'description', th.description, 'colour', th.colour, 'periodStart', th.period_start, 'periodEnd', th.period_end,
         'recursYearly', th.recurs_yearly, 'active', th.active, 'version', th.version) END AS theme,
       to_jsonb(me) AS profile,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'kind', a.kind, 'title', a.title,
                 'altText', coalesce(pa.alt_text, a.alt_text), 'mimeType', v.mime_type, 'width', v.width,
                 'height', v.height, 'renditions', v.renditions) ORDER BY pa.position), '[]')
          FROM post_assets pa JOIN assets a ON a.id = pa.asset_id
          JOIN asset_versions v ON v.asset_id = a.id AND v.number = a.current_version
         WHERE pa.post_id = p.id) AS assets, o.fields AS "overrideFields", o.base AS "overrideBase",
       pg_snapshot_xmin(pg_current_snapshot())::text AS horizon, coalesce($1::timestamptz, now()) AS "at"
  FROM page JOIN posts p ON p.id = page.id CROSS JOIN me
  LEFT JOIN themes th ON th.id = p.theme_id
  LEFT JOIN post_overrides o ON o.tenant_id = app_tenant_id() AND o.post_id = p.id
 ORDER BY page.published_at DESC, page.id DESC`;

/** Snapshot horizon and clock for sync cursors, taken in the same transaction as the read. */
export const HORIZON_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon, now() AS now`;
