// bench/dashboard — the national dashboard at 10,000 libraries with two years of phase history and
// KPI data, against the plain SQL aggregate measured in the same run.
//
//   npm run build (or the nx build of @bibliohub/api and its libs), then:
//   node bench/dashboard/run.mjs [--libraries 10000] [--runs 200] [--warmup 20] [--seed 1] [--explain]
//
// What it does:
//   1. starts its own embedded PostgreSQL (a temporary directory) and migrates it with the built CLI,
//      exactly as the test setup does (node apps/api/dist/cli.js migrate, DEMO_DATA=false);
//   2. generates the libraries, their evidence (trainings, strategies, policies, channels, monthly KPI
//      measurements, value networks), the phase history over two years and the precomputed phase_status,
//      with set-based SQL as the owner (app.role = 'central' for this session: FORCE RLS binds the owner),
//      then refreshes the national caches (trend, counts) as the API's 15-minute job would;
//   3. boots the real API in-process (AppModule, app role bibliohub_app under row-level security) and
//      measures, sequentially, p50/p99 over --runs calls after --warmup:
//        - baseline: the dashboard's own statements (counts from the phase_counts cache plus its log, the
//          trend from the phase_trend cache plus the history since its watermark) as plain SQL on a raw
//          pg connection as the owner,
//        - DashboardService.dashboard() (what the resolver calls: transaction, RLS context, forecast),
//        - the same over HTTP: POST /graphql programmeDashboard as a signed-in programme viewer,
//        - a page of programmeLibraries (sorted by presence, keyset) over HTTP,
//        - for contrast, plain SQL without the caches: phase_status joined with tenants and the whole
//          history aggregated on every call, and today's counts derived from the evidence itself;
//   4. prints a table with each row's ratio to the baseline, checks that the precomputed counts equal
//      the ones derived from evidence, and whether p99 of the dashboard stays under 100 ms; the raw
//      figures also go to bench/results/ (ignored by git). `--explain` prints the plans of the plain SQL.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import {
  createHttpApp,
  createLogger,
  EmbeddedPostgres,
  ensureOwnerDatabase,
  loadConfig,
  OWNER_ROLE,
  startInfrastructure,
} from '@bibliohub/api-core';
import { TenantService, UserService } from '@bibliohub/api-identity';
import { DashboardService, PhaseDerivationService, TrendGranularity } from '@bibliohub/api-programme';
import { AppModule } from '../../apps/api/dist/app.module.js';

const { values: opts } = parseArgs({
  options: {
    libraries: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    explain: { type: 'boolean', default: false },
  },
});
const LIBRARIES = Number(opts.libraries);
const RUNS = Number(opts.runs);
const WARMUP = Number(opts.warmup);
const SALT = Number(opts.seed) * 1_000_003;
const TARGET_P99_MS = 100;
const CLI = fileURLToPath(new URL('../../apps/api/dist/cli.js', import.meta.url));

const log = (line) => process.stdout.write(`${line}\n`);
const PROVINCES = [
  'DRENTHE',
  'FLEVOLAND',
  'FRIESLAND',
  'GELDERLAND',
  'GRONINGEN',
  'LIMBURG',
  'NOORD_BRABANT',
  'NOORD_HOLLAND',
  'OVERIJSSEL',
  'UTRECHT',
  'ZEELAND',
  'ZUID_HOLLAND',
];

/** Deterministic uniform [0, 1) per library and salt, in SQL. */
const U = (salt) => `((abs(hashint8(n::bigint * 7919 + ${SALT + salt})) % 1000000) / 1000000.0)`;
const days = (expr) => `make_interval(secs => (${expr}) * 86400)`;

const STEPS = JSON.stringify({
  onlineGoals: ['Meer volgers'],
  offlineGoals: ['Meer bezoekers'],
  targetGroups: [{ group: 'OUDERS', description: 'Ouders', mediaUse: 'Instagram' }],
  mission: 'Verbinden',
  socialGoals: [
    {
      goal: 'MARKETING',
      description: 'Naamsbekendheid',
      kpis: [{ name: 'Volgers', metric: 'FOLLOWERS', target: 1000 }],
    },
  ],
  tactics: [
    { description: 'Dagelijks posten', channels: ['INSTAGRAM'], measurementMethod: 'Maandelijks tellen' },
  ],
});

