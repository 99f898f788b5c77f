#!/usr/bin/env node
// bench/scale/row-sizes: bytes per row (table incl. TOAST, and indexes) of the tables that grow with the
// number of libraries, for the extrapolations in docs/scaling.md. Migrates a fresh embedded PostgreSQL
// with the built CLI, seeds posts, libraries, keys and subscriptions with bench/feed/seed.mjs, adds
// synthetic rows of realistic width to the other tenant-owned tables (set-based SQL as the owner), runs
// VACUUM ANALYZE and prints pg_table_size / pg_indexes_size per row. Widths are assumptions stated
// below (e.g. an audit entry holds the changed fields of a post), so treat the figures as ±30 %.
//
//   npx nx run-many -t build && node bench/scale/row-sizes.mjs [--libraries 200] [--posts 20000] [--keep]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { cleanUpOnExit, cleanup, cleanups, requireBuilt, ROOT, startStack } from '../feed/harness.mjs';
import { seed } from '../feed/seed.mjs';

const { values: opt } = parseArgs({
  options: {
    libraries: { type: 'string', default: '200' },
    posts: { type: 'string', default: '20000' },
    keep: { type: 'boolean', default: false },
  },
});
const LIBRARIES = Number(opt.libraries);
const POSTS = Number(opt.posts);
requireBuilt(
  ['apps/api/dist/cli.js', 'libs/api/core/dist/runtime/infrastructure.js'],
  'npx nx run-many -t build',
);
const log = (line) => process.stdout.write(line + '\n');
cleanUpOnExit('bench/scale/row-sizes', 20);

/** Synthetic rows per table (per library: × LIBRARIES), with the width assumptions in comments. */
const SYNTHETIC = [
  // 25 users per library: name, e-mail, argon2id hash.
  `INSERT INTO users (tenant_id, email, name, role, password_hash, last_login_at, version)
   SELECT t.id, 'medewerker' || g || '@' || t.slug || '.bibliotheek.nl', 'Medewerker ' || g || ' van ' || t.name,
          'LIBRARY_EDITOR', '$argon2id$v=19$m=19456,t=2,p=1$' || substr(encode(sha256(random()::text::bytea), 'base64'), 1, 22) || '$' || encode(sha256(random()::text::bytea), 'base64'),
          now(), 1
     FROM tenants t, generate_series(1, 25) g WHERE t.kind = 'LIBRARY'`,
  // 4 refresh sessions per user (30 days kept).
  `INSERT INTO refresh_sessions (tenant_id, user_id, family_id, token_hash, expires_at, used_at)
   SELECT u.tenant_id, u.id, gen_random_uuid(), encode(sha256(random()::text::bytea), 'hex'), now() + interval '30 days', now()
     FROM users u, generate_series(1, 4)`,
  // 250 usage receipts per library: a post used on a channel at a URL.
  `INSERT INTO usage_receipts (tenant_id, post_id, channel, url, published_at)
   SELECT t.id, p.id, (ARRAY['FACEBOOK','INSTAGRAM','X','LINKEDIN'])[1 + g % 4],
          'https://www.facebook.com/' || t.slug || '/posts/' || (100000000000 + g * 7919)::text, now() - g * interval '1 hour'
     FROM tenants t CROSS JOIN LATERAL generate_series(1, 250) g
     CROSS JOIN LATERAL (SELECT id FROM posts WHERE status = 'PUBLISHED' ORDER BY id OFFSET (g * 37 + length(t.slug)) % 1000 LIMIT 1) p
    WHERE t.kind = 'LIBRARY'`,
  // 250 audit entries per library: changed fields of an entity (a title and a 300-character text).
  `INSERT INTO audit_log (tenant_id, actor_kind, actor_id, action, entity_type, entity_id, before, after, request_id)
   SELECT t.id, 'USER', gen_random_uuid(), 'post.override.update', 'post', gen_random_uuid()::text,
          jsonb_build_object('title', 'Voorleesochtend in de bibliotheek ' || g, 'body', repeat('Lees samen met je kind. ', 12)),
          jsonb_build_object('title', 'Voorleesochtend bij ' || t.name, 'body', repeat('Lees samen met je kind! ', 12)),
          gen_random_uuid()::text
     FROM tenants t, generate_series(1, 250) g WHERE t.kind = 'LIBRARY'`,
  // One webhook endpoint per library, 250 deliveries each (the dispatcher's payload).
  `INSERT INTO webhook_endpoints (tenant_id, url, events, secret)
   SELECT id, 'https://www.' || slug || '.nl/bibliohub/webhook', '{}', 'whsec_' || encode(sha256(random()::text::bytea), 'base64')
     FROM tenants WHERE kind = 'LIBRARY'`,
  `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_type, payload, status, attempts, last_status_code, next_attempt_at, delivered_at)
   SELECT e.tenant_id, e.id, 'post.published',
          jsonb_build_object('type', 'post.published', 'data', jsonb_build_object('postId', gen_random_uuid(), 'status', 'PUBLISHED',
                             'withdrawalReason', null, 'changedAt', now())),
          'DELIVERED', 1, 204, now(), now()
     FROM webhook_endpoints e, generate_series(1, 250)`,
  // 50 overrides per library: a local title and body.
  `INSERT INTO post_overrides (tenant_id, post_id, fields, base)
   SELECT t.id, p.id, jsonb_build_object('title', p.title || ' in ' || t.name, 'body', p.body), jsonb_build_object('title', p.title, 'body', p.body)
     FROM tenants t CROSS JOIN LATERAL (SELECT id, title, body FROM posts WHERE status = 'PUBLISHED' ORDER BY id OFFSET length(t.slug) * 50 LIMIT 50) p
    WHERE t.kind = 'LIBRARY'`,
  // 25 submissions per library with 4 events each, and 50 notifications.
  `INSERT INTO submissions (tenant_id, title, body, variants, target_groups, language, may_share, status, submitted_at)
   SELECT t.id, 'Lokale activiteit ' || g || ' in ' || t.name, repeat('Kom naar onze activiteit in de bibliotheek. ', 15),
          jsonb_build_object('FACEBOOK', jsonb_build_object('text', repeat('Kom langs! ', 20), 'hashtags', jsonb_build_array('#bieb', '#lezen'))),
          '{VOLWASSENEN}', 'NL', true, 'SUBMITTED', now()
     FROM tenants t, generate_series(1, 25) g WHERE t.kind = 'LIBRARY'`,
  `INSERT INTO submission_events (tenant_id, submission_id, kind, from_status, to_status, comment, side, actor_id)
   SELECT s.tenant_id, s.id, 'STATUS', 'DRAFT', 'SUBMITTED', CASE WHEN g = 4 THEN 'Graag de foto vervangen door een liggende.' END, 'LIBRARY', gen_random_uuid()
     FROM submissions s, generate_series(1, 4) g`,
  `INSERT INTO notifications (tenant_id, kind, message)
   SELECT t.id, 'SUBMISSION_STATUS', 'Je inzending "Lokale activiteit ' || g || '" is beoordeeld: goedgekeurd voor landelijke publicatie.'
     FROM tenants t, generate_series(1, 50) g WHERE t.kind = 'LIBRARY'`,
];

