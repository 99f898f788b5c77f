// The baseline of bench/feed: node:http + pg, no framework. It answers the same GraphQL feed request
// (reading only `variables`) with the same statements as the API: the API-key look-up
// `SELECT * FROM auth_api_key($1, 60)` (plus the same last-used write when stale), then one transaction
// with set_config for app.tenant_id/app.role and FEED_SQL from the built feed library, and renders the
// rows the simple way with the built contracts (renderPlaceholders, composeVariant, countCharacters).
//
// Environment: RAW_DATABASE_URL (the application role), PORT, POOL_SIZE (default 10, the API's default).
import { createServer } from 'node:http';
import { createPool, createRawFeed, fail } from './raw-feed.mjs';

const pool = createPool(process.env.RAW_DATABASE_URL, Number(process.env.POOL_SIZE || 10));
const { authenticate, feed } = createRawFeed(pool);

const server = createServer((req, res) => {
  if (req.url === '/health') return void res.end('ok');
  if (req.method !== 'POST' || !req.url.startsWith('/graphql'))
    return fail(res, 404, 'NOT_FOUND', 'POST /graphql only');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const key = await authenticate(req.headers.authorization);
      if (!key) return fail(res, 401, 'UNAUTHENTICATED', 'The API key is invalid, expired or revoked');
      if (!key.scopes.includes('feed:read'))
        return fail(res, 403, 'FORBIDDEN', 'This API key lacks the scope feed:read');
      const data = await feed(key.tenant_id, body.variables ?? {});
      const out = JSON.stringify({ data: { feed: data } });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(out),
      });
      res.end(out);
    } catch (error) {
      fail(
        res,
        error.status ?? 500,
        error.status ? 'BAD_USER_INPUT' : 'INTERNAL',
        error.status ? error.message : 'Internal error',
      );
      if (!error.status) process.stderr.write(`raw-server: ${error.stack}\n`);
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
const stop = () => server.close(() => pool.end().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