/**
 * Each library's path: training started somewhere in the last two years, achieved a few weeks later;
 * presence started after training and achieved months later (8 % lapse 120 days later, when their
 * measurements stopped); value networks after presence. Later steps only when they fall before now.
 */
const TIMELINE_SQL = `
CREATE TEMP TABLE bench_tl AS
WITH b AS (
  SELECT t.id AS tenant_id, s.n FROM generate_series(1, ${LIBRARIES}) s(n) JOIN tenants t ON t.slug = 'bench-' || s.n
), r AS (
  SELECT b.*, ${Array.from({ length: 14 }, (_, i) => `${U(i + 1)} AS u${i + 1}`).join(', ')} FROM b
), t1 AS (
  SELECT r.*, CASE WHEN u2 < 0.92 THEN now() - ${days('u1 * 730')} END AS t_start FROM r
), t2 AS (
  SELECT t1.*, CASE WHEN u4 < 0.85 AND t_start + ${days('5 + u3 * 55')} < now() THEN t_start + ${days('5 + u3 * 55')} END AS t_ach FROM t1
), p1 AS (
  SELECT t2.*, CASE WHEN u6 < 0.75 AND t_ach + ${days('u5 * 150')} < now() THEN t_ach + ${days('u5 * 150')} END AS p_start FROM t2
), p2 AS (
  SELECT p1.*, CASE WHEN u8 < 0.75 AND p_start + ${days('20 + u7 * 180')} < now() THEN p_start + ${days('20 + u7 * 180')} END AS p_ach FROM p1
), p3 AS (
  SELECT p2.*, CASE WHEN u13 < 0.08 AND p_ach + interval '120 days' < now() THEN p_ach + interval '120 days' END AS p_lapse FROM p2
), n1 AS (
  SELECT p3.*, CASE WHEN p_lapse IS NULL AND u10 < 0.45 AND p_ach + ${days('u9 * 200')} < now() THEN p_ach + ${days('u9 * 200')} END AS n_start FROM p3
)
SELECT n1.*, CASE WHEN u12 < 0.65 AND n_start + ${days('10 + u11 * 90')} < now() THEN n_start + ${days('10 + u11 * 90')} END AS n_ach,
       1 + (n % 2) AS channels
  FROM n1;
CREATE INDEX ON bench_tl (tenant_id);
ANALYZE bench_tl;`;

