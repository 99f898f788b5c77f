// The baseline's request path without HTTP: API-key check and the feed page with the same statements
// as the API, rendered the simple way. Used by raw-server.mjs and by the in-process comparison.
import { createHash, timingSafeEqual } from 'node:crypto';
import pg from 'pg';
import { FEED_SQL, HORIZON_SQL } from '../../libs/api/feed/dist/feed.sql.js';
import {
  CHANNEL_RULES,
  composeVariant,
  countCharacters,
  renderPlaceholders,
  withReservedLengths,
} from '../../libs/shared/contracts/dist/index.js';

export function createPool(connectionString, size = 10) {
  // The same pool settings as the API's DataSource (createDataSource in api-core): size, 5 s to get a
  // connection, 15 s statement timeout, so both shed load the same way when PostgreSQL is the bottleneck.
  const pool = new pg.Pool({
    connectionString,
    max: size,
    application_name: 'bench-raw',
    connectionTimeoutMillis: 5_000,
    statement_timeout: 15_000,
    query_timeout: 16_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  pool.on('error', () => undefined);
  return pool;
}

export function createRawFeed(pool) {
  const API_KEY_PATTERN = /^bh_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
  const CHANNEL_ORDER = ['FACEBOOK', 'INSTAGRAM', 'X', 'LINKEDIN', 'GENERIC'];
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  const sha256 = (s) => createHash('sha256').update(s).digest();
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

  async function authenticate(header) {
    const token = /^Bearer ([^\s]+)$/i.exec(header ?? '')?.[1];
    const match = token && API_KEY_PATTERN.exec(token);
    if (!match) return null;
    const [, prefix, secret] = match;
    const { rows } = await pool.query({
      name: 'auth_api_key',
      text: 'SELECT * FROM auth_api_key($1, $2)',
      values: [prefix, 60],
    });
    const row = rows[0];
    if (!row) return null;
    const stored = Buffer.from(row.secret_hash, 'hex');
    const given = sha256(secret);
    if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
    if (row.stale) markUsed(row.id);
    return row;
  }

  // Last uses in one statement per second, outside the requests, as ApiKeyService does.
  const used = new Set();
  let flushTimer;
  function markUsed(id) {
    used.add(id);
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      const ids = [...used];
      used.clear();
      pool
        .query({ name: 'touch_api_keys', text: 'SELECT touch_api_keys($1::uuid[])', values: [ids] })
        .catch(() => undefined);
    }, 1000).unref();
  }

  async function inTenant(tenantId, work) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query({
        name: 'tenant_context',
        text: "SELECT set_config('app.tenant_id', $1, true), set_config('app.role', $2, true), set_config('role', $3, true)",
        values: [tenantId, 'tenant', 'bibliohub_tenant'],
      });
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  function decodeCursor(cursor) {
    if (cursor == null) return undefined;
    try {
      const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(key) && key.length === 2 && key.every((v) => typeof v === 'string')) return key;
    } catch {
      // below
    }
    throw Object.assign(new Error('The cursor is not valid for this list; start again without `after`'), {
      status: 400,
    });
  }

  function renderItem(row) {
    const render = (text) => renderPlaceholders(text, row.profile);
    const variants = [];
    for (const channel of CHANNEL_ORDER) {
      const v = row.variants[channel];
      if (!v || (row.channelFilter.length && !row.channelFilter.includes(channel))) continue;
      const rendered = {
        text: render(v.text),
        hashtags: v.hashtags,
        link: v.link && render(v.link),
        callToAction: v.callToAction && render(v.callToAction),
      };
      variants.push({
        channel,
        text: rendered.text,
        hashtags: rendered.hashtags,
        link: rendered.link,
        callToAction: rendered.callToAction,
        length: countCharacters(withReservedLengths(composeVariant(rendered)), channel),
        maxLength: CHANNEL_RULES[channel].maxLength,
      });
    }
    const th = row.theme;
    return {
      id: row.id,
      title: render(row.title),
      body: render(row.body),
      publishedAt: row.publishedAt,
      availableUntil: row.availableUntil,
      updatedAt: row.updatedAt,
      version: row.version,
      tags: row.tags,
      targetGroups: row.targetGroups,
      goal: row.goal,
      language: row.language,
      attribution: row.attribution,
      theme: th && { id: th.id, kind: th.kind, name: th.name, slug: th.slug, colour: th.colour },
      variants,
    };
  }

  async function feed(tenantId, vars) {
    const first = vars.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw Object.assign(new Error('first must be 1 to 100'), { status: 400 });
    const themeIds = vars.themeIds ?? null;
    if (themeIds && !themeIds.every((id) => UUID.test(id)))
      throw Object.assign(new Error('themeIds must be UUIDs'), { status: 400 });
    const after = decodeCursor(vars.after);
    return inTenant(tenantId, async (c) => {
      // Named, like the API's prepared statements: planned once per connection.
      const { rows } = await c.query({ name: 'feed_page', text: FEED_SQL }, [
        null,
        themeIds,
        vars.channel ? [vars.channel] : null,
        vars.goal ?? null,
        vars.targetGroup ?? null,
        vars.language ?? null,
        vars.search ?? null,
        null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        first + 1,
        null,
      ]);
      const nodes = rows.slice(0, first);
      const last = nodes[nodes.length - 1];
      let horizon;
      if (rows[0]) horizon = { h: rows[0].horizon, t: new Date(rows[0].at).toISOString() };
      else {
        const {
          rows: [h],
        } = await c.query(HORIZON_SQL);
        horizon = { h: h.horizon, t: new Date(h.now).toISOString() };
      }
      return {
        nodes: nodes.map(renderItem),
        pageInfo: {
          hasNextPage: rows.length > first,
          endCursor: last ? b64([last.cursorKey, last.id]) : null,
        },
        syncCursor: b64(horizon),
      };
    });
  }

  return { authenticate, feed };
}

export function fail(res, status, code, message) {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }], data: null });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
