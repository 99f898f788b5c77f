// Process plumbing shared by bench/feed/run.mjs and bench/scale/run.mjs: cleanup on exit and on signals,
// /proc CPU and memory sampling, child processes with their logs, and the stack the API runs against
// (embedded PostgreSQL or DATABASE_URL, an s3rver, migrations with the built CLI). Built packages only.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import YAML from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const built = (p) => join(ROOT, p);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Exits with 2 and a hint when a built file the bench needs is missing. */
export function requireBuilt(files, hint) {
  for (const f of files) {
    if (!existsSync(built(f))) {
      process.stderr.write(`${f} is missing: build first (${hint})\n`);
      process.exit(2);
    }
  }
}

// ---------------------------------------------------------------- cleanup, bounded run time
/** Undone in reverse order by cleanup(): children, clients, servers, the temp dir. */
export const cleanups = [];
let cleaning;
export function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        process.stderr.write(`cleanup: ${error.message}\n`);
      }
    }
  })();
  return cleaning;
}
export const isCleaning = () => cleaning !== undefined;

/** Cleans up on Ctrl+C/SIGTERM (exit 130) and after `timeoutMinutes` without a result (exit 3). */
export function cleanUpOnExit(name, timeoutMinutes) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: cleaning up\n`);
      cleanup().finally(() => process.exit(130));
    });
  }
  const watchdog = setTimeout(
    () => {
      process.stderr.write(`${name}: no result after ${timeoutMinutes} minutes; stopping\n`);
      cleanup().finally(() => process.exit(3));
    },
    Number(timeoutMinutes) * 60_000,
  );
  watchdog.unref();
}

// ---------------------------------------------------------------- /proc sampling
export const CLK_TCK = 100;
export function procStat(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return undefined;
  }
}
export function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
export function hwmMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
/**
 * CPU ticks of the postmaster and its children (the backends serving us). Backends come and go (pool
 * idle timeouts, shed connections), so the tracker samples them and keeps each pid's last value.
 */
function pgProcesses(postmaster) {
  const out = new Map();
  if (!postmaster) return out;
  const own = procStat(postmaster);
  if (own) out.set(postmaster, own.ticks);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = procStat(name);
    if (st?.ppid === postmaster) out.set(Number(name), st.ticks);
  }
  return out;
}
export class PgCpu {
  constructor(postmaster) {
    this.postmaster = postmaster;
    this.start = pgProcesses(postmaster);
    this.last = new Map(this.start);
  }
  sample() {
    for (const [pid, ticks] of pgProcesses(this.postmaster)) this.last.set(pid, ticks);
  }
  ticks() {
    this.sample();
    let sum = 0;
    for (const [pid, ticks] of this.last) sum += ticks - (this.start.get(pid) ?? 0);
    return sum;
  }
}
export function machineTicks() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}
/** `serverPid`: one pid or several (their ticks are added up). */
export function cpuSnapshot(serverPid, pgCpu) {
  const usage = process.cpuUsage();
  const pids = Array.isArray(serverPid) ? serverPid : [serverPid];
  return {
    at: Date.now(),
    server: pids.reduce((sum, pid) => sum + (procStat(pid)?.ticks ?? 0), 0),
    pg: pgCpu.ticks(),
    loadgen: (usage.user + usage.system) / 1e4, // µs -> ticks
    machine: machineTicks(),
  };
}
export function cpuDelta(a, b, requests) {
  const perReq = (ticks) => ((ticks * 1000) / CLK_TCK / Math.max(1, requests)).toFixed(2);
  const seconds = (b.at - a.at) / 1000;
  const cores = (ticks) => ticks / CLK_TCK / seconds;
  const busy = b.machine.busy - a.machine.busy;
  const known = b.server - a.server + (b.pg - a.pg) + (b.loadgen - a.loadgen);
  return {
    serverMsPerReq: Number(perReq(b.server - a.server)),
    pgMsPerReq: Number(perReq(b.pg - a.pg)),
    loadgenMsPerReq: Number(perReq(b.loadgen - a.loadgen)),
    serverCores: Number(cores(b.server - a.server).toFixed(2)),
    pgCores: Number(cores(b.pg - a.pg).toFixed(2)),
    loadgenCores: Number(cores(b.loadgen - a.loadgen).toFixed(2)),
    otherCores: Number(Math.max(0, cores(busy - known)).toFixed(2)),
    machineBusy: Number(((busy / (b.machine.total - a.machine.total)) * 100).toFixed(0)),
  };
}

// ---------------------------------------------------------------- children
export function startChild(name, args, env, logFile) {
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.logFile = logFile;
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    if (await Promise.race([exited.then(() => true), sleep(8000).then(() => false)])) return;
    child.kill('SIGKILL');
    await exited;
  });
  child.once('exit', (code, signal) => {
    if (!cleaning && !child.expectedExit)
      process.stderr.write(`${name} exited (${code ?? signal}); log: ${logFile}\n`);
  });
  return child;
}
export const tail = (file) => {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
};
export async function waitFor(url, child, seconds) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`process exited during start:\n${tail(child.logFile)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not yet
    }
    await sleep(200);
  }
  throw new Error(`${url} not ready after ${seconds} s:\n${tail(child.logFile)}`);
}