const GENERATE_SQL = `
INSERT INTO programme_trainings (tenant_id, status, submitted_at, reviewed_at, date, module, provider, staff_count)
SELECT tenant_id, CASE WHEN t_ach IS NULL THEN 'SUBMITTED' ELSE 'VERIFIED' END, t_start, t_ach, t_start::date,
       'Digitale visie', 'ProBiblio', 1 + n % 6
  FROM bench_tl WHERE t_start IS NOT NULL;

INSERT INTO programme_strategies (tenant_id, status, submitted_at, reviewed_at, version_no, steps, missing_steps)
SELECT tenant_id, CASE WHEN p_ach IS NULL THEN 'SUBMITTED' ELSE 'VERIFIED' END, p_start, p_ach, 1, '${STEPS}'::jsonb, '{}'
  FROM bench_tl WHERE p_start IS NOT NULL;

INSERT INTO programme_policies (tenant_id, status, submitted_at, reviewed_at, text, adopted_on)
SELECT tenant_id, CASE WHEN p_ach IS NULL THEN 'SUBMITTED' ELSE 'VERIFIED' END, p_start, p_ach, 'Gedragscode', p_start::date
  FROM bench_tl WHERE p_start IS NOT NULL;

INSERT INTO programme_channels (tenant_id, status, submitted_at, reviewed_at, channel, handle, active, active_since)
SELECT tenant_id, CASE WHEN p_ach IS NULL THEN 'SUBMITTED' ELSE 'VERIFIED' END, p_start, p_ach,
       (ARRAY['INSTAGRAM', 'FACEBOOK'])[c], '@bieb' || n, true, p_start::date
  FROM bench_tl, generate_series(1, channels) c WHERE p_start IS NOT NULL;

-- monthly measurements per channel from the start of presence work until now (until 30 days after
-- achieving it for the libraries whose presence lapsed)
INSERT INTO programme_kpi_measurements (tenant_id, status, submitted_at, reviewed_at, channel_id, measured_on,
                                        followers, posts, interactions, shares, website_visits)
SELECT tl.tenant_id, CASE WHEN tl.p_ach IS NULL THEN 'SUBMITTED' ELSE 'VERIFIED' END, m, CASE WHEN tl.p_ach IS NOT NULL THEN greatest(m, tl.p_ach) END,
       ch.id, m::date, f, 20 + (tl.n % 20), f / 14, f / 60, f / 30
  FROM bench_tl tl
  JOIN programme_channels ch ON ch.tenant_id = tl.tenant_id,
  LATERAL generate_series(tl.p_start, coalesce(tl.p_ach + interval '30 days' * (tl.p_lapse IS NOT NULL)::int + CASE WHEN tl.p_lapse IS NULL THEN now() - tl.p_ach ELSE interval '0' END, now()), interval '1 month') m,
  LATERAL (SELECT (400 + (tl.n % 3000) + extract(epoch FROM m - tl.p_start)::int / 86400 * 3)::int AS f) v
 WHERE tl.p_start IS NOT NULL;

INSERT INTO programme_networks (tenant_id, status, submitted_at, reviewed_at, name, theme, partners, member_count, activities, active, started_on)
SELECT tenant_id, CASE WHEN n_ach IS NULL THEN 'SUBMITTED' ELSE 'VERIFIED' END, n_start, n_ach, 'Netwerk ' || n, 'Leesbevordering',
       ARRAY['Gemeente', 'School'], 10 + n % 90, ARRAY['Bijeenkomst'], true, n_start::date
  FROM bench_tl WHERE n_start IS NOT NULL;

INSERT INTO phase_history (tenant_id, phase, from_status, to_status, changed_at, reason)
SELECT tenant_id, phase, from_status, to_status, at, reason FROM (
  SELECT tenant_id, 'TRAINED' AS phase, 'NOT_STARTED' AS from_status, 'IN_PROGRESS' AS to_status, t_start AS at, 'EVIDENCE' AS reason FROM bench_tl WHERE t_start IS NOT NULL
  UNION ALL SELECT tenant_id, 'TRAINED', 'IN_PROGRESS', 'ACHIEVED', t_ach, 'REVIEW' FROM bench_tl WHERE t_ach IS NOT NULL
  UNION ALL SELECT tenant_id, 'PROFESSIONALLY_PRESENT', 'NOT_STARTED', 'IN_PROGRESS', p_start, 'EVIDENCE' FROM bench_tl WHERE p_start IS NOT NULL
  UNION ALL SELECT tenant_id, 'PROFESSIONALLY_PRESENT', 'IN_PROGRESS', 'ACHIEVED', p_ach, 'REVIEW' FROM bench_tl WHERE p_ach IS NOT NULL
  UNION ALL SELECT tenant_id, 'PROFESSIONALLY_PRESENT', 'ACHIEVED', 'IN_PROGRESS', p_lapse, 'EXPIRY' FROM bench_tl WHERE p_lapse IS NOT NULL
  UNION ALL SELECT tenant_id, 'VALUE_NETWORKS', 'NOT_STARTED', 'IN_PROGRESS', n_start, 'EVIDENCE' FROM bench_tl WHERE n_start IS NOT NULL
  UNION ALL SELECT tenant_id, 'VALUE_NETWORKS', 'IN_PROGRESS', 'ACHIEVED', n_ach, 'REVIEW' FROM bench_tl WHERE n_ach IS NOT NULL
) h ORDER BY at;

-- the status rows exist already (the tenants trigger made them with province and active)
UPDATE phase_status ps SET
       trained = CASE WHEN t_ach IS NOT NULL THEN 'ACHIEVED' WHEN t_start IS NOT NULL THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
       trained_since = coalesce(t_ach, t_start),
       present = CASE WHEN p_lapse IS NOT NULL THEN 'IN_PROGRESS' WHEN p_ach IS NOT NULL THEN 'ACHIEVED' WHEN p_start IS NOT NULL THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
       present_since = coalesce(p_lapse, p_ach, p_start),
       networks = CASE WHEN n_ach IS NOT NULL THEN 'ACHIEVED' WHEN n_start IS NOT NULL THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
       networks_since = coalesce(n_ach, n_start),
       last_evidence_at = greatest(t_start, p_start, n_start)
  FROM bench_tl tl WHERE tl.tenant_id = ps.tenant_id;

-- what PhaseDerivationService keeps current: pending reviews, the presence window, the summed reach
UPDATE phase_status ps SET pending_reviews = x.pending FROM (
  SELECT tenant_id, count(*)::int AS pending FROM (
    SELECT tenant_id FROM programme_trainings WHERE status = 'SUBMITTED' UNION ALL
    SELECT tenant_id FROM programme_strategies WHERE status = 'SUBMITTED' UNION ALL
    SELECT tenant_id FROM programme_policies WHERE status = 'SUBMITTED' UNION ALL
    SELECT tenant_id FROM programme_channels WHERE status = 'SUBMITTED' UNION ALL
    SELECT tenant_id FROM programme_kpi_measurements WHERE status = 'SUBMITTED' UNION ALL
    SELECT tenant_id FROM programme_networks WHERE status = 'SUBMITTED') e GROUP BY tenant_id) x
 WHERE x.tenant_id = ps.tenant_id;
UPDATE phase_status ps SET present_valid_until = x.last + 90 FROM (
  SELECT tenant_id, max(measured_on) AS last FROM programme_kpi_measurements WHERE status = 'VERIFIED' GROUP BY tenant_id) x
 WHERE x.tenant_id = ps.tenant_id AND ps.present = 'ACHIEVED';
UPDATE phase_status ps SET reach_followers = x.f, reach_interactions = x.i, reach_shares = x.s, reach_website_visits = x.v FROM (
  SELECT tenant_id, sum(followers) AS f, sum(interactions) AS i, sum(shares) AS s, sum(website_visits) AS v FROM (
    SELECT DISTINCT ON (channel_id) tenant_id, followers, interactions, shares, website_visits
      FROM programme_kpi_measurements WHERE status = 'VERIFIED' ORDER BY channel_id, measured_on DESC) l GROUP BY tenant_id) x
 WHERE x.tenant_id = ps.tenant_id;
ANALYZE;`;

