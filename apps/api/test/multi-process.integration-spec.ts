import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Role, TenantKind } from '@bibliohub/contracts';
import { PostService } from '@bibliohub/api-content';
import { freePort, TenantDb, type Actor } from '@bibliohub/api-core';
import { PhaseDerivationService } from '@bibliohub/api-programme';
import {
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  createTestDatabase,
  createUser,
  TEST_ENV,
  testConfig,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ApiProcess {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the built API (`apps/api/dist/main.js`) on a free port against the given environment. */
async function startApi(env: Record<string, string | undefined>): Promise<ApiProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'], ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited during start: ${output}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { url, output: () => output, stop };
    if (Date.now() - started > 45_000) {
      await stop();
      throw new Error(`API not ready within 45 s: ${output.slice(-2000)}`);
    }
    await sleep(100);
  }
}

async function gql(
  api: ApiProcess,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Awaited<ReturnType<typeof gql>>;
}

/** A webhook receiver on loopback that records every delivery it is sent. */
async function receiver(): Promise<{
  url: string;
  received: { path: string; id: string; postId: string }[];
  server: Server;
}> {
  const received: { path: string; id: string; postId: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const json = JSON.parse(body) as { id: string; data: { postId: string } };
      received.push({ path: req.url ?? '', id: json.id, postId: json.data.postId });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

function centralEditor(userId: string, tenantId: string): Actor {
  return {
    kind: 'USER',
    id: userId,
    tenantId,
    tenantKind: TenantKind.CENTRAL,
    role: Role.CENTRAL_EDITOR,
    scopes: [],
  };
}

/** The superuser on a test database: inspects rows of every tenant without row-level security. */
function inspector(ownerUrl: string): pg.Pool {
  const url = new URL(process.env[TEST_ENV.adminUrl]!);
  url.pathname = new URL(ownerUrl).pathname;
  return new pg.Pool({ connectionString: url.toString(), max: 2 });
}

describe('two API processes on one database', () => {
  const POSTS = 12;
  const dataDir = mkdtempSync(join(tmpdir(), 'bibliohub-multi-'));
  chmodSync(dataDir, 0o755);
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let sql: pg.Pool;
  let hooks: Awaited<ReturnType<typeof receiver>>;
  let apis: ApiProcess[] = [];
  const scheduled: string[] = [];
  const endpoints: string[] = [];
  let account: { email: string; password: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = inspector(db.ownerUrl);
    hooks = await receiver();
    const config = testConfig({ DATABASE_URL: db.ownerUrl, JOB_POLL_INTERVAL_MS: '0' });

    // Arrange through the real services of an in-process app, then close it before the two processes start.
    const t = await createTestApp((c, l) => AppModule.register(c, l), { reuse: config });
    try {
      const central = await createCentral(t);
      const editor = await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR);
      const actor = centralEditor(editor.user.id, central.id);
      for (const [index, path] of ['/a', '/b', '/c'].entries()) {
        const lib = await createLibrary(t);
        const admin = await createSignedInUser(t, lib.id, Role.LIBRARY_ADMIN);
        const res = await t.gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
          'mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: ["post.published"] }) { endpoint { id } } }',
          { url: `${hooks.url}${path}` },
          admin.headers,
        );
        if (!res.data) throw new Error(JSON.stringify(res.errors));
        endpoints[index] = res.data.createWebhookEndpoint.endpoint.id;
      }
      const lib = await createLibrary(t);
      account = await createUser(t, lib.id, Role.LIBRARY_EDITOR);
      // Due in a moment: both processes find them due in their first scheduler pass, at start.
      const posts = t.app.get(PostService);
      const at = new Date(Date.now() + 1_500);
      for (let i = 0; i < POSTS; i++) {
        const draft = await posts.create(actor, { title: `Gepland bericht ${i + 1}`, body: 'x' });
        scheduled.push((await posts.schedule(actor, draft.id, draft.version, at)).id);
      }
      await sleep(Math.max(0, at.getTime() - Date.now()) + 100);
    } finally {
      await t.close();
    }

    const env = {
      NODE_ENV: 'test',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      PUBLIC_URL: '',
      DATABASE_URL: db.ownerUrl,
      S3_ENDPOINT: process.env['S3_ENDPOINT'],
      S3_ACCESS_KEY_ID: process.env['S3_ACCESS_KEY_ID'],
      S3_SECRET_ACCESS_KEY: process.env['S3_SECRET_ACCESS_KEY'],
      S3_BUCKET: config.s3.bucket,
      JWT_SECRET: config.secrets.JWT_SECRET,
      DATABASE_APP_PASSWORD: config.secrets.DATABASE_APP_PASSWORD,
      // Both poll the job queue often, so they compete for every job.
      JOB_POLL_INTERVAL_MS: '50',
    };
    // Started together: both migrate (one after the other, under the migration lock) and both run
    // their first scheduler pass at the same moment.
    apis = await Promise.all([startApi(env), startApi(env)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    hooks?.server.close();
    await sql?.end();
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('publishes each due post once and delivers each webhook once', async () => {
    const expected = POSTS * endpoints.length;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await sql.query<{ published: number; open: number }>(
        `SELECT (SELECT count(*)::int FROM posts WHERE id = ANY($1::uuid[]) AND status = 'PUBLISHED') AS published,
                (SELECT count(*)::int FROM jobs WHERE done_at IS NULL AND attempts < max_attempts) AS open`,
        [scheduled],
      );
      if (rows[0].published === POSTS && rows[0].open === 0 && hooks.received.length >= expected) break;
      if (Date.now() > deadline)
        throw new Error(`not settled: ${JSON.stringify(rows[0])}, ${hooks.received.length} deliveries`);
      await sleep(100);
    }
    // Room for a duplicate to arrive, were there one.
    await sleep(1_000);

    const once = async (query: string) => {
      const { rows } = await sql.query<{ id: string; n: number }>(query, [scheduled]);
      expect(rows).toHaveLength(POSTS);
      expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    };
    await once(
      `SELECT entity_id AS id, count(*)::int AS n FROM audit_log
        WHERE action = 'post.publish' AND actor_kind = 'SYSTEM' AND entity_id = ANY($1::text[]) GROUP BY 1`,
    );
    await once(
      `SELECT post_id AS id, count(*)::int AS n FROM post_revisions
        WHERE action = 'publish:scheduled' AND post_id = ANY($1::uuid[]) GROUP BY 1`,
    );
    await once(
      `SELECT post_id AS id, count(*)::int AS n FROM feed_events
        WHERE kind = 'POST' AND post_id = ANY($1::uuid[]) GROUP BY 1`,
    );
    await once(
      `SELECT payload->>'postId' AS id, count(*)::int AS n FROM jobs
        WHERE kind = 'webhooks.fanout' AND payload->>'postId' = ANY($1::text[]) GROUP BY 1`,
    );

    // Every (endpoint, post) pair exactly once at the receiver, and each delivery id once.
    const pairs = hooks.received.map((r) => `${r.path} ${r.postId}`);
    expect(new Set(pairs).size).toBe(expected);
    expect(pairs).toHaveLength(expected);
    expect(new Set(hooks.received.map((r) => r.id)).size).toBe(expected);
    const { rows: deliveries } = await sql.query<{ status: string; attempts: number; n: number }>(
      `SELECT status, attempts, count(*)::int AS n FROM webhook_deliveries
        WHERE endpoint_id = ANY($1::uuid[]) GROUP BY 1, 2`,
      [endpoints],
    );
    expect(deliveries).toEqual([{ status: 'DELIVERED', attempts: 1, n: expected }]);
  });

  it('counts failed logins across both processes', async () => {
    const attempt = (api: ApiProcess, password: string) =>
      gql(
        api,
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        { email: account.email, password },
      ).then((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    const [a, b] = apis as [ApiProcess, ApiProcess];
    // Five failures, alternating: neither process alone has seen more than three.
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await attempt(i % 2 ? b : a, 'wrong password'));
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(await attempt(b, 'wrong password')).toBe('RATE_LIMITED');
    expect(await attempt(a, account.password)).toBe('RATE_LIMITED');
  });
});

describe('national caches refreshed by several replicas at once', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((c, l) => AppModule.register(c, l));
  });
  afterAll(() => t.close());

  it('folds each phase change into the trend once', async () => {
    const tenantDb = t.app.get(TenantDb);
    const derivation = t.app.get(PhaseDerivationService);
    const lib = await createLibrary(t);
    const history = (from: string, to: string) =>
      tenantDb.asCentralSystem((db) =>
        db.query(
          `INSERT INTO phase_history (tenant_id, phase, from_status, to_status, changed_at, reason)
           VALUES ($1, 'TRAINED', $2, $3, now(), 'test')`,
          [lib.id, from, to],
        ),
      );
    const achieved = async () => {
      const [row] = await tenantDb.asCentralSystem((db) =>
        db.query<{ n: number }[]>(
          `SELECT coalesce(sum(achieved), 0)::int AS n FROM phase_trend WHERE granularity = 'WEEK' AND phase = 'TRAINED'`,
        ),
      );
      return row.n;
    };
    const before = await achieved();
    await history('NOT_STARTED', 'ACHIEVED');
    await derivation.refreshCaches();
    expect(await achieved()).toBe(before + 1);

    // A second change, and two refreshes at once (two replicas' timers) while a reader holds the trend
    // rows: only one of them may fold it.
    await history('NOT_STARTED', 'ACHIEVED');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = tenantDb.asCentralSystem(async (db) => {
      await db.query(`SELECT 1 FROM phase_trend WHERE granularity = 'WEEK' AND phase = 'TRAINED' FOR UPDATE`);
      locked();
      await held;
    });
    await isLocked;
    const refreshes = [derivation.refreshCaches(), derivation.refreshCaches()];
    // Both are under way (waiting on a lock) before the rows are let go.
    const sql = inspector(t.config.database.url!);
    try {
      for (let i = 0; i < 200; i++) {
        const { rows } = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (rows[0].n >= 2) break;
        await sleep(20);
      }
    } finally {
      await sql.end();
    }
    release();
    await holder;
    await Promise.all(refreshes);
    expect(await achieved()).toBe(before + 2);
  });
});
