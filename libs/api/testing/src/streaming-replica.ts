import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, chmod, chown, copyFile, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgres, postgresOsUser } from '@bibliohub/api-core';
import { TEST_ENV } from './test-infrastructure.js';

export interface StreamingReplica {
  port: number;
  /** A URL of `database` on the replica without user: the hub fills in the application role. */
  url(database: string): string;
  /** Superuser on the replica, for pausing replay and inspecting it. */
  admin: pg.Pool;
  /** Stops applying WAL (the replica keeps answering from what it has), until `resume`. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  catchUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Contents the base backup leaves out (as pg_basebackup does); the folders themselves are kept. */
const EMPTY_DIRS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIP_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_internal.init',
  'backup_label',
  'tablespace_map',
  'standby.signal',
  'recovery.signal',
]);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through jest's integration project`);
  return value;
}

/** The test run's own (embedded) PostgreSQL: only its data directory can be copied into a replica. */
export function canStartStreamingReplica(): boolean {
  const dataDir = process.env[TEST_ENV.dataDir];
  return !!dataDir && existsSync(join(dataDir, 'postgres', 'PG_VERSION'));
}

/**
 * Starts a hot standby of the test run's PostgreSQL that streams from it, as `pg_basebackup -R` would
 * (the embedded binaries have no pg_basebackup): a physical slot keeps the WAL, the low-level backup API
 * (`pg_backup_start`/`pg_backup_stop`) brackets a file copy of the data directory, and `standby.signal`
 * with `primary_conninfo` make the copy a streaming replica. The primary's defaults suffice
 * (wal_level=replica, max_wal_senders=10, initdb's `host replication` lines in pg_hba.conf).
 */