/**
 * Baseline: the statements the dashboard runs (counts per province, phase and status from the
 * phase_counts cache plus its unfolded log; the trend from the phase_trend cache plus the history since
 * its watermark), as plain SQL on a raw connection: no Nest, no GraphQL, no transaction and role set-up.
 */
const PLAIN_SQL = [
  `SELECT nullif(province, '') AS province, phase, status, sum(n)::int AS libraries
     FROM (SELECT province, phase, status, libraries AS n FROM phase_counts
           UNION ALL SELECT province, phase, status, delta FROM phase_count_log) c
    GROUP BY 1, 2, 3`,
  `WITH s AS (SELECT coalesce((SELECT history_id FROM phase_trend_state WHERE id = 1), 0) AS w)
   SELECT phase, bucket, sum(achieved)::int AS achieved, sum(in_progress)::int AS in_progress FROM (
     SELECT phase, bucket, achieved, in_progress FROM phase_trend WHERE granularity = 'MONTH'
     UNION ALL
     SELECT h.phase, date_trunc('month', h.changed_at AT TIME ZONE 'UTC')::date,
            (h.to_status = 'ACHIEVED')::int - (h.from_status = 'ACHIEVED')::int, (h.to_status = 'IN_PROGRESS')::int - (h.from_status = 'IN_PROGRESS')::int
       FROM phase_history h JOIN phase_status ps ON ps.tenant_id = h.tenant_id AND ps.active WHERE h.id > (SELECT w FROM s)
     UNION ALL
     SELECT h.phase, date_trunc('month', h.changed_at AT TIME ZONE 'UTC')::date,
            (h.from_status = 'ACHIEVED')::int - (h.to_status = 'ACHIEVED')::int, (h.from_status = 'IN_PROGRESS')::int - (h.to_status = 'IN_PROGRESS')::int
       FROM phase_status ps JOIN phase_history h ON h.tenant_id = ps.tenant_id WHERE NOT ps.active AND h.id <= (SELECT w FROM s)
   ) d GROUP BY 1, 2`,
];