async function main() {
  const stack = await startStack({ name: 'bench-row-sizes', pool: 2, keep: opt.keep, log });
  log(`  temp ${stack.tmp}`);
  await seed(stack.ownerUrl, { posts: POSTS, libraries: LIBRARIES, log });
  const client = new pg.Client({ connectionString: stack.ownerUrl, application_name: 'bench-row-sizes' });
  await client.connect();
  cleanups.push(() => client.end());
  await client.query(
    `SELECT set_config('app.role', 'central', false), set_config('app.tenant_id', '', false)`,
  );
  for (const sql of SYNTHETIC) {
    const res = await client.query(sql);
    log(`  ${sql.trim().split(/\s+/).slice(0, 3).join(' ')}: ${res.rowCount} rows`);
  }
  await client.query('VACUUM ANALYZE');
  const { rows } = await client.query(
    `SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_table_size(c.oid) AS table_bytes,
            pg_indexes_size(c.oid) AS index_bytes,
            (SELECT string_agg(i.relname, ', ' ORDER BY i.relname) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
              WHERE x.indrelid = c.oid) AS indexes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.reltuples > 0
      ORDER BY c.relname`,
  );
  const sizes = rows.map((r) => ({
    table: r.table,
    rows: Number(r.rows),
    tableBytesPerRow: Math.round(Number(r.table_bytes) / Number(r.rows)),
    indexBytesPerRow: Math.round(Number(r.index_bytes) / Number(r.rows)),
    indexes: r.indexes,
  }));
  log('\n| table | rows | table bytes/row | index bytes/row | indexes |');
  log('| ----- | ---: | --------------: | --------------: | ------- |');
  for (const s of sizes)
    log(`| ${s.table} | ${s.rows} | ${s.tableBytesPerRow} | ${s.indexBytesPerRow} | ${s.indexes} |`);
  const out = join(ROOT, 'bench', 'results', 'row-sizes.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), libraries: LIBRARIES, posts: POSTS, sizes }, null, 2) +
      '\n',
  );
  log(`results written to ${out}`);
}

let code = 0;
try {
  await main();
} catch (error) {
  process.stderr.write(`bench/scale/row-sizes failed: ${error.stack ?? error}\n`);
  code = 1;
}
await cleanup();
process.exit(code);