/** The node flags production runs the API with (the Helm chart's `nodeOptions`), so benches measure the same. */
export function productionNodeOptions() {
  const values = YAML.parse(readFileSync(join(ROOT, 'infra/helm/bibliohub/values.yaml'), 'utf8'));
  return String(values.nodeOptions ?? '');
}

// ---------------------------------------------------------------- the stack
/**
 * A temp dir, PostgreSQL (embedded in the temp dir with mode 0755, or DATABASE_URL: the owner of a
 * scratch database), an s3rver, and the migrations run with the built CLI under the environment the
 * API gets later (NODE_ENV=production, LOG_LEVEL=warn, DEMO_DATA=false, pool `pool`).
 */
export async function startStack({ name, pool, keep = false, log }) {
  const { EmbeddedPostgres } = await import(built('libs/api/core/dist/database/embedded-postgres.js'));
  const { ensureOwnerDatabase, OWNER_ROLE, EMBEDDED_DATABASE } = await import(
    built('libs/api/core/dist/runtime/infrastructure.js')
  );
  const { EmbeddedS3 } = await import(built('libs/api/core/dist/storage/embedded-s3.js'));

  const tmp = mkdtempSync(join(tmpdir(), `bibliohub-${name}-`));
  chmodSync(tmp, 0o755); // as root the embedded cluster runs as the postgres user
  cleanups.push(async () => {
    if (keep) log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  });
  const dataDir = join(tmp, 'data');
  mkdirSync(dataDir, { recursive: true });

  // 1. database
  let t0 = Date.now();
  let ownerUrl = process.env.DATABASE_URL;
  let superuserUrl;
  let postmaster;
  if (!ownerUrl) {
    const password = randomBytes(24).toString('base64url');
    const server = new EmbeddedPostgres({ dataDir: join(tmp, 'pg'), superPassword: password });
    cleanups.push(() => (keep ? undefined : server.stop()));
    await server.start();
    await ensureOwnerDatabase(server.superuserUrl(), password, EMBEDDED_DATABASE);
    superuserUrl = server.superuserUrl(EMBEDDED_DATABASE);
    ownerUrl = `postgres://${OWNER_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${server.port}/${EMBEDDED_DATABASE}`;
    postmaster = Number(readFileSync(join(tmp, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    log(`  embedded PostgreSQL on 127.0.0.1:${server.port} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } else {
    log('  using DATABASE_URL (must be a scratch database: it is filled with benchmark data)');
  }
  const s3 = new EmbeddedS3(join(dataDir, 's3'));
  await s3.start();
  cleanups.push(() => s3.stop());

  const appPassword = randomBytes(36).toString('base64url');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NODE_OPTIONS: productionNodeOptions(),
    DATABASE_URL: ownerUrl,
    DATABASE_APP_PASSWORD: appPassword,
    DATABASE_POOL_SIZE: String(pool),
    JWT_SECRET: randomBytes(36).toString('base64url'),
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  };

  // 2. migrate with the built CLI
  t0 = Date.now();
  await promisify(execFile)(process.execPath, [built('apps/api/dist/cli.js'), 'migrate'], {
    cwd: ROOT,
    env,
  }).catch((e) => {
    throw new Error(`migrate failed: ${e.stderr || e.message}`);
  });
  log(`  migrated (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { tmp, dataDir, ownerUrl, superuserUrl, postmaster, env, appPassword };
}
