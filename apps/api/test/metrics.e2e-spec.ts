import { randomUUID } from 'node:crypto';
import { createLibrary, createTestApp, type TestApp } from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

/** Value of one series in Prometheus text format, matched by its exact label set; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const got = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.keys(got).length === wanted.length && wanted.every(([k, v]) => got[k] === v))
      return Number(match[3]);
  }
  return undefined;
}

/** SQL as the table owner on behalf of one library (its own rows pass row-level security). */
async function asLibraryOwner<R extends Record<string, unknown>>(
  t: TestApp,
  tenantId: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = await t.owner.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const { rows } = await client.query<R>(sql, params);
    await client.query('COMMIT');
    return rows;
  } finally {
    client.release();
  }
}

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
  });
  afterAll(() => t.close());

  it('reports requests, GraphQL operations, errors by code, the pool, the job backlog and webhook failures', async () => {
    // Backlog: a due job nobody handles, one given up, and deliveries of an endpoint that fails.
    await t.owner.query(
      `INSERT INTO jobs (kind, payload, run_at, attempts, max_attempts) VALUES
         ('metrics.test', '{}', now() - interval '2 minutes', 0, 5),
         ('metrics.test', '{}', now() + interval '1 hour', 0, 5),
         ('metrics.test', '{}', now() - interval '1 day', 5, 5)`,
    );
    const library = await createLibrary(t);
    const [endpoint] = await asLibraryOwner<{ id: string }>(
      t,
      library.id,
      `INSERT INTO webhook_endpoints (tenant_id, url, events, secret, active)
       VALUES ($1, 'http://127.0.0.1:9/hooks', '{}', 'whsec_test', false) RETURNING id`,
      [library.id],
    );
    await asLibraryOwner(
      t,
      library.id,
      `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_type, payload, status, attempts, next_attempt_at)
       VALUES ($1, $2, 'post.published', '{}', 'FAILED', 8, now()),
              ($1, $2, 'post.published', '{}', 'PENDING', 2, now() + interval '1 minute'),
              ($1, $2, 'post.published', '{}', 'PENDING', 0, now()),
              ($1, $2, 'post.published', '{}', 'DELIVERED', 1, now())`,
      [library.id, endpoint.id],
    );

    expect((await t.gql('query ServerPing { serverInfo { version } }')).errors).toBeUndefined();
    expect((await t.gql('{ nope }')).errors?.[0].extensions?.subCode).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await t.gql('query WhoAmI { me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = 'not-a-real-token-0123456789';
    await t.http().get(`/feeds/${library.id}/rss`).query({ token }).expect(404);
    await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ').expect(400);

    const res = await t.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;

    // HTTP: route patterns, never raw paths (no ids or tokens in labels).
    expect(
      sample(text, 'bibliohub_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBe(2);
    expect(
      sample(text, 'bibliohub_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '400',
      }),
    ).toBe(2);
    expect(
      sample(text, 'bibliohub_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/feeds/:tenantId/:format',
        status: '404',
      }),
    ).toBe(1);
    expect(text).toContain(
      'bibliohub_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/graphql",status="200"}',
    );
    expect(text).not.toContain(library.id);
    expect(text).not.toContain(token);

    // GraphQL operations by name, with the outcome.
    expect(
      sample(text, 'bibliohub_graphql_operation_duration_seconds_count', {
        operation: 'ServerPing',
        type: 'query',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(
      sample(text, 'bibliohub_graphql_operation_duration_seconds_count', {
        operation: 'WhoAmI',
        type: 'query',
        outcome: 'error',
      }),
    ).toBe(1);
    expect(
      sample(text, 'bibliohub_graphql_operation_duration_seconds_count', {
        operation: '(invalid)',
        type: 'unknown',
        outcome: 'error',
      }),
    ).toBe(1);

    // Errors by code and sub-code, from GraphQL, the REST error filter and the body parser.
    expect(
      sample(text, 'bibliohub_errors_total', {
        transport: 'graphql',
        code: 'BAD_USER_INPUT',
        sub_code: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBe(1);
    expect(
      sample(text, 'bibliohub_errors_total', {
        transport: 'graphql',
        code: 'UNAUTHENTICATED',
        sub_code: 'AUTH_REQUIRED',
      }),
    ).toBe(1);
    expect(
      sample(text, 'bibliohub_errors_total', {
        transport: 'http',
        code: 'NOT_FOUND',
        sub_code: 'FEED_NOT_FOUND',
      }),
    ).toBe(1);
    expect(
      sample(text, 'bibliohub_errors_total', {
        transport: 'http',
        code: 'BAD_USER_INPUT',
        sub_code: 'MALFORMED_BODY',
      }),
    ).toBe(1);

    // Database pool.
    expect(sample(text, 'bibliohub_db_pool_max_connections', { pool: 'primary' })).toBe(
      t.config.database.poolSize,
    );
    expect(
      sample(text, 'bibliohub_db_pool_connections', { pool: 'primary', state: 'total' }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'bibliohub_db_pool_waiting_requests', { pool: 'primary' })).toBe(0);

    // Backlog, read at scrape time.
    expect(sample(text, 'bibliohub_metrics_backlog_query_up')).toBe(1);
    expect(sample(text, 'bibliohub_jobs', { kind: 'metrics.test', state: 'pending' })).toBe(2);
    expect(sample(text, 'bibliohub_jobs', { kind: 'metrics.test', state: 'due' })).toBe(1);
    expect(sample(text, 'bibliohub_jobs', { kind: 'metrics.test', state: 'failed' })).toBe(1);
    expect(
      sample(text, 'bibliohub_jobs_oldest_due_seconds', { kind: 'metrics.test' }),
    ).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'bibliohub_webhook_deliveries', { state: 'pending' })).toBe(2);
    expect(sample(text, 'bibliohub_webhook_deliveries', { state: 'retrying' })).toBe(1);
    expect(sample(text, 'bibliohub_webhook_deliveries', { state: 'failed' })).toBe(1);

    // Node process defaults.
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('asks for the bearer token when METRICS_TOKEN is set, and the access guard does not get in the way', async () => {
    const metricsToken = `mt-${randomUUID()}`;
    const guarded = await createTestApp((config, logger) => AppModule.register(config, logger), {
      reuse: { ...t.config, metrics: { token: metricsToken } },
    });
    try {
      const refused = await guarded.http().get('/metrics').expect(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(refused.body.errors[0].extensions).toEqual({
        code: 'UNAUTHENTICATED',
        subCode: 'METRICS_TOKEN_REQUIRED',
      });
      await guarded.http().get('/metrics').set('authorization', `Bearer ${metricsToken}x`).expect(401);
      const ok = await guarded
        .http()
        .get('/metrics')
        .set('authorization', `Bearer ${metricsToken}`)
        .expect(200);
      expect(
        sample(ok.text, 'bibliohub_errors_total', {
          transport: 'http',
          code: 'UNAUTHENTICATED',
          sub_code: 'METRICS_TOKEN_REQUIRED',
        }),
      ).toBe(2);
    } finally {
      await guarded.app.close();
      await guarded.owner.end();
    }
  });
});
