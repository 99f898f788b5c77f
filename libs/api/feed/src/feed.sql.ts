/**
 * The one statement behind a feed page and behind delta sync: the posts a library may use at a
 * moment (published, inside their window, matching its filter), with their theme and the library's
 * profile for rendering, its local overrides of each post (fields and base; they change the content,
 * never whether a post is in the feed), plus the snapshot horizon for the sync cursor. Parameters:
 * $1 at (timestamptz or null = now), $2 theme ids (null = subscription), $3 channels (null =
 * subscription), $4 goal, $5 target group, $6 language, $7 search, $8 ids (null = all),
 * $9 after published_at, $10 after id, $11 limit.
 */
export const FEED_SQL = `
WITH sub AS (SELECT theme_ids, channels FROM feed_subscriptions WHERE tenant_id = app_tenant_id()),
     f AS (SELECT coalesce($1::timestamptz, now()) AS at,
                  coalesce($2::uuid[], (SELECT theme_ids FROM sub), '{}') AS themes,
                  coalesce($3::text[], (SELECT channels FROM sub), '{}') AS channels),
     me AS (SELECT name, display_name AS "displayName", city, website, opening_hours_url AS "openingHoursUrl",
                   catalogue_url AS "catalogueUrl", phone, contact_email AS "contactEmail"
              FROM tenants WHERE id = app_tenant_id())
SELECT p.id, p.title, p.body, p.variants, p.target_groups AS "targetGroups", p.goal, p.language, p.tags,
       p.published_at AS "publishedAt", p.available_until AS "availableUntil", p.attribution,
       p.updated_at AS "updatedAt", p.version, f.channels AS "channelFilter",
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
       pg_snapshot_xmin(pg_current_snapshot())::text AS horizon, f.at AS "at"
  FROM f CROSS JOIN me
  JOIN posts p ON p.status = 'PUBLISHED'
   AND (p.available_from IS NULL OR p.available_from <= f.at)
   AND (p.available_until IS NULL OR p.available_until > f.at)
   AND (cardinality(f.themes) = 0 OR p.theme_id = ANY(f.themes))
   AND (cardinality(f.channels) = 0 OR p.channels && f.channels)
   -- Every attached asset must be usable by the library now (row-level security hides expired ones).
   AND NOT EXISTS (SELECT 1 FROM post_assets pa WHERE pa.post_id = p.id AND NOT EXISTS (SELECT 1 FROM assets a WHERE a.id = pa.asset_id))
  LEFT JOIN themes th ON th.id = p.theme_id
  LEFT JOIN post_overrides o ON o.tenant_id = app_tenant_id() AND o.post_id = p.id
 WHERE ($4::text IS NULL OR p.goal = $4)
   AND ($5::text IS NULL OR p.target_groups @> ARRAY[$5::text])
   AND ($6::text IS NULL OR p.language = $6)
   AND ($7::text IS NULL OR p.search_vector @@ dutch_search_query($7))
   AND ($8::uuid[] IS NULL OR p.id = ANY($8))
   AND ($9::text IS NULL OR (p.published_at, p.id) < (($9::timestamp AT TIME ZONE 'UTC'), $10::uuid))
 ORDER BY p.published_at DESC, p.id DESC
 LIMIT $11`;

/** Snapshot horizon and clock for sync cursors, taken in the same transaction as the read. */
export const HORIZON_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon, now() AS now`;
