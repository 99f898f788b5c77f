import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@bibliohub/api-testing';
import { freePort } from '@bibliohub/api-core';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

interface Run {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

function run(script: string, args: string[], env: Record<string, string | undefined>): Run {
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env['PATH'], ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function waitForUrl(url: string, limitMs: number, proc: Run): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (proc.child.exitCode !== null) throw new Error(`process exited: ${proc.output().stderr}`);
    const ok = await fetch(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready within ${limitMs} ms: ${proc.output().stderr.slice(-2000)}`);
}

/** The banner is written right after listen; readiness can answer a moment before it is flushed. */
async function waitForBanner(proc: Run): Promise<void> {
  for (let i = 0; i < 50 && !proc.output().stdout.includes('Stoppen:'); i++)
    await new Promise((r) => setTimeout(r, 100));
}

const s3Env = () => ({
  S3_ENDPOINT: process.env['S3_ENDPOINT'],
  S3_ACCESS_KEY_ID: process.env['S3_ACCESS_KEY_ID'],
  S3_SECRET_ACCESS_KEY: process.env['S3_SECRET_ACCESS_KEY'],
  S3_BUCKET: `proc-${Date.now()}`,
});

describe('the API process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bibliohub-proc-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('stops on a bad PORT with one clear line and a non-zero exit', async () => {
    const proc = run(MAIN, [], { PORT: 'eighty', DATA_DIR: dataDir });
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr).toBe(
      'Configuration error: PORT: must be a whole number from 0 to 65535 (got "eighty")\n',
    );
  });

  it('stops on an unreachable DATABASE_URL with one clear line and a non-zero exit', async () => {
    const port = await freePort();
    const proc = run(MAIN, [], {
      DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/none`,
      DATA_DIR: dataDir,
      ...s3Env(),
    });
    expect(await proc.exited).toBe(1);
    const { stderr } = proc.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^Configuration error: DATABASE_URL: cannot prepare the database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:\d+\/none: .*ECONNREFUSED/,
    );
    expect(stderr).not.toContain('secret');
  });

  it('runs against an external DATABASE_URL without starting an embedded database, and exits 0 on SIGTERM within 10 s', async () => {
    const db = await createTestDatabase();
    const port = await freePort();
    const proc = run(MAIN, [], {
      DATABASE_URL: db.ownerUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...s3Env(),
      JWT_SECRET: process.env['JWT_SECRET'],
      DATABASE_APP_PASSWORD: process.env['DATABASE_APP_PASSWORD'],
    });
    try {
      await waitForUrl(`http://127.0.0.1:${port}/health/ready`, 30_000, proc);
      await waitForBanner(proc);
      expect(proc.output().stdout).toContain(`http://localhost:${port}`);
      expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
      const started = Date.now();
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      const lines = proc
        .output()
        .stdout.split('\n')
        .filter((l) => l.startsWith('{'));
      expect(lines.every((l) => typeof (JSON.parse(l) as { level: string }).level === 'string')).toBe(true);
      expect(proc.output().stdout).toContain('shutdown complete');
    } finally {
      proc.child.kill('SIGKILL');
      await db.drop();
    }
  });

  it('starts from nothing with embedded PostgreSQL and S3, reuses the data on the next start, and doctor reports all ok', async () => {
    const home = join(dataDir, 'embedded');
    const env = { DATA_DIR: home, LOG_LEVEL: 'warn' };
    for (const round of [1, 2]) {
      const port = await freePort();
      const proc = run(MAIN, [], { ...env, PORT: String(port) });
      try {
        await waitForUrl(`http://127.0.0.1:${port}/health/ready`, 90_000, proc);
        await waitForBanner(proc);
        const gql = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
        expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });
        if (round === 1) expect(proc.output().stdout).toMatch(/admin@bibliotheek\.nl\s+CENTRAL_ADMIN/);
        if (round === 2) {
          expect(proc.output().stdout).toContain('niets toegevoegd');
          // The demo login made in round 1 still works: the data was reused.
          const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query:
                'mutation { login(email: "admin@bibliotheek.nl", password: "BiblioHub-demo-2026!") { user { role } } }',
            }),
          });
          expect(await login.json()).toEqual({ data: { login: { user: { role: 'CENTRAL_ADMIN' } } } });
          // The CLI attaches to the running embedded services instead of starting its own.
          const doctor = run(CLI, ['doctor', '--json'], env);
          const code = await doctor.exited;
          // The whole output on failure: which check failed, and why.
          expect({ code, ...doctor.output() }).toMatchObject({ code: 0 });
          const report = JSON.parse(doctor.output().stdout) as { ok: boolean; checks: { ok: boolean }[] };
          expect(report.ok).toBe(true);
          expect(report.checks.length).toBeGreaterThanOrEqual(5);
        }
        proc.child.kill('SIGTERM');
        expect(await proc.exited).toBe(0);
      } finally {
        proc.child.kill('SIGKILL');
      }
      const secrets = readFileSync(join(home, 'secrets.json'), 'utf8');
      expect(JSON.parse(secrets)).toHaveProperty('JWT_SECRET');
      expect(existsSync(join(home, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(home, 'postgres', 'postmaster.pid'))).toBe(false);
    }
  });
});