export async function startStreamingReplica(): Promise<StreamingReplica> {
  const primaryAdminUrl = requiredEnv(TEST_ENV.adminUrl);
  const primaryDir = join(requiredEnv(TEST_ENV.dataDir), 'postgres');
  const superPassword = decodeURIComponent(new URL(primaryAdminUrl).password);
  const primary = new pg.Client({ connectionString: primaryAdminUrl });
  await primary.connect();
  const name = `replica_${randomBytes(4).toString('hex')}`;
  const dataDir = join(requiredEnv(TEST_ENV.dataDir), name);
  const owner = await postgresOsUser();
  let server: EmbeddedPostgres | undefined;
  let admin: pg.Pool | undefined;

  let stopping: Promise<void> | undefined;
  const cleanup = () => (stopping ??= stopAndRemove());
  const stopAndRemove = async () => {
    await admin?.end().catch(() => undefined);
    await server?.stop();
    // The walsender lets go of the slot a moment after the standby stops.
    for (let i = 0; i < 50; i++) {
      const dropped = await primary
        .query('SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1', [
          name,
        ])
        .then(
          () => true,
          () => false,
        );
      if (dropped) break;
      await sleep(100);
    }
    await primary.end().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    // Reserved before the backup starts, so the WAL from the backup's start point stays until streamed.
    await primary.query('SELECT pg_create_physical_replication_slot($1, true)', [name]);
    await primary.query('SELECT pg_backup_start($1, true)', [name]);
    let label: { labelfile: string; spcmapfile: string | null };
    try {
      await copyTree(primaryDir, dataDir, owner, true);
    } finally {
      // Always end backup mode; the session must be the one that started it.
      const { rows } = await primary.query<{ labelfile: string; spcmapfile: string | null }>(
        'SELECT labelfile, spcmapfile FROM pg_backup_stop(false)',
      );
      label = rows[0]!;
    }
    const port = new URL(primaryAdminUrl).port;
    const conninfo = `host=127.0.0.1 port=${port} user=postgres password=${superPassword} application_name=${name}`;
    await writeFile(join(dataDir, 'backup_label'), label.labelfile);
    if (label.spcmapfile) await writeFile(join(dataDir, 'tablespace_map'), label.spcmapfile);
    await writeFile(join(dataDir, 'standby.signal'), '');
    await appendFile(
      join(dataDir, 'postgresql.auto.conf'),
      `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${name}'\nhot_standby = on\n`,
    );
    for (const file of ['backup_label', 'tablespace_map', 'standby.signal', 'postgresql.auto.conf'])
      if (owner.uid !== undefined && existsSync(join(dataDir, file)))
        await chown(join(dataDir, file), owner.uid, owner.gid ?? owner.uid);

    server = new EmbeddedPostgres({ dataDir, superPassword });
    await server.start();
    const replicaPort = server.port;
    admin = new pg.Pool({ connectionString: server.superuserUrl(), max: 2 });
    // An idle connection ended by the replica's shutdown is expected, not a test failure.
    admin.on('error', () => undefined);
    const replicaAdmin = admin;

    const replayed = async (): Promise<bigint> => {
      const { rows } = await replicaAdmin.query<{ lsn: string }>(
        "SELECT (pg_last_wal_replay_lsn() - '0/0')::text AS lsn",
      );
      return BigInt(rows[0].lsn);
    };
    const replica: StreamingReplica = {
      port: replicaPort,
      admin: replicaAdmin,
      url: (database) => `postgres://127.0.0.1:${replicaPort}/${database}`,
      pause: async () => {
        await replicaAdmin.query('SELECT pg_wal_replay_pause()');
        for (let i = 0; i < 200; i++) {
          const { rows } = await replicaAdmin.query<{ state: string }>(
            'SELECT pg_get_wal_replay_pause_state() AS state',
          );
          if (rows[0].state === 'paused') return;
          await sleep(25);
        }
        throw new Error('the replica did not pause its replay');
      },
      resume: async () => {
        await replicaAdmin.query('SELECT pg_wal_replay_resume()');
      },
      catchUp: async (timeoutMs = 30_000) => {
        const { rows } = await primary.query<{ lsn: string }>(
          "SELECT (pg_current_wal_insert_lsn() - '0/0')::text AS lsn",
        );
        const target = BigInt(rows[0].lsn);
        const started = Date.now();
        while ((await replayed()) < target) {
          if (Date.now() - started > timeoutMs)
            throw new Error(`the replica did not catch up within ${timeoutMs} ms`);
          await sleep(25);
        }
      },
      stop: cleanup,
    };
    await replica.catchUp();
    return replica;
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Copies a live data directory. Files may vanish while we copy (other test files drop their databases);
 * the WAL replayed from the backup's start recreates or removes whatever changed meanwhile.
 */
async function copyTree(
  from: string,
  to: string,
  owner: { uid?: number; gid?: number },
  top: boolean,
): Promise<void> {
  await mkdir(to, { mode: 0o700 });
  if (owner.uid !== undefined) await chown(to, owner.uid, owner.gid ?? owner.uid);
  await chmod(to, 0o700);
  let entries: string[];
  try {
    entries = await readdir(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    if (SKIP_FILES.has(entry) || entry.startsWith('pgsql_tmp')) continue;
    const source = join(from, entry);
    const target = join(to, entry);
    try {
      const stat = await lstat(source);
      if (stat.isDirectory()) {
        if (top && EMPTY_DIRS.has(entry)) {
          await mkdir(target, { mode: 0o700 });
          if (entry === 'pg_wal') await mkdir(join(target, 'archive_status'), { mode: 0o700 });
          if (owner.uid !== undefined) {
            await chown(target, owner.uid, owner.gid ?? owner.uid);
            if (entry === 'pg_wal')
              await chown(join(target, 'archive_status'), owner.uid, owner.gid ?? owner.uid);
          }
          continue;
        }
        await copyTree(source, target, owner, false);
      } else if (stat.isFile()) {
        await copyFile(source, target);
        if (owner.uid !== undefined) await chown(target, owner.uid, owner.gid ?? owner.uid);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
