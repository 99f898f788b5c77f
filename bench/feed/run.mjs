#!/usr/bin/env node
// bench/feed: the GraphQL `feed` of the real API against a minimal node:http + pg server running the
// same SQL, in the same run, on the same data. See bench/README.md (## bench/feed).
//
//   npx nx run-many -t build -p @bibliohub/api @bibliohub/api-core @bibliohub/api-identity \
//     @bibliohub/api-content @bibliohub/api-feed @bibliohub/contracts
//   node bench/feed/run.mjs                                   # 200,000 posts, 170 libraries
//   node bench/feed/run.mjs --posts 1000000 --libraries 10000 # the large option
//
// Uses the built packages only (libs/*/dist, apps/api/dist). Starts its own embedded PostgreSQL in a temp
// dir (or uses DATABASE_URL: an owner role with CREATEROLE on a scratch database), migrates with the
// built CLI, seeds set-based, starts the API (NODE_ENV=production, S3 = an s3rver started here) and the
// raw server as child processes on 127.0.0.1, drives both, prints the table and cleans everything up.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { closedLoop, openLoop, send, sessionFactory } from './load.mjs';
import { seed } from './seed.mjs';
import {
  built,
  cleanUpOnExit,
  cleanup,
  cleanups,
  CLK_TCK,
  cpuDelta,
  cpuSnapshot,
  hwmMb,
  PgCpu,
  procStat,
  requireBuilt,
  ROOT,
  rssMb,
  sleep,
  startChild,
  startStack,
  waitFor,
} from './harness.mjs';

const HERE = fileURLToPath(new URL('./', import.meta.url));
/** Raw figures, like the other benches: bench/results/ (ignored by git). */
const RESULTS = join(ROOT, 'bench', 'results');