/** The same numbers without the precomputed tables: tenants joined on every call, all history aggregated. */
const UNCACHED_SQL = [
  `SELECT t.province, count(*)::int AS libraries,
          count(*) FILTER (WHERE ps.trained = 'ACHIEVED')::int AS trained_a, count(*) FILTER (WHERE ps.trained = 'IN_PROGRESS')::int AS trained_p,
          count(*) FILTER (WHERE ps.present = 'ACHIEVED')::int AS present_a, count(*) FILTER (WHERE ps.present = 'IN_PROGRESS')::int AS present_p,
          count(*) FILTER (WHERE ps.networks = 'ACHIEVED')::int AS networks_a, count(*) FILTER (WHERE ps.networks = 'IN_PROGRESS')::int AS networks_p
     FROM tenants t LEFT JOIN phase_status ps ON ps.tenant_id = t.id WHERE t.kind = 'LIBRARY' AND t.active GROUP BY t.province`,
  `SELECT h.phase, date_trunc('month', h.changed_at AT TIME ZONE 'UTC') AS bucket,
          sum((h.to_status = 'ACHIEVED')::int - (h.from_status = 'ACHIEVED')::int)::int AS achieved,
          sum((h.to_status = 'IN_PROGRESS')::int - (h.from_status = 'IN_PROGRESS')::int)::int AS in_progress
     FROM phase_history h JOIN tenants t ON t.id = h.tenant_id AND t.kind = 'LIBRARY' AND t.active
    WHERE h.changed_at <= now() GROUP BY 1, 2`,
];

/** Without phase_status: today's achieved counts derived from the evidence on every call. */
const FROM_EVIDENCE_SQL = `
SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM programme_trainings x WHERE x.tenant_id = t.id AND x.status = 'VERIFIED' AND x.digital_vision))::int AS trained,
       count(*) FILTER (WHERE
          EXISTS (SELECT 1 FROM programme_strategies x WHERE x.tenant_id = t.id AND x.status = 'VERIFIED' AND cardinality(x.missing_steps) = 0)
      AND EXISTS (SELECT 1 FROM programme_policies x WHERE x.tenant_id = t.id AND x.status = 'VERIFIED')
      AND EXISTS (SELECT 1 FROM programme_channels x WHERE x.tenant_id = t.id AND x.status = 'VERIFIED' AND x.active)
      AND EXISTS (SELECT 1 FROM programme_kpi_measurements m JOIN programme_channels c ON c.id = m.channel_id AND c.active
                   WHERE m.tenant_id = t.id AND m.status = 'VERIFIED' AND m.measured_on >= current_date - 90))::int AS present,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM programme_networks x WHERE x.tenant_id = t.id AND x.status = 'VERIFIED' AND x.active))::int AS networks
  FROM tenants t WHERE t.kind = 'LIBRARY' AND t.active`;

const DASHBOARD_QUERY = `query { programmeDashboard(periods: 24, forecastPeriods: 6) {
  period { name targetDate } asOf libraryCount
  phases { phase target achieved inProgress notStarted percentOfTarget
           trend { periodStart achieved inProgress notStarted }
           forecast { pacePerPeriod forecastDate willMeetTarget summary } }
  provinces { province libraryCount phases { phase achieved inProgress notStarted } } } }`;
