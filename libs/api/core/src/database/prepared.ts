import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';

/** A hot statement that PostgreSQL parses and plans once per connection instead of on every call. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * Names a statement by its text, so a changed text (a new release) is a new statement and never collides
 * with a connection's older one. Only for constant SQL: each name stays prepared on every pooled connection.
 */
export function prepared(text: string): PreparedStatement {
  return { name: `bh_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text };
}

/**
 * Runs a prepared statement on the connection of `on` (a transaction's EntityManager, e.g. from TenantDb)
 * or on a pooled connection of a DataSource. TypeORM's `query()` always sends an unnamed statement, which
 * PostgreSQL plans again on every call (1.5 ms of the feed page's 4 ms, bench/README.md). Logged and
 * wrapped in QueryFailedError like TypeORM's own queries, so statement counts and error mapping see it.
 */
export async function queryPrepared<T>(
  on: EntityManager | DataSource,
  statement: PreparedStatement,
  params: unknown[],
): Promise<T[]> {
  const own = on instanceof DataSource;
  const runner = own ? on.createQueryRunner() : on.queryRunner;
  if (!runner) throw new Error('queryPrepared: the EntityManager has no connection (use it inside TenantDb)');
  try {
    const client = (await runner.connect()) as PoolClient;
    runner.connection.logger.logQuery(statement.text, params, runner);
    try {
      const result = await client.query<T & object>({
        name: statement.name,
        text: statement.text,
        values: params,
      });
      return result.rows;
    } catch (error) {
      throw new QueryFailedError(statement.text, params, error as Error);
    }
  } finally {
    if (own) await runner.release();
  }
}