const { values: opt } = parseArgs({
  options: {
    posts: { type: 'string', default: '200000' },
    libraries: { type: 'string', default: '170' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    rate: { type: 'string', default: '200' },
    'open-duration': { type: 'string', default: '20' },
    pool: { type: 'string', default: '10' },
    seed: { type: 'string', default: '20260101' },
    'timeout-minutes': { type: 'string', default: '30' },
    out: { type: 'string' },
    compare: { type: 'string' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'quiet-wait': { type: 'string', default: '0' },
    'in-process': { type: 'boolean', default: false },
    'api-node-options': { type: 'string', default: '' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  process.stdout.write(
    'node bench/feed/run.mjs [--posts 200000] [--libraries 170] [--connections 32] [--duration 20] [--warmup 5]\n' +
      '  [--rate 200] [--open-duration 20] [--pool 10] [--seed N] [--timeout-minutes 30] [--out file.json]\n' +
      '  [--compare earlier.json] [--keep (leave the temp dir and database)]\n' +
      '  [--profile (run the API with --cpu-prof and summarise where its CPU time went)]\n' +
      '  [--quiet-wait S (wait up to S seconds for other processes to leave the CPUs before measuring)]\n' +
      '  [--in-process (also time ApiKeyService.verify + FeedService.feed in this process against the raw path)]\n' +
      "  [--api-node-options=--trace-gc (extra node flags for the API only; both servers run with the Helm chart's nodeOptions)]\n",
  );
  process.exit(0);
}
const num = (name) => {
  const n = Number(opt[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const POSTS = num('posts');
const LIBRARIES = num('libraries');
const CONNECTIONS = num('connections');
const DURATION = num('duration');
const WARMUP = num('warmup');
const RATE = num('rate');
const OPEN_DURATION = num('open-duration');
const POOL = num('pool');

requireBuilt(
  [
    'apps/api/dist/main.js',
    'apps/api/dist/cli.js',
    'libs/api/feed/dist/feed.sql.js',
    'libs/api/core/dist/runtime/infrastructure.js',
    'libs/shared/contracts/dist/index.js',
  ],
  'see the header of bench/feed/run.mjs',
);
const { freePort } = await import(built('libs/api/core/dist/database/embedded-postgres.js'));

const log = (line) => process.stdout.write(line + '\n');
const runStarted = Date.now();
cleanUpOnExit('bench/feed', opt['timeout-minutes']);

// ---------------------------------------------------------------- main
async function main() {
  log(`bench/feed: ${POSTS.toLocaleString('en')} posts, ${LIBRARIES.toLocaleString('en')} libraries`);
  // 1-2. database, s3rver, migrations (harness.mjs)
  const { tmp, ownerUrl, superuserUrl, postmaster, env, appPassword } = await startStack({
    name: 'bench-feed',
    pool: POOL,
    keep: opt.keep,
    log,
  });
  log(`  temp ${tmp}`);
  if (opt.keep) writeFileSync(join(tmp, 'owner-url.txt'), ownerUrl + '\n', { mode: 0o600 });

  // 3. data
  let t0 = Date.now();
  log('  seeding:');
  const data = await seed(ownerUrl, { posts: POSTS, libraries: LIBRARIES, log });
  const seedSeconds = (Date.now() - t0) / 1000;
  log(`  seeded in ${seedSeconds.toFixed(1)} s`);
  const owner = new pg.Client({ connectionString: ownerUrl, application_name: 'bench-control' });
  await owner.connect();
  cleanups.push(() => owner.end());
  await owner.query(`SELECT set_config('app.role', 'central', false)`);
  const admin = superuserUrl
    ? new pg.Client({ connectionString: superuserUrl, application_name: 'bench-control' })
    : owner;
  if (admin !== owner) {
    await admin.connect();
    cleanups.push(() => admin.end());
  }
  if (superuserUrl) await admin.query('CHECKPOINT');
  /** Waits until no statement of either server is still running (left over from an overloaded phase). */
  const settle = async () => {
    const end = Date.now() + 30_000;
    for (;;) {
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND application_name IN ('bibliohub-app', 'bench-raw')`,
      );
      if (!rows[0].n || Date.now() > end) return rows[0].n;
      await sleep(250);
    }
  };
  const resetKeys = () => owner.query('UPDATE api_keys SET last_used_at = NULL');

  // 4. servers
  t0 = Date.now();
  const apiPort = await freePort();
  const profDir = join(tmp, 'prof');
  const apiSpawnedAt = Date.now();
  const api = startChild(
    'api',
    [
      ...(opt['api-node-options'] ? opt['api-node-options'].split(/\s+/) : []),
      ...(opt.profile ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []),
      built('apps/api/dist/main.js'),
    ],
    { ...env, PORT: String(apiPort), HOST: '127.0.0.1' },
    join(tmp, 'api.log'),
  );
  await waitFor(`http://127.0.0.1:${apiPort}/health/ready`, api, 90);
  log(
    `  API (NODE_ENV=production, pool ${POOL}) on 127.0.0.1:${apiPort}, pid ${api.pid} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const appUrl = new URL(ownerUrl);
  appUrl.username = 'bibliohub_app';
  appUrl.password = appPassword;
  const rawPort = await freePort();
  const raw = startChild(
    'raw',
    [join(HERE, 'raw-server.mjs')],
    {
      PATH: process.env.PATH,
      NODE_OPTIONS: env.NODE_OPTIONS, // the same GC settings as the API
      RAW_DATABASE_URL: appUrl.toString(),
      PORT: String(rawPort),
      POOL_SIZE: String(POOL),
      NODE_ENV: 'production',
    },
    join(tmp, 'raw.log'),
  );
  await waitFor(`http://127.0.0.1:${rawPort}/health`, raw, 30);
  log(`  raw server (node:http + pg, pool ${POOL}) on 127.0.0.1:${rawPort}, pid ${raw.pid}`);
  const servers = [
    { name: 'framework', label: 'API (Nest + Apollo + TypeORM)', port: apiPort, pid: api.pid, peak: 0 },
    { name: 'raw', label: 'raw node:http + pg', port: rawPort, pid: raw.pid, peak: 0 },
  ];

  // 5. same answers? (syncCursor holds a snapshot horizon and a clock, so it is left out). Bounded: 40
  // requests or 60 s. An error answer is recorded (e.g. a statement timeout) but only a difference fails the run.
  const verify = sessionFactory({ keys: data.keys, themeIds: data.themeIds, seed: 7 });
  let compared = 0;
  let items = 0;
  const verifyErrors = [];
  const verifyEnd = Date.now() + 60_000;
  const verifyTimes = { framework: [], raw: [] };
  outer: for (let i = 0; i < 40 && compared < 40 && Date.now() < verifyEnd; i++) {
    const s = verify();
    while (s.pagesLeft-- > 0) {
      if (Date.now() > verifyEnd) break outer;
      const [a, b] = await Promise.all(
        servers.map(async (srv) => {
          const t = performance.now();
          const r = await send(undefined, srv.port, s, 30_000);
          verifyTimes[srv.name].push(performance.now() - t);
          return r;
        }),
      );
      const bad = [a, b].find((r) => r.status !== 200 || !r.body.startsWith('{"data":{"feed":'));
      if (bad) {
        verifyErrors.push(`${a.status}/${b.status}: ${(bad.body || '').slice(0, 200)}`);
        break;
      }
      const [x, y] = [JSON.parse(a.body), JSON.parse(b.body)];
      delete x.data.feed.syncCursor;
      delete y.data.feed.syncCursor;
      if (JSON.stringify(x) !== JSON.stringify(y)) {
        writeFileSync(
          join(tmp, 'mismatch.json'),
          JSON.stringify({ variables: s.variables, api: x, raw: y }, null, 2),
        );
        throw new Error(
          `verification: the two servers answered differently for ${JSON.stringify(s.variables)} (see ${tmp}/mismatch.json; use --keep)`,
        );
      }
      if (a.body.includes('{{')) throw new Error('verification: a raw {{placeholder}} reached the output');
      compared++;
      items += x.data.feed.nodes.length;
      if (!x.data.feed.pageInfo.hasNextPage) break;
      s.variables = { ...s.variables, after: x.data.feed.pageInfo.endCursor };
    }
  }
  const med = (a) => (a.length ? [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)] : NaN);
  log(
    `  verified: identical answers for ${compared} requests (${items} items, no raw placeholders); ` +
      `unloaded latency median framework ${med(verifyTimes.framework).toFixed(1)} ms, raw ${med(verifyTimes.raw).toFixed(1)} ms` +
      (verifyErrors.length ? `; ${verifyErrors.length} error answers, e.g. ${verifyErrors[0]}` : ''),
  );
  if (!compared)
    throw new Error(`verification: no request answered by both servers (${verifyErrors[0] ?? 'time limit'})`);
  await settle();

  // 6. load
  const sampler = setInterval(() => {
    for (const s of servers) s.peak = Math.max(s.peak, rssMb(s.pid));
  }, 50);
  cleanups.push(() => clearInterval(sampler));
  const results = { closed: {}, open: {} };
  const nextSessionFor = (salt) =>
    sessionFactory({ keys: data.keys, themeIds: data.themeIds, seed: Number(opt.seed) + salt });
  const measure = async (kind, srv, fn) => {
    await closedLoop({
      port: srv.port,
      connections: CONNECTIONS,
      seconds: WARMUP,
      nextSession: nextSessionFor(99),
    });
    await settle();
    await resetKeys(); // every measured phase starts with all keys due for their last-used write
    srv.peakPhase = 0;
    const phaseSampler = setInterval(() => (srv.peakPhase = Math.max(srv.peakPhase, rssMb(srv.pid))), 50);
    const pgCpu = new PgCpu(postmaster);
    const pgSampler = setInterval(() => pgCpu.sample(), 500);
    const before = cpuSnapshot(srv.pid, pgCpu);
    const load = loadavg()[0];
    const window = [Date.now()];
    const r = await fn();
    window.push(Date.now());
    const after = cpuSnapshot(srv.pid, pgCpu);
    if (kind === 'closed') srv.window = window;
    clearInterval(phaseSampler);
    clearInterval(pgSampler);
    r.cpu = cpuDelta(before, after, r.requests);
    r.peakRssMb = Math.round(srv.peakPhase);
    r.loadavgBefore = load;
    results[kind][srv.name] = r;
    const leftover = await settle();
    if (leftover) log(`    note: ${leftover} statements still running 30 s after the phase`);
    const c = r.cpu;
    log(
      `  ${kind.padEnd(6)} ${srv.name.padEnd(9)} ${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ` +
        `errors ${r.errors}  RSS ${r.peakRssMb} MB  cpu ms/req: server ${c.serverMsPerReq} pg ${c.pgMsPerReq} loadgen ${c.loadgenMsPerReq}; other ${c.otherCores} cores`,
    );
    if (r.sampleErrors.length) log(`    e.g. ${r.sampleErrors[0]}`);
  };
  // Other work on the machine (builds, test suites) skews every figure: measure it, optionally wait for quiet.
  const otherCores = async () => {
    const pgCpu = new PgCpu(postmaster);
    const a = cpuSnapshot(api.pid, pgCpu);
    const r0 = procStat(raw.pid)?.ticks ?? 0;
    await sleep(2000);
    const b = cpuSnapshot(api.pid, pgCpu);
    const r1 = procStat(raw.pid)?.ticks ?? 0;
    return Math.max(0, cpuDelta(a, b, 1).otherCores - (r1 - r0) / CLK_TCK / 2);
  };
  const quietEnd = Date.now() + Number(opt['quiet-wait']) * 1000;
  let other = await otherCores();
  while (other > 0.25 && Date.now() < quietEnd) {
    log(`  waiting for a quieter machine: other processes use ${other.toFixed(2)} cores`);
    await sleep(15_000);
    other = await otherCores();
  }
  log(
    `  other processes before the load: ${other.toFixed(2)} cores${other > 0.25 ? ' — figures below are skewed by them' : ''}`,
  );
  const quietBefore = other;
  log(
    `  load: closed loop ${CONNECTIONS} connections × ${DURATION} s, open loop ${RATE} req/s × ${OPEN_DURATION} s, warm-up ${WARMUP} s each`,
  );
  for (const srv of servers)
    await measure('closed', srv, () =>
      closedLoop({
        port: srv.port,
        connections: CONNECTIONS,
        seconds: DURATION,
        nextSession: nextSessionFor(1),
      }),
    );
  for (const srv of servers)
    await measure('open', srv, () =>
      openLoop({ port: srv.port, rate: RATE, seconds: OPEN_DURATION, nextSession: nextSessionFor(2) }),
    );
  clearInterval(sampler);
  for (const s of servers) s.hwm = hwmMb(s.pid);
  let profile;
  if (opt.profile) {
    // The profile is written when the API exits: stop it gracefully, then summarise.
    const exited = new Promise((r) => api.once('exit', r));
    api.expectedExit = true;
    api.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    const { summariseProfile } = await import('./profile-summary.mjs');
    const fw = servers[0].window.map((t) => (t - apiSpawnedAt) / 1000);
    profile = summariseProfile(profDir, fw);
    log(profile.text);
  }

  let inproc;
  if (opt['in-process']) {
    const { inProcess } = await import('./in-process.mjs');
    inproc = await inProcess({
      root: ROOT,
      env,
      appUrl: appUrl.toString(),
      pool: POOL,
      keys: data.keys,
      themeIds: data.themeIds,
      seconds: 10,
      concurrency: CONNECTIONS,
      seed: Number(opt.seed),
      beforeEach: resetKeys,
      log,
    });
  }

  // 7. report
  const fw = results.closed.framework;
  const rw = results.closed.raw;
  const ratio = rw.rps > 0 ? fw.rps / rw.rps : NaN;
  const closedErrorRate = (fw.errors + rw.errors) / Math.max(1, fw.requests + rw.requests);
  const openP99 = results.open.framework.p99;
  const row = (name) => {
    const c = results.closed[name];
    const o = results.open[name];
    const s = servers.find((x) => x.name === name);
    return `| ${name.padEnd(9)} | ${c.rps.toFixed(0).padStart(6)} | ${c.p50.toFixed(1).padStart(6)} | ${c.p99.toFixed(1).padStart(6)} | ${o.rps.toFixed(0).padStart(6)} | ${o.p50.toFixed(1).padStart(6)} | ${o.p99.toFixed(1).padStart(6)} | ${String(Math.round(s.peak)).padStart(8)} | ${c.cpu.serverMsPerReq.toFixed(2).padStart(6)} | ${c.cpu.pgMsPerReq.toFixed(2).padStart(6)} | ${String(c.errors + o.errors).padStart(6)} |`;
  };
  const lines = [
    '',
    `bench/feed — ${POSTS.toLocaleString('en')} published posts, ${LIBRARIES.toLocaleString('en')} libraries, ${data.themeIds.length} themes; ` +
      `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; ${new Date().toISOString()}`,
    `closed loop: ${CONNECTIONS} connections, ${DURATION} s; open loop: ${RATE} req/s offered, ${OPEN_DURATION} s (latency from the scheduled send); feed(first: 20), 1-4 pages per session`,
    '',
    '| server    | closed req/s | p50 ms | p99 ms | open req/s | p50 ms | p99 ms | peak RSS MB | srv CPU ms/req | PG CPU ms/req | errors |',
    '|-----------|-------:|-------:|-------:|-------:|-------:|-------:|---------:|-------:|-------:|-------:|',
    row('framework'),
    row('raw'),
    '',
    `throughput ratio framework/raw (closed loop): ${Number.isNaN(ratio) ? 'n/a (the raw server answered nothing)' : ratio.toFixed(2)}  — target ≥ 0.6: ${ratio >= 0.6 ? 'MET' : 'MISSED'}` +
      (closedErrorRate > 0.01
        ? ` (but not meaningful: ${(closedErrorRate * 100).toFixed(0)} % of the closed-loop answers were errors, both servers are bound by PostgreSQL)`
        : ''),
    `errors: framework ${fw.errors + results.open.framework.errors}, raw ${rw.errors + results.open.raw.errors} (latency percentiles include error answers; an open-loop request unanswered after the drain counts at the drain limit)`,
    `framework open-loop p99 at ${RATE} req/s: ${openP99.toFixed(1)} ms  — target < 50 ms: ${openP99 < 50 ? 'MET' : 'MISSED'}`,
  ];
  const summary = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      memGiB: Math.round(totalmem() / 2 ** 30),
      cpu: cpus()[0]?.model,
      node: process.version,
    },
    params: {
      posts: POSTS,
      libraries: LIBRARIES,
      themes: data.themeIds.length,
      connections: CONNECTIONS,
      duration: DURATION,
      warmup: WARMUP,
      rate: RATE,
      openDuration: OPEN_DURATION,
      pool: POOL,
      seed: Number(opt.seed),
    },
    seedSeconds,
    subscriptions: data.subscriptions,
    apiNodeOptions: opt['api-node-options'] || undefined,
    otherCoresBeforeLoad: quietBefore,
    verifiedRequests: compared,
    verifyErrors: verifyErrors.slice(0, 3),
    unloadedMedianMs: { framework: med(verifyTimes.framework), raw: med(verifyTimes.raw) },
    profile: profile?.groups,
    inProcess: inproc,
    peakRssMb: Object.fromEntries(servers.map((s) => [s.name, Math.round(s.peak)])),
    lifetimePeakRssMb: Object.fromEntries(servers.map((s) => [s.name, Math.round(s.hwm)])),
    results,
    ratio,
    targets: { ratio: ratio >= 0.6, openP99: openP99 < 50 },
  };
  const compareFile = opt.compare ?? (POSTS > 200_000 ? join(RESULTS, 'feed-200000-170.json') : undefined);
  if (compareFile && existsSync(compareFile)) {
    const base = JSON.parse(readFileSync(compareFile, 'utf8'));
    const b = base.results;
    const factors = {
      closedRps: b.closed.framework.rps / fw.rps,
      closedP50: fw.p50 / b.closed.framework.p50,
      closedP99: fw.p99 / b.closed.framework.p99,
      openP50: results.open.framework.p50 / b.open.framework.p50,
      openP99: openP99 / b.open.framework.p99,
    };
    const worst = Math.max(...Object.values(factors));
    summary.comparedWith = {
      file: compareFile,
      posts: base.params.posts,
      libraries: base.params.libraries,
      factors,
      worst,
      met: worst <= 1.25,
    };
    lines.push(
      `framework vs ${base.params.posts.toLocaleString('en')} posts / ${base.params.libraries} libraries (${base.date.slice(0, 10)}): ` +
        Object.entries(factors)
          .map(([k, v]) => `${k} ×${v.toFixed(2)}`)
          .join(', ') +
        ` — target within 1.25×: ${worst <= 1.25 ? 'MET' : 'MISSED'} (worst ×${worst.toFixed(2)})`,
    );
  }
  if (inproc) {
    const api = results.closed.framework.cpu.serverMsPerReq;
    const rawHttp = results.closed.raw.cpu.serverMsPerReq;
    lines.push(
      `CPU per request in Node (closed loop / in-process at ${CONNECTIONS} concurrent): API over HTTP ${api.toFixed(2)} ms, ` +
        `ApiKeyService+FeedService in-process ${inproc.service.cpuMsPerCall.toFixed(2)} ms, raw path in-process ${inproc.raw.cpuMsPerCall.toFixed(2)} ms, raw over HTTP ${rawHttp.toFixed(2)} ms` +
        ` → HTTP+Nest+Apollo/GraphQL ≈ ${(api - inproc.service.cpuMsPerCall).toFixed(2)} ms, TypeORM+service vs raw ≈ ${(inproc.service.cpuMsPerCall - inproc.raw.cpuMsPerCall).toFixed(2)} ms, node:http ≈ ${(rawHttp - inproc.raw.cpuMsPerCall).toFixed(2)} ms`,
    );
  }
  lines.push(`total run time ${((Date.now() - runStarted) / 1000).toFixed(0)} s`);
  log(lines.join('\n'));
  const outFile = opt.out ?? join(RESULTS, `feed-${POSTS}-${LIBRARIES}.json`);
  mkdirSync(join(outFile, '..'), { recursive: true });
  let text = JSON.stringify(summary, null, 2) + '\n';
  try {
    // The repository's `prettier --check .` covers bench/: write the file the way prettier would.
    const prettier = await import('prettier');
    text = await prettier.format(text, { ...(await prettier.resolveConfig(outFile)), parser: 'json' });
  } catch {
    // prettier is a dev dependency; without it the plain JSON is fine
  }
  writeFileSync(outFile, text);
  log(`results written to ${outFile}`);
}

let code = 0;
try {
  await main();
} catch (error) {
  process.stderr.write(`bench/feed failed: ${error.stack ?? error}\n`);
  code = 1;
}
await cleanup();
process.exit(code);
