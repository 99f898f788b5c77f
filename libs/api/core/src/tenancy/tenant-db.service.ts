import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import {
  connectReplica,
  READ_DATA_SOURCE,
  readAfterLsn,
  recordWrite,
  replicaUnavailable,
  tracksWrites,
} from '../database/read-replica.js';
import { prepared, queryPrepared } from '../database/prepared.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { requestContext } from '../logging/request-context.js';
import { dbRoleOf, type Actor, type DbRole } from './actor.js';
import { DB_ROLE_NAMES } from './rls.sql.js';

/** After the replica failed, reads skip it this long (per process; only saves futile attempts). */
const REPLICA_RETRY_MS = 10_000;

/** The first statement of every TenantDb transaction (prepared: it runs on every request). */
const CONTEXT = `SELECT set_config('app.tenant_id', $1, true), set_config('app.role', $2, true), set_config('role', $3, true)`;
const SET_CONTEXT = prepared(CONTEXT);
const SET_READ_ONLY_CONTEXT = prepared(`${CONTEXT}, set_config('transaction_read_only', 'on', true)`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a client-supplied id can name a row at all. Services answer NOT_FOUND for anything else
 * instead of sending it to PostgreSQL (where a malformed uuid is an error, not an empty result).
 */
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * The only way feature code reaches tenant data: a transaction whose first statement sets
 * `app.tenant_id`, `app.role` and the database role with `set_config(…, true)` (transaction-local, so
 * nothing leaks to the next user of a pooled connection). Row-level security does the rest, even if a query forgets
 * a `WHERE tenant_id`.
 */
@Injectable()
export class TenantDb {
  private replicaDownUntil = 0;
  private reconnecting?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(READ_DATA_SOURCE) private readonly replica: DataSource | null = null,
    @Optional() @Inject(LOGGER) private readonly logger?: Logger,
  ) {}

  /** Runs `work` as the given caller. */
  run<T>(actor: Actor, work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(actor.tenantId)) throw new Error('TenantDb: refusing to run without a tenant id');
    return this.within(actor.tenantId, dbRoleOf(actor), work);
  }

  /** Runs `work` as a library tenant on behalf of the system (e.g. rendering a feed for a key). */
  asTenant<T>(tenantId: string, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.within(tenantId, 'tenant', work);
  }

  /** Central background work (the scheduler publishing due posts): central rights, no user. */
  asCentralSystem<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.within('', 'central', work);
  }

  /**
   * Pre-authentication look-ups only (finding a user by e-mail, a key by prefix, a session by id):
   * the `system` policies allow reading those rows, nothing else.
   */
  system<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.within('', 'system', work);
  }

  /**
   * Read-only work as the caller (feed, RSS/Atom, dashboard), in a READ ONLY transaction with the same
   * row-level security context. Goes to the read replica (DATABASE_READ_URL) when one is configured and
   * has replayed the caller's last write (read-your-writes, docs/adr/0007-read-replicas.md); otherwise,
   * or when the replica fails, to the primary.
   */
  read<T>(actor: Actor, work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(actor.tenantId)) throw new Error('TenantDb: refusing to run without a tenant id');
    return this.readWithin(actor.tenantId, dbRoleOf(actor), work);
  }

  /** `read` as a library tenant on behalf of the system (the RSS/Atom feed of a token). */
  readAsTenant<T>(tenantId: string, work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(tenantId)) throw new Error('TenantDb: refusing to run without a tenant id');
    return this.readWithin(tenantId, 'tenant', work);
  }

  private within<T>(
    tenantId: string,
    role: DbRole,
    work: (db: EntityManager) => Promise<T>,
    options: { source?: DataSource; readOnly?: boolean } = {},
  ): Promise<T> {
    if (role === 'tenant' && !UUID.test(tenantId)) {
      throw new Error('TenantDb: refusing to run without a tenant id');
    }
    const ctx = requestContext.getStore();
    if (ctx && tenantId) ctx.tenantId = tenantId;
    const readOnly = options.readOnly ?? false;
    // Only requests need a read-your-writes token, and pre-authentication look-ups change nothing a read shows.
    const track = !readOnly && this.replica !== null && role !== 'system' && tracksWrites();
    let wrote = false;
    const done = (options.source ?? this.dataSource).transaction(async (db) => {
      await queryPrepared(db, readOnly ? SET_READ_ONLY_CONTEXT : SET_CONTEXT, [
        tenantId,
        role,
        DB_ROLE_NAMES[role],
      ]);
      const result = await work(db);
      if (track) {
        // A transaction that `work` left aborted commits as a rollback: it wrote nothing.
        const [row] = await db
          .query<{ wrote: boolean }[]>('SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS wrote')
          .catch(() => [{ wrote: false }]);
        wrote = row?.wrote === true;
      }
      return result;
    });
    if (!track) return done;
    return done.then(async (result) => {
      // Asked after COMMIT returned, so the position includes the commit record. The write stands even
      // if this fails: the caller then only misses its token (a read may lag), never its result.
      if (wrote) {
        const [row] = await this.dataSource
          .query<{ lsn: string }[]>('SELECT pg_current_wal_insert_lsn()::text AS lsn')
          .catch((error: unknown) => {
            this.logger?.warn({ err: error }, 'no write position for read-your-writes');
            return [];
          });
        if (row) recordWrite(row.lsn);
      }
      return result;
    });
  }

  private async readWithin<T>(
    tenantId: string,
    role: DbRole,
    work: (db: EntityManager) => Promise<T>,
  ): Promise<T> {
    const replica = await this.usableReplica();
    if (replica) {
      try {
        return await this.within(tenantId, role, work, { source: replica, readOnly: true });
      } catch (error) {
        if (!replicaUnavailable(error)) throw error;
        this.replicaFailed(error);
      }
    }
    return this.within(tenantId, role, work, { readOnly: true });
  }

  /**
   * The replica when it may serve this read: configured, reachable, and past the caller's last write.
   * The position is checked before the read's transaction begins, so the read's snapshots are taken
   * after the replay the check saw, whatever the isolation level.
   */
  private async usableReplica(): Promise<DataSource | null> {
    const replica = this.replica;
    if (!replica || Date.now() < this.replicaDownUntil) return null;
    try {
      if (!replica.isInitialized) {
        this.reconnecting ??= connectReplica(replica).finally(() => (this.reconnecting = undefined));
        await this.reconnecting;
      }
      const after = readAfterLsn();
      if (!after) return replica;
      const [row] = await replica.query<{ fresh: boolean | null }[]>(
        'SELECT pg_is_in_recovery() AND pg_last_wal_replay_lsn() >= $1::pg_lsn AS fresh',
        [after],
      );
      return row?.fresh === true ? replica : null;
    } catch (error) {
      if (!replicaUnavailable(error) && replica.isInitialized) throw error;
      this.replicaFailed(error);
      return null;
    }
  }

  private replicaFailed(error: unknown): void {
    this.replicaDownUntil = Date.now() + REPLICA_RETRY_MS;
    this.logger?.warn({ err: error }, 'read replica unavailable; reading from the primary');
  }
}
