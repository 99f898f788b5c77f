// bench/content: loads N posts (default 200,000) through the bulk import (`cli import posts`, as a
// child process) and measures search and filtered list queries through PostService at that size,
// each against the very same SQL statements replayed on a plain pg client in the same run.
//
//   npm run build && node bench/content/run.mjs [--posts 200000] [--runs 200] [--min-runs 3] [--budget-s 5] [--keep]
//
// Starts its own embedded PostgreSQL in a temp dir (or uses DATABASE_URL: an empty database whose role
// may create roles), migrates it with the built CLI, seeds the demo data (themes, campaigns, users),
// generates the dataset, imports it, then measures. It asserts nothing about time; it only measures.
// Results are printed as a table and written to bench/results/ (ignored by git).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  appDatabaseUrl,
  createLogger,
  EmbeddedPostgres,
  EmbeddedS3,
  ensureOwnerDatabase,
  loadConfig,
  OWNER_ROLE,
} from '@bibliohub/api-core';
import { PostService } from '@bibliohub/api-content';
import { AppModule } from '../../apps/api/dist/app.module.js';
import { seedDemoData } from '../../apps/api/dist/seed.js';
import { SEARCHES, writeDataset } from './dataset.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'apps/api/dist/cli.js');

const { values: opts } = parseArgs({
  options: {
    posts: { type: 'string', default: '200000' },
    runs: { type: 'string', default: '200' },
    'min-runs': { type: 'string', default: '3' },
    'budget-s': { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const POSTS = Number(opts.posts);
const RUNS = Number(opts.runs);
const MIN_RUNS = Number(opts['min-runs']);
const BUDGET_MS = Number(opts['budget-s']) * 1000;

const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const ms = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

function run(args, env, { stdout = 'pipe' } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', stdout, 'inherit'] });
    let out = '';
    child.stdout?.on('data', (c) => (out += c));
    child.once('error', reject);
    child.once('exit', (code) => resolvePromise({ code, stdout: out }));
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'bibliohub-bench-'));
  chmodSync(dir, 0o755); // the embedded cluster runs as the postgres user when we are root
  const stops = [];
  const result = { date: new Date().toISOString(), posts: POSTS, machine: machine(), steps: {}, queries: [] };
  try {
    // 1. PostgreSQL (embedded unless DATABASE_URL) and S3 (s3rver; the CLI only checks the bucket).
    let ownerUrl = process.env.DATABASE_URL;
    let superuserUrl;
    if (!ownerUrl) {
      const password = randomBytes(12).toString('hex');
      const server = new EmbeddedPostgres({ dataDir: join(dir, 'postgres'), superPassword: password });
      await server.start();
      stops.unshift(() => server.stop());
      await ensureOwnerDatabase(server.superuserUrl(), password, 'bibliohub_bench');
      ownerUrl = `postgres://${OWNER_ROLE}:${password}@127.0.0.1:${server.port}/bibliohub_bench`;
      superuserUrl = server.superuserUrl('bibliohub_bench');
    }
    const s3 = new EmbeddedS3(join(dir, 's3'));
    await s3.start();
    stops.unshift(() => s3.stop());
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATA_DIR: dir,
      DATABASE_URL: ownerUrl,
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      // The API bounds every statement by 15 s; at this size a search can take longer on a busy machine.
      // The bench measures it instead of stopping (and says so in the table when a query still fails).
      DATABASE_STATEMENT_TIMEOUT_MS: process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? '120000',
    };

    // 2. Migrate with the built CLI, as the test global setup does.
    let t = performance.now();
    const migrated = await run(['migrate'], env);
    if (migrated.code !== 0) throw new Error('migrate failed');
    result.steps.migrateS = (performance.now() - t) / 1000;

    // 3. The app in-process (same modules as the API) and the demo data: campaigns, themes, users.
    const config = loadConfig(env);
    const app = await NestFactory.createApplicationContext(AppModule.register(config, createLogger('warn')), {
      logger: false,
    });
    stops.unshift(() => app.close());
    t = performance.now();
    await seedDemoData(app);
    result.steps.seedS = (performance.now() - t) / 1000;
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    stops.unshift(() => owner.end());
    result.postgres = (await owner.query('SHOW server_version')).rows[0].server_version;

    // 4. The dataset.
    const file = join(dir, 'posts.jsonl');
    t = performance.now();
    const bytes = await writeDataset(file, POSTS);
    result.steps.generate = { s: (performance.now() - t) / 1000, bytes };
    log(
      `generated ${POSTS.toLocaleString('en-US')} posts (${(bytes / 1e6).toFixed(0)} MB) in ${result.steps.generate.s.toFixed(1)} s`,
    );

    // 5. Import through the CLI (stderr inherited: a progress bar when run in a terminal).
    t = performance.now();
    // LOG_LEVEL silent: the logger writes to stdout, which must hold only the JSON summary.
    const imported = await run(['import', 'posts', file, '--json'], { ...env, LOG_LEVEL: 'silent' });
    const wallS = (performance.now() - t) / 1000;
    const summary = JSON.parse(imported.stdout);
    result.steps.import = { wallS, ...summary, errors: summary.errors.slice(0, 5) };
    log(
      `import: ${summary.imported.toLocaleString('en-US')} imported, ${summary.skipped} skipped in ${(summary.durationMs / 1000).toFixed(1)} s ` +
        `(${summary.rowsPerSecond.toLocaleString('en-US')} rows/s; ${wallS.toFixed(1)} s with CLI start-up)`,
    );
    const statsAfterImport = await tableStats(owner);

    // 6. A realistic mix of statuses for the list queries: ~70 % published, 5 % archived, rest draft.
    t = performance.now();
    await owner.query(`BEGIN; SELECT set_config('app.role', 'central', true);
      UPDATE posts SET status = 'PUBLISHED', published_at = suggested_publish_at - interval '7 days'
       WHERE external_id LIKE 'bench-%' AND abs(hashtext(external_id)) % 100 < 70;
      UPDATE posts SET status = 'ARCHIVED', archived_at = now()
       WHERE external_id LIKE 'bench-%' AND abs(hashtext(external_id)) % 100 >= 95;
      COMMIT`);
    await owner.query('VACUUM ANALYZE posts');
    result.steps.arrangeS = (performance.now() - t) / 1000;
    result.table = statsAfterImport;

    // 7. Queries: PostService.list versus the same statements on a plain pg client (the application
    //    role, so the same row-level security), and where we can, as a superuser (no row-level security).
    const actors = await actorsOf(owner);
    await owner.query(`BEGIN; SELECT set_config('app.role', 'central', true)`);
    const themes = Object.fromEntries(
      (await owner.query(`SELECT slug, id FROM themes`)).rows.map((r) => [r.slug, r.id]),
    );
    await owner.query('COMMIT');
    const posts = app.get(PostService);
    const direct = new pg.Client({
      connectionString: appDatabaseUrl(config),
      application_name: 'bench-direct',
    });
    await direct.connect();
    stops.unshift(() => direct.end());
    let superuser;
    if (superuserUrl) {
      superuser = new pg.Client({
        connectionString: superuserUrl,
        application_name: 'bench-no-rls',
        statement_timeout: config.database.statementTimeoutMs,
      });
      await superuser.connect();
      stops.unshift(() => superuser.end());
    }
    const capture = captureSql(app.get(DataSource));

    const cases = [
      ...SEARCHES.map((search) => ({
        name: `search "${search}"`,
        actor: 'editor',
        args: { first: 20, search },
      })),
      {
        name: 'search "voorlezen" + OUDERS + PUBLISHED',
        actor: 'editor',
        args: { first: 20, search: 'voorlezen', targetGroup: 'OUDERS', statuses: ['PUBLISHED'] },
      },
      {
        name: 'theme boekenweek, newest first',
        actor: 'editor',
        args: { first: 20, themeIds: [themes['boekenweek']] },
      },
      {
        name: 'channel LINKEDIN + PUBLISHED',
        actor: 'editor',
        args: { first: 20, channel: 'LINKEDIN', statuses: ['PUBLISHED'] },
      },
      { name: 'target group SENIOREN', actor: 'editor', args: { first: 20, targetGroup: 'SENIOREN' } },
      { name: 'status DRAFT', actor: 'editor', args: { first: 20, statuses: ['DRAFT'] } },
      {
        name: 'suggested date Jan 2027, by date',
        actor: 'editor',
        args: {
          first: 20,
          sort: 'SUGGESTED_ASC',
          from: new Date('2027-01-01Z'),
          until: new Date('2027-02-01Z'),
        },
      },
      {
        name: 'theme + group + channel, by date',
        actor: 'editor',
        args: {
          first: 20,
          sort: 'SUGGESTED_ASC',
          themeIds: [themes['nationale-voorleesdagen'], themes['poezieweek']],
          targetGroup: 'OUDERS',
          channel: 'INSTAGRAM',
        },
      },
      { name: 'library: newest published (RLS)', actor: 'library', args: { first: 20 } },
    ];
    log(
      `measuring ${cases.length} queries: ${MIN_RUNS}-${RUNS} runs each, stopping after ${BUDGET_MS / 1000} s`,
    );
    for (const c of cases) {
      try {
        await measure(c);
      } catch (error) {
        result.queries.push({ name: c.name, error: error.message });
        log(`${c.name}: failed: ${error.message}`);
      }
    }
    async function measure(c) {
      const actor = actors[c.actor];
      const captureStart = performance.now();
      const statements = await capture(() => posts.list(actor, c.args));
      const slow = performance.now() - captureStart > 1000;
      if (statements.length !== 4) log(`${c.name}: ${statements.length} statements (expected 4)`);
      const replay = (client) => async () => {
        try {
          for (const s of statements) await client.query(s.query, s.parameters);
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      };
      const runners = {
        service: async () => void (await posts.list(actor, c.args)),
        sql: replay(direct),
        ...(superuser ? { noRls: replay(superuser) } : {}),
      };
      const times = Object.fromEntries(Object.keys(runners).map((k) => [k, []]));
      // Warm-up (a slow query has just been warmed by the capture run, and its runs are few anyway).
      if (!slow) for (const fn of Object.values(runners)) await fn();
      const caseStart = performance.now();
      for (let i = 0; i < RUNS && (i < MIN_RUNS || performance.now() - caseStart < BUDGET_MS); i++) {
        for (const [k, fn] of Object.entries(runners)) {
          const s = performance.now();
          await fn();
          times[k].push(performance.now() - s);
        }
      }
      const stat = (k) => {
        const sorted = [...(times[k] ?? [])].sort((a, b) => a - b);
        return sorted.length ? { p50: percentile(sorted, 50), p99: percentile(sorted, 99) } : null;
      };
      const rows = (await posts.list(actor, c.args)).nodes.length;
      const row = {
        name: c.name,
        rows,
        runs: times.service.length,
        service: stat('service'),
        sql: stat('sql'),
        noRls: stat('noRls'),
      };
      result.queries.push(row);
      log(
        `${c.name}: service p50 ${ms(row.service.p50)} ms, same SQL ${ms(row.sql.p50)} ms` +
          (row.noRls ? `, without RLS ${ms(row.noRls.p50)} ms` : '') +
          ` (${row.runs} runs)`,
      );
    }
    result.totalS = (performance.now() - started) / 1000;
    result.machine.loadAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
    print(result);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const out = join(ROOT, 'bench/results', `content-${result.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    log(`results written to ${out}`);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    if (opts.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Records the SQL (with parameters) that one call sends, from START TRANSACTION to COMMIT: the
 * statements of the query runner that ran the posts query (background work of the app, such as the
 * scheduler, may run queries at the same time on other runners).
 */
function captureSql(dataSource) {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  return async (work) => {
    const seen = [];
    logger.logQuery = (query, parameters, runner) => {
      seen.push({ query, parameters: parameters ?? [], runner });
      return original(query, parameters, runner);
    };
    try {
      await work();
    } finally {
      logger.logQuery = original;
    }
    const main = seen.find((s) => s.query.includes('FROM "posts" "p"'));
    if (!main) throw new Error('the posts query was not seen');
    return seen
      .filter((s) => s.runner === main.runner)
      .map(({ query, parameters }) => ({ query, parameters }));
  };
}

async function actorsOf(owner) {
  await owner.query('BEGIN');
  await owner.query(`SELECT set_config('app.role', 'central', true)`);
  const { rows } = await owner.query(
    `SELECT u.id, u.tenant_id, u.role, t.kind FROM users u JOIN tenants t ON t.id = u.tenant_id
      WHERE u.email IN ('redacteur@bibliotheek.nl', 'redactie@bibliotheekdelft.nl')`,
  );
  await owner.query('COMMIT');
  const actor = (r) => ({
    kind: 'USER',
    id: r.id,
    tenantId: r.tenant_id,
    tenantKind: r.kind,
    role: r.role,
    scopes: [],
  });
  return {
    editor: actor(rows.find((r) => r.role === 'CENTRAL_EDITOR')),
    library: actor(rows.find((r) => r.role === 'LIBRARY_EDITOR')),
  };
}

async function tableStats(owner) {
  await owner.query('BEGIN');
  await owner.query(`SELECT set_config('app.role', 'central', true)`);
  const { rows } = await owner.query(`SELECT
      (SELECT count(*)::int FROM posts) AS posts,
      (SELECT count(*)::int FROM post_revisions) AS revisions,
      (SELECT count(*)::int FROM audit_log WHERE entity_type = 'Post') AS audit,
      pg_size_pretty(pg_total_relation_size('posts')) AS posts_size,
      pg_size_pretty(pg_total_relation_size('post_revisions')) AS revisions_size,
      pg_size_pretty(pg_total_relation_size('audit_log')) AS audit_size`);
  await owner.query('COMMIT');
  return rows[0];
}

function machine() {
  const list = cpus();
  return {
    cpus: list.length,
    model: list[0]?.model ?? '?',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

function print(r) {
  const imp = r.steps.import;
  const lines = [
    '',
    `bench/content — ${r.date}, ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GB, node ${r.machine.node}, PostgreSQL ${r.postgres}`,
    '',
    `Import (cli import posts, JSON Lines, ${(r.steps.generate.bytes / 1e6).toFixed(0)} MB): ${imp.rows.toLocaleString('en-US')} rows, ` +
      `${imp.imported.toLocaleString('en-US')} imported, ${imp.skipped} skipped in ${(imp.durationMs / 1000).toFixed(1)} s = ` +
      `${imp.rowsPerSecond.toLocaleString('en-US')} rows/s (${imp.wallS.toFixed(1)} s including CLI start-up)`,
    `  after import: ${r.table.posts.toLocaleString('en-US')} posts (${r.table.posts_size}), ${r.table.revisions.toLocaleString('en-US')} revisions (${r.table.revisions_size}), ` +
      `${r.table.audit.toLocaleString('en-US')} audit entries (${r.table.audit_size})`,
    '',
    'Queries (first: 20), ms: PostService.list vs the same SQL statements replayed on a plain pg client as the',
    'application role (same row-level security), and as a superuser (no row-level security).',
  ];
  const head = [
    'query',
    'runs',
    'service p50',
    'p99',
    'same SQL p50',
    'p99',
    'service/SQL p50',
    'p99',
    'no RLS p50',
    'RLS cost p50',
  ];
  const failed = r.queries.filter((q) => q.error);
  const body = r.queries
    .filter((q) => !q.error)
    .map((q) => [
      q.name,
      String(q.runs),
      ms(q.service.p50),
      ms(q.service.p99),
      ms(q.sql.p50),
      ms(q.sql.p99),
      `${(q.service.p50 / q.sql.p50).toFixed(2)}×`,
      `${(q.service.p99 / q.sql.p99).toFixed(2)}×`,
      q.noRls ? ms(q.noRls.p50) : '–',
      q.noRls ? `${(q.sql.p50 / q.noRls.p50).toFixed(1)}×` : '–',
    ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) =>
    '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  lines.push(
    fmt(head),
    '|' +
      widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|') +
      '|',
  );
  for (const b of body) lines.push(fmt(b));
  for (const q of failed) lines.push(`failed: ${q.name}: ${q.error}`);
  lines.push(
    '',
    `total ${r.totalS.toFixed(0)} s; load average (1/5/15 min) ${r.machine.loadAtStart.join(' ')} at start, ${r.machine.loadAtEnd.join(' ')} at end`,
  );
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
