// bench/assets: uploads one large file (default 200 MB) through the API's streaming upload route
// (`PUT /files/uploads`) while sampling the API process's resident memory every 50 ms, and puts the
// same file straight into S3 with @aws-sdk/lib-storage in the same run as the baseline.
//
//   npm run build && node bench/assets/run.mjs [--mb 200] [--keep]
//
// Starts s3rver in this process (so the API child's memory is the API's alone), creates the national
// office and an editor with the built CLI (`tenant:create`, `user:create`) in a temp DATA_DIR with its
// own embedded PostgreSQL, then runs `node apps/api/dist/main.js` as a child with DEMO_DATA=false.
// Prints peak RSS growth of the API (target ≤ 64 MB) and MB/s of both paths with their ratio. Asserts
// nothing about time; results also go to bench/results/ (ignored by git).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Upload } from '@aws-sdk/lib-storage';
import { createS3Client, EmbeddedS3 } from '@bibliohub/api-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'apps/api/dist/cli.js');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const MiB = 1024 * 1024;

const { values: opts } = parseArgs({
  options: { mb: { type: 'string', default: '200' }, keep: { type: 'boolean', default: false } },
});
const SIZE = Number(opts.mb) * MiB;
const log = (line) => process.stderr.write(`[bench] ${line}\n`);

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function cli(args, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, '--json'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolveRun(JSON.parse(out)) : reject(new Error(`cli ${args[0]} exited ${code}`)),
    );
  });
}

/** Resident set size of a process in bytes, from /proc (Linux). */
function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

function sampleRss(pid, everyMs = 50) {
  const samples = [];
  const timer = setInterval(() => {
    try {
      samples.push(rss(pid));
    } catch {
      // process gone
    }
  }, everyMs);
  return { samples, stop: () => clearInterval(timer) };
}

async function waitReady(base, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('API did not become ready');
}

async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** PUT the file through the API as a stream with its Content-Length (as curl -T does). */
function uploadThroughApi(base, token, file, size, kind, name) {
  const url = new URL(`${base}/files/uploads?kind=${kind}&filename=${encodeURIComponent(name)}`);
  return new Promise((resolveUpload, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-length': String(size) } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          res.statusCode === 201
            ? resolveUpload(JSON.parse(body))
            : reject(new Error(`${res.statusCode} ${body}`)),
        );
      },
    );
    req.once('error', reject);
    createReadStream(file).pipe(req);
  });
}

/** A file the VIDEO kind accepts: an MP4 `ftyp` box, then random bytes (incompressible, like video). */
async function makeFile(path, size) {
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  const head = Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex');
  out.write(head);
  hash.update(head);
  let written = head.length;
  while (written < size) {
    const chunk = randomBytes(Math.min(4 * MiB, size - written));
    hash.update(chunk);
    written += chunk.length;
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return hash.digest('hex');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bibliohub-bench-assets-'));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { mode: 0o755 });
  const s3 = new EmbeddedS3(join(dir, 's3'));
  let api;
  try {
    await s3.start();
    const port = await freePort();
    const env = {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_BUCKET: 'bench-assets',
    };
    delete env.DATABASE_URL;
    log('creating the national office and an editor with the CLI');
    await cli(
      [
        'tenant:create',
        '--central',
        '--name',
        'Landelijk bureau',
        '--slug',
        'landelijk',
        '--province',
        'UTRECHT',
      ],
      env,
    );
    const password = randomBytes(12).toString('base64url');
    await cli(
      [
        'user:create',
        '--tenant',
        'landelijk',
        '--email',
        'bench@example.nl',
        '--role',
        'CENTRAL_EDITOR',
        '--password',
        password,
      ],
      env,
    );

    log(`generating a ${opts.mb} MB file`);
    const file = join(dir, 'video.mp4');
    const sha256 = await makeFile(file, SIZE);

    log('starting the API');
    api = spawn(process.execPath, [MAIN], {
      env,
      stdio: ['ignore', process.env.BENCH_API_LOG ? 'inherit' : 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitReady(base, api);
    const { login } = await gql(
      base,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: 'bench@example.nl', p: password },
    );
    const token = login.accessToken;

    // Warm up code paths (SDK, multipart) with a small upload so the baseline includes them.
    const warm = join(dir, 'warm.mp4');
    await makeFile(warm, 12 * MiB);
    await uploadThroughApi(base, token, warm, statSync(warm).size, 'VIDEO', 'warm.mp4');
    await new Promise((r) => setTimeout(r, 500));

    const baseline = rss(api.pid);
    const sampler = sampleRss(api.pid);
    const apiStart = performance.now();
    const receipt = await uploadThroughApi(base, token, file, SIZE, 'VIDEO', 'Boekenweek 2027 (montage).mp4');
    const apiSeconds = (performance.now() - apiStart) / 1000;
    sampler.stop();
    const peak = Math.max(baseline, ...sampler.samples);
    if (receipt.sha256 !== sha256 || receipt.size !== SIZE)
      throw new Error('upload receipt does not match the file');

    log('direct S3 put of the same file (lib-storage, same part size and queue)');
    const client = createS3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });
    const directStart = performance.now();
    await new Upload({
      client,
      params: { Bucket: 'bench-assets', Key: 'bench/direct', Body: createReadStream(file) },
      queueSize: 2,
      partSize: 5 * MiB,
      leavePartsOnError: false,
    }).done();
    const directSeconds = (performance.now() - directStart) / 1000;
    client.destroy();

    const mb = SIZE / MiB;
    const result = {
      at: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      fileMB: mb,
      api: {
        baselineRssMB: +(baseline / MiB).toFixed(1),
        peakRssMB: +(peak / MiB).toFixed(1),
        peakGrowthMB: +((peak - baseline) / MiB).toFixed(1),
        samples: sampler.samples.length,
        seconds: +apiSeconds.toFixed(2),
        mbPerSecond: +(mb / apiSeconds).toFixed(1),
      },
      directS3: { seconds: +directSeconds.toFixed(2), mbPerSecond: +(mb / directSeconds).toFixed(1) },
      apiToDirectThroughput: +(directSeconds / apiSeconds).toFixed(2),
      targetPeakGrowthMB: 64,
    };
    const ok = result.api.peakGrowthMB <= 64;
    process.stdout.write(
      [
        '',
        `  file                          ${mb} MB (sha256 verified by the API's receipt)`,
        `  API upload                    ${result.api.mbPerSecond} MB/s (${result.api.seconds} s)`,
        `  direct S3 put (lib-storage)   ${result.directS3.mbPerSecond} MB/s (${result.directS3.seconds} s)`,
        `  API / direct throughput       ${result.apiToDirectThroughput}`,
        `  API RSS                       baseline ${result.api.baselineRssMB} MB, peak ${result.api.peakRssMB} MB (${result.api.samples} samples at 50 ms)`,
        `  API peak RSS growth           ${result.api.peakGrowthMB} MB (target ≤ 64 MB: ${ok ? 'met' : 'NOT met'})`,
        '',
      ].join('\n') + '\n',
    );
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(
      join(ROOT, `bench/results/assets-${result.at.replace(/[:.]/g, '-')}.json`),
      JSON.stringify(result, null, 2) + '\n',
    );
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await exited;
    }
    await s3.stop();
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
