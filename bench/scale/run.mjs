#!/usr/bin/env node
// bench/scale: does the API scale out? The feed load of bench/feed against 1 and then 2 API processes
// (behind a local round-robin proxy, bench/scale/proxy.mjs) sharing one PostgreSQL; throughput of each
// and the ratio. Reuses bench/feed: harness.mjs (PostgreSQL, s3rver, migrations, children, /proc CPU),
// seed.mjs (the data) and load.mjs (the closed-loop generator and request mix). See bench/README.md.
//
//   npx nx run-many -t build     # the built API (apps/api/dist, libs/*/dist)
//   node bench/scale/run.mjs     # 50,000 posts, 170 libraries: a few minutes
//   node bench/scale/run.mjs --help
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  built,
  CLK_TCK,
  cleanUpOnExit,
  cleanup,
  cleanups,
  cpuDelta,
  cpuSnapshot,
  PgCpu,
  procStat,
  requireBuilt,
  ROOT,
  rssMb,
  sleep,
  startChild,
  startStack,
  waitFor,
} from '../feed/harness.mjs';
import { closedLoop, sessionFactory } from '../feed/load.mjs';
import { seed } from '../feed/seed.mjs';

const HERE = fileURLToPath(new URL('./', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');

const { values: opt } = parseArgs({
  options: {
    posts: { type: 'string', default: '50000' },
    libraries: { type: 'string', default: '170' },
    processes: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    'quiet-wait': { type: 'string', default: '0' },
    pool: { type: 'string', default: '10' },
    seed: { type: 'string', default: '20260101' },
    'timeout-minutes': { type: 'string', default: '30' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  process.stdout.write(
    'node bench/scale/run.mjs [--posts 50000] [--libraries 170] [--processes 2] [--connections 32]\n' +
      '  [--duration 20] [--warmup 5] [--rounds 3] [--quiet-wait S] [--pool 10 (per API process)] [--seed N]\n' +
      '  [--timeout-minutes 30] [--out file.json] [--keep (leave the temp dir and database)]\n' +
      'Starts --processes API processes on one database, then per round runs the bench/feed closed-loop\n' +
      'load through a round-robin proxy over the first 1, 2, … of them (rounds alternate, so drifting load\n' +
      'from other work on the machine hits every step alike); prints req/s per step, the median per\n' +
      'process count, the throughput ratio (median of the per-round ratios), CPU per component, and the\n' +
      'table and index sizes of the seeded database. --quiet-wait S waits up to S s for other processes\n' +
      'to leave the CPUs first.\n',
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
const PROCESSES = num('processes');
const CONNECTIONS = num('connections');
const DURATION = num('duration');
const WARMUP = num('warmup');
const ROUNDS = num('rounds');
const QUIET_WAIT = Number(opt['quiet-wait']);
const POOL = num('pool');

requireBuilt(
  ['apps/api/dist/main.js', 'apps/api/dist/cli.js', 'libs/api/core/dist/runtime/infrastructure.js'],
  'npx nx run-many -t build',
);
const { freePort } = await import(built('libs/api/core/dist/database/embedded-postgres.js'));
const log = (line) => process.stdout.write(line + '\n');
const runStarted = Date.now();
cleanUpOnExit('bench/scale', opt['timeout-minutes']);

async function main() {
  log(
    `bench/scale: ${POSTS.toLocaleString('en')} posts, ${LIBRARIES.toLocaleString('en')} libraries, 1..${PROCESSES} API processes`,
  );
  const stack = await startStack({ name: 'bench-scale', pool: POOL, keep: opt.keep, log });
  log(`  temp ${stack.tmp}`);
  let t0 = Date.now();
  log('  seeding:');
  const data = await seed(stack.ownerUrl, { posts: POSTS, libraries: LIBRARIES, log });
  log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const owner = new pg.Client({ connectionString: stack.ownerUrl, application_name: 'bench-control' });
  await owner.connect();
  cleanups.push(() => owner.end());
  await owner.query(`SELECT set_config('app.role', 'central', false)`);
  const sizes = await tableSizes(owner);

  /** Waits until no API statement is running any more (left over from an overloaded phase). */
  const settle = async () => {
    const end = Date.now() + 30_000;
    for (;;) {
      const { rows } = await owner.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND application_name = 'bibliohub-app'`,
      );
      if (!rows[0].n || Date.now() > end) return rows[0].n;
      await sleep(250);
    }
  };
  // Every measured step starts with all keys due for their last-used write, as in bench/feed.
  const resetKeys = () => owner.query('UPDATE api_keys SET last_used_at = NULL');
  const nextSessionFor = (salt) =>
    sessionFactory({ keys: data.keys, themeIds: data.themeIds, seed: Number(opt.seed) + salt });

  const apis = [];
  const startApi = async () => {
    t0 = Date.now();
    const port = await freePort();
    const n = apis.length + 1;
    const child = startChild(
      `api${n}`,
      [built('apps/api/dist/main.js')],
      { ...stack.env, PORT: String(port), HOST: '127.0.0.1' },
      join(stack.tmp, `api${n}.log`),
    );
    await waitFor(`http://127.0.0.1:${port}/health/ready`, child, 90);
    apis.push({ port, pid: child.pid, child });
    log(`  API ${n} on 127.0.0.1:${port}, pid ${child.pid} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };
  let proxy;
  const startProxy = async (upstreams) => {
    if (proxy) {
      proxy.child.expectedExit = true;
      proxy.child.kill('SIGTERM');
      await new Promise((r) => (proxy.child.exitCode !== null ? r() : proxy.child.once('exit', r)));
    }
    const port = await freePort();
    const child = startChild(
      'proxy',
      [join(HERE, 'proxy.mjs')],
      {
        PATH: process.env.PATH,
        PORT: String(port),
        UPSTREAMS: upstreams.map((a) => `127.0.0.1:${a.port}`).join(','),
      },
      join(stack.tmp, `proxy-${upstreams.length}.log`),
    );
    await waitFor(`http://127.0.0.1:${port}/__proxy/stats`, child, 10);
    proxy = { port, pid: child.pid, child, upstreams };
  };
  const proxyStats = async () => (await fetch(`http://127.0.0.1:${proxy.port}/__proxy/stats`)).json();

  /** One measured closed-loop phase through the current proxy, with CPU per component. */
  const measure = async (round, n) => {
    const before = await proxyStats();
    const pgCpu = new PgCpu(stack.postmaster);
    const pgSampler = setInterval(() => pgCpu.sample(), 500);
    let peakRss = 0;
    const rssSampler = setInterval(() => {
      peakRss = Math.max(peakRss, ...proxy.upstreams.map((a) => rssMb(a.pid)));
    }, 100);
    const pids = proxy.upstreams.map((a) => a.pid);
    const proxyTicks0 = procStat(proxy.pid)?.ticks ?? 0;
    const load = loadavg();
    const a = cpuSnapshot(pids, pgCpu);
    const r = await closedLoop({
      port: proxy.port,
      connections: CONNECTIONS,
      seconds: DURATION,
      nextSession: nextSessionFor(round),
    });
    const b = cpuSnapshot(pids, pgCpu);
    const proxyTicks = (procStat(proxy.pid)?.ticks ?? 0) - proxyTicks0;
    clearInterval(pgSampler);
    clearInterval(rssSampler);
    const after = await proxyStats();
    const cpu = cpuDelta(a, b, r.requests);
    const proxyCores = proxyTicks / CLK_TCK / ((b.at - a.at) / 1000);
    const step = {
      round,
      processes: n,
      ...r,
      // Requests the proxy sent to each process in the window (answers after the window included).
      perProcess: proxy.upstreams.map((u) => after[`127.0.0.1:${u.port}`] - before[`127.0.0.1:${u.port}`]),
      proxyErrors: after.errors - before.errors,
      peakRssMb: Math.round(peakRss),
      loadavgBefore: load,
      cpu: {
        ...cpu,
        proxyCores: Number(proxyCores.toFixed(2)),
        // cpuDelta counts the proxy as "other": take it out.
        otherCores: Number(Math.max(0, cpu.otherCores - proxyCores).toFixed(2)),
      },
    };
    const c = step.cpu;
    log(
      `  round ${round}, ${n} process${n > 1 ? 'es' : ''}: ${r.rps.toFixed(1)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms` +
        `  errors ${r.errors}/${r.requests}  split ${step.perProcess.join('/')}  CPU ms/req: API ${c.serverMsPerReq} PG ${c.pgMsPerReq}` +
        `  cores: API ${c.serverCores} PG ${c.pgCores} proxy ${c.proxyCores} loadgen ${c.loadgenCores} other ${c.otherCores}` +
        `; load avg ${load.map((l) => l.toFixed(1)).join(' ')}`,
    );
    if (r.sampleErrors.length) log(`    e.g. ${r.sampleErrors[0]}`);
    await settle();
    return step;
  };

  for (let n = 1; n <= PROCESSES; n++) await startApi();

  // Other work on the machine (builds, test suites) takes CPU from every step: measure it, optionally wait.
  const otherCores = async () => {
    const pgCpu = new PgCpu(stack.postmaster);
    const a = cpuSnapshot(
      apis.map((x) => x.pid),
      pgCpu,
    );
    await sleep(2000);
    return cpuDelta(
      a,
      cpuSnapshot(
        apis.map((x) => x.pid),
        pgCpu,
      ),
      1,
    ).otherCores;
  };
  const quietEnd = Date.now() + QUIET_WAIT * 1000;
  let other = await otherCores();
  while (other > 0.25 && Date.now() < quietEnd) {
    log(`  waiting for a quieter machine: other processes use ${other.toFixed(2)} cores`);
    await sleep(15_000);
    other = await otherCores();
  }
  log(
    `  other processes before the load: ${other.toFixed(2)} cores${other > 0.25 ? ' (figures below are depressed by them)' : ''}`,
  );

  const steps = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (let n = 1; n <= PROCESSES; n++) {
      // The proxy sends to the first n processes only; the others idle (their pools stay open).
      await startProxy(apis.slice(0, n));
      // Warm-up through the proxy: every process JITs, fills its pool and caches before it is measured.
      await closedLoop({
        port: proxy.port,
        connections: CONNECTIONS,
        seconds: WARMUP,
        nextSession: nextSessionFor(99),
      });
      const leftover = await settle();
      if (leftover) log(`    note: ${leftover} statements still running 30 s after the warm-up`);
      await resetKeys();
      steps.push(await measure(round, n));
    }
  }
  const median = (xs) => {
    const sorted = [...xs].sort((p, q) => p - q);
    const mid = sorted.length / 2;
    return Number.isInteger(mid) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[Math.floor(mid)];
  };
  const byCount = Array.from({ length: PROCESSES }, (_, i) => {
    const mine = steps.filter((st) => st.processes === i + 1);
    return {
      processes: i + 1,
      rps: median(mine.map((st) => st.rps)),
      apiMsPerReq: median(mine.map((st) => st.cpu.serverMsPerReq)),
      pgMsPerReq: median(mine.map((st) => st.cpu.pgMsPerReq)),
      otherCores: median(mine.map((st) => st.cpu.otherCores)),
    };
  });
  const base = byCount[0].rps;
  // Each round measures 1 and N processes back to back, so its ratio is the least disturbed by load
  // that drifts over minutes; the headline is the median of those.
  const roundRatios = Array.from({ length: ROUNDS }, (_, i) => {
    const mine = steps.filter((st) => st.round === i + 1);
    return mine.at(-1).rps / mine[0].rps;
  });
  const ratio = median(roundRatios);
  const lines = [
    '',
    `bench/scale — ${POSTS.toLocaleString('en')} published posts, ${LIBRARIES.toLocaleString('en')} libraries; ` +
      `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; ${new Date().toISOString()}`,
    `closed loop through the round-robin proxy: ${CONNECTIONS} connections × ${DURATION} s after ${WARMUP} s warm-up, ${ROUNDS} rounds; ` +
      `feed(first: 20), 1-4 pages per session; pool ${POOL} per process`,
    '',
    '| round | API processes | req/s | p50 ms | p99 ms | errors | requests per process | API CPU ms/req | PG CPU ms/req | API cores | PG cores | proxy cores | loadgen cores | other cores | load avg (1 min) |',
    '| ----: | ------------: | ----: | -----: | -----: | -----: | -------------------- | -------------: | ------------: | --------: | -------: | ----------: | ------------: | ----------: | ---------------: |',
    ...steps.map(
      (st) =>
        `| ${st.round} | ${st.processes} | ${st.rps.toFixed(1)} | ${st.p50.toFixed(1)} | ${st.p99.toFixed(1)} | ${st.errors} | ${st.perProcess.join(' / ')} | ` +
        `${st.cpu.serverMsPerReq} | ${st.cpu.pgMsPerReq} | ${st.cpu.serverCores} | ${st.cpu.pgCores} | ${st.cpu.proxyCores} | ${st.cpu.loadgenCores} | ${st.cpu.otherCores} | ${st.loadavgBefore[0].toFixed(1)} |`,
    ),
    '',
    ...byCount.map(
      (c) =>
        `${c.processes} process${c.processes > 1 ? 'es' : ''}: median ${c.rps.toFixed(1)} req/s (×${(c.rps / base).toFixed(2)}), ` +
        `CPU per request API ${c.apiMsPerReq} ms + PostgreSQL ${c.pgMsPerReq} ms, other processes ${c.otherCores} cores`,
    ),
    `throughput ratio ${PROCESSES} processes / 1 process: ${ratio.toFixed(2)} (median of the rounds: ${roundRatios.map((x) => x.toFixed(2)).join(', ')})`,
    '',
    'Seeded database (table = heap + TOAST; rows = pg_class.reltuples after VACUUM ANALYZE):',
    '',
    '| table | rows | table MB | indexes MB |',
    '| ----- | ---: | -------: | ---------: |',
    ...sizes.filter((t) => t.rows > 0).map((t) => `| ${t.table} | ${t.rows} | ${t.tableMb} | ${t.indexMb} |`),
    '(tables without rows left out; all of them are in the JSON file)',
    '',
    `total run time ${((Date.now() - runStarted) / 1000).toFixed(0)} s`,
  ];
  log(lines.join('\n'));
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
      processes: PROCESSES,
      connections: CONNECTIONS,
      duration: DURATION,
      warmup: WARMUP,
      rounds: ROUNDS,
      pool: POOL,
      seed: Number(opt.seed),
    },
    otherCoresBeforeLoad: other,
    steps,
    byCount,
    ratio,
    roundRatios,
    sizes,
  };
  const outFile = opt.out ?? join(RESULTS, `scale-${POSTS}-${LIBRARIES}.json`);
  mkdirSync(join(outFile, '..'), { recursive: true });
  let text = JSON.stringify(summary, null, 2) + '\n';
  try {
    // As bench/feed: write the file the way the repository's prettier would.
    const prettier = await import('prettier');
    text = await prettier.format(text, { ...(await prettier.resolveConfig(outFile)), parser: 'json' });
  } catch {
    // prettier is a dev dependency; without it the plain JSON is fine
  }
  writeFileSync(outFile, text);
  log(`results written to ${outFile}`);
}

/** Rows and sizes of every table in schema public, largest first. */
async function tableSizes(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS table, greatest(c.reltuples, 0)::bigint AS rows,
            round((pg_table_size(c.oid) / 1048576.0)::numeric, 1) AS table_mb,
            round((pg_indexes_size(c.oid) / 1048576.0)::numeric, 1) AS index_mb
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      ORDER BY pg_total_relation_size(c.oid) DESC`,
  );
  return rows.map((r) => ({
    table: r.table,
    rows: Number(r.rows),
    tableMb: Number(r.table_mb),
    indexMb: Number(r.index_mb),
  }));
}

let code = 0;
try {
  await main();
} catch (error) {
  process.stderr.write(`bench/scale failed: ${error.stack ?? error}\n`);
  code = 1;
}
await cleanup();
process.exit(code);