const LIBRARIES_QUERY = `query { programmeLibraries(first: 50, sort: PROFESSIONALLY_PRESENT, descending: true) {
  nodes { tenantId name province trained professionallyPresent valueNetworks pendingReviews lastActivityAt }
  pageInfo { hasNextPage endCursor } } }`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(label, fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    label,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((s, t) => s + t, 0) / times.length,
  };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-dashboard-'));
  chmodSync(dataDir, 0o755); // the embedded cluster runs as the postgres user when we are root
  const password = 'bench-superuser';
  const server = new EmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), superPassword: password });
  let app;
  let infra;
  const owner = { client: undefined };
  try {
    let started = performance.now();
    await server.start();
    await ensureOwnerDatabase(server.superuserUrl(), password, 'bench');
    const ownerUrl = `postgres://${OWNER_ROLE}:${password}@127.0.0.1:${server.port}/bench`;
    const env = {
      ...process.env,
      DATABASE_URL: ownerUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    };
    await promisify(execFile)(process.execPath, [CLI, 'migrate'], { env });
    log(`PostgreSQL started and migrated (${((performance.now() - started) / 1000).toFixed(1)} s)`);

    started = performance.now();
    owner.client = new pg.Client({ connectionString: ownerUrl, application_name: 'bench-dashboard' });
    await owner.client.connect();
    // Session-level on purpose: this connection is the bench's own, used for nothing else.
    await owner.client.query(
      `SELECT set_config('app.role', 'central', false), set_config('app.tenant_id', '', false)`,
    );
    await owner.client.query(
      `INSERT INTO tenants (kind, name, slug, province, city, channels, version, created_at)
       SELECT 'LIBRARY', 'Bibliotheek ' || n, 'bench-' || n, (ARRAY[${PROVINCES.map((p) => `'${p}'`).join(',')}])[1 + n % 12],
              'Plaats ' || (n % 400), '[]'::jsonb, 1, now() - interval '3 years'
         FROM generate_series(1, $1::int) n`,
      [LIBRARIES],
    );
    // A programme period with targets in proportion to 10,000 libraries, ending a year from now.
    await owner.client.query(
      `INSERT INTO programme_periods (name, starts_on, target_date, target_trained, target_present, target_networks)
       VALUES ('Bench', (now() - interval '2 years')::date, (now() + interval '1 year')::date, $1, $2, $3)`,
      [Math.round(LIBRARIES * 0.9), Math.round(LIBRARIES * 0.6), Math.round(LIBRARIES * 0.15)],
    );
    await owner.client.query(TIMELINE_SQL);
    await owner.client.query(GENERATE_SQL);
    const counts = async (table) =>
      (await owner.client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    const sizes = {};
    for (const table of [
      'tenants',
      'phase_status',
      'phase_history',
      'programme_trainings',
      'programme_channels',
      'programme_kpi_measurements',
      'programme_networks',
    ])
      sizes[table] = await counts(table);
    const span = (
      await owner.client.query(
        `SELECT min(changed_at)::date AS first, max(changed_at)::date AS last FROM phase_history`,
      )
    ).rows[0];
    log(
      `Generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(sizes)
        .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
        .join(', ')}`,
    );
    log(
      `Phase history from ${span.first.toISOString().slice(0, 10)} to ${span.last.toISOString().slice(0, 10)}`,
    );

    // The API, in-process, as in production: app role, row-level security, real modules.
    const config = loadConfig({ ...env, JOB_POLL_INTERVAL_MS: '0', DATABASE_POOL_SIZE: '10' });
    const logger = createLogger('warn');
    infra = await startInfrastructure(config, logger);
    app = await createHttpApp(AppModule.register(infra.config, logger), logger);
    await app.listen(0, '127.0.0.1');
    const port = app.getHttpServer().address().port;
    const central = await app
      .get(TenantService)
      .create(null, { name: 'Landelijk bureau', slug: 'landelijk', province: 'ZUID_HOLLAND' }, 'CENTRAL');
    const viewerPassword = 'bench viewer password 2026';
    const viewer = await app.get(UserService).create(null, {
      tenantId: central.id,
      email: 'viewer@bench.example',
      name: 'Bench',
      role: 'PROGRAMME_VIEWER',
      password: viewerPassword,
    });
    const actor = {
      kind: 'USER',
      id: viewer.id,
      tenantId: central.id,
      tenantKind: 'CENTRAL',
      role: 'PROGRAMME_VIEWER',
      scopes: [],
    };
    const post = async (body, token) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      const json = await res.json();
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const { login } = await post({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      variables: { e: 'viewer@bench.example', p: viewerPassword },
    });
    const token = login.accessToken;

    // What the 15-minute job does in production: fold the history and the count log into the caches.
    started = performance.now();
    await app.get(PhaseDerivationService).refreshCaches();
    log(`Caches refreshed (${(performance.now() - started).toFixed(0)} ms)`);

    // Sanity: the precomputed statuses agree with the evidence and with the dashboard.
    const service = app.get(DashboardService);
    const args = { granularity: TrendGranularity.MONTH, periods: 24, forecastPeriods: 6 };
    const dashboard = await service.dashboard(actor, args);
    const derived = (await owner.client.query(FROM_EVIDENCE_SQL)).rows[0];
    const precomputed = Object.fromEntries(dashboard.phases.map((p) => [p.phase, p.achieved]));
    const consistent =
      derived.trained === precomputed.TRAINED &&
      derived.present === precomputed.PROFESSIONALLY_PRESENT &&
      derived.networks === precomputed.VALUE_NETWORKS;
    log(
      `Libraries ${dashboard.libraryCount.toLocaleString('en')}; achieved: ${dashboard.phases.map((p) => `${p.phase} ${p.achieved} (in progress ${p.inProgress})`).join(', ')}`,
    );
    log(
      `Derived from evidence: TRAINED ${derived.trained}, PROFESSIONALLY_PRESENT ${derived.present}, VALUE_NETWORKS ${derived.networks} → ${consistent ? 'equal to phase_status' : 'DIFFERENT from phase_status'}`,
    );
    for (const p of dashboard.phases) log(`Forecast ${p.phase}: ${p.forecast.summary}`);
    log('');

    if (opts.explain) {
      for (const sql of [...PLAIN_SQL, ...UNCACHED_SQL, FROM_EVIDENCE_SQL]) {
        const plan = await owner.client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
        log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
        log('');
      }
    }

    const results = [];
    const run = (statements) => async () => {
      for (const sql of statements) await owner.client.query(sql);
    };
    results.push(await measure('baseline: the same SQL on a raw pg connection', run(PLAIN_SQL)));
    results.push(
      await measure('DashboardService.dashboard() in-process', () => service.dashboard(actor, args)),
    );
    results.push(
      await measure('GraphQL programmeDashboard over HTTP', () => post({ query: DASHBOARD_QUERY }, token)),
    );
    results.push(
      await measure('GraphQL programmeLibraries (50, by presence) over HTTP', () =>
        post({ query: LIBRARIES_QUERY }, token),
      ),
    );
    results.push(
      await measure('no caches: phase_status ⋈ tenants + all history (raw pg)', run(UNCACHED_SQL)),
    );
    results.push(
      await measure('no precompute: counts derived from evidence (raw pg)', run([FROM_EVIDENCE_SQL])),
    );

    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
    const base = results[0];
    const fmt = (n) => n.toFixed(2).padStart(8);
    log(
      `${LIBRARIES.toLocaleString('en')} libraries, ${RUNS} runs after ${WARMUP} warm-up, sequential, node ${process.version}, ` +
        `${availableParallelism()} CPUs, load average ${load} (1/5/15 min)`,
    );
    log(
      `${'query'.padEnd(58)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'mean ms'.padStart(8)} ${'p50 ×'.padStart(7)} ${'p99 ×'.padStart(7)}`,
    );
    for (const r of results)
      log(
        `${r.label.padEnd(58)} ${fmt(r.p50)} ${fmt(r.p99)} ${fmt(r.mean)} ${(r.p50 / base.p50).toFixed(1).padStart(7)} ${(r.p99 / base.p99).toFixed(1).padStart(7)}`,
      );
    const worst = Math.max(results[1].p99, results[2].p99);
    const at = new Date().toISOString();
    const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      join(resultsDir, `dashboard-${at.replace(/[:.]/g, '-')}.json`),
      JSON.stringify(
        { at, libraries: LIBRARIES, runs: RUNS, warmup: WARMUP, load: loadavg(), sizes, consistent, results },
        null,
        2,
      ),
    );
    log('');
    log(
      `Dashboard p99 ${worst.toFixed(1)} ms: ${worst < TARGET_P99_MS ? 'under' : 'OVER'} the ${TARGET_P99_MS} ms target.`,
    );
    if (!consistent) process.exitCode = 1; // a wrong count fails the run; a slow one is only reported
  } finally {
    await owner.client?.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await infra?.stop().catch(() => undefined);
    await server.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
