import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError } from '@bibliohub/api-core';
import { DataSource } from 'typeorm';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

const keyOf = (kind: 'account' | 'address', value: string) =>
  createHash('sha256').update(`${kind}:${value}`).digest('hex');

/**
 * Counts logins per account and per client address in a fixed window, in PostgreSQL so all API
 * replicas share the counters. Every attempt takes a slot *before* the password is checked (one atomic
 * upsert), so a burst of simultaneous guesses cannot all pass a check that none of them has counted yet;
 * a successful login gives its slot back. Past the limit every attempt is refused with RATE_LIMITED and
 * the seconds until the window ends, whether or not the password would have been right.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts this attempt against the account and the address; throws RATE_LIMITED past either limit. */
  async reserveAttempt(email: string, address: string): Promise<void> {
    const account = keyOf('account', email);
    const rows = await this.dataSource.query<{ key: string; failures: number; retry: number }[]>(
      `INSERT INTO login_attempts (key, failures, window_started_at)
         SELECT k, 1, now() FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_attempts.window_started_at > now() - make_interval(secs => $2) THEN login_attempts.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_attempts.window_started_at > now() - make_interval(secs => $2) THEN login_attempts.window_started_at ELSE now() END
       RETURNING key, failures, CEIL(EXTRACT(EPOCH FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry`,
      [[account, keyOf('address', address)], LOGIN_WINDOW_SECONDS],
    );
    for (const row of rows) {
      const limit = row.key === account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
      if (row.failures > limit) {
        throw AppError.rateLimited(
          `Too many failed logins; try again in ${Math.max(1, row.retry)} seconds`,
          Math.max(1, row.retry),
        );
      }
    }
  }

  /** The attempt succeeded: clear the account's counter and give the address its slot back. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE key = $1', [keyOf('account', email)]);
    await this.dataSource.query(
      'UPDATE login_attempts SET failures = GREATEST(failures - 1, 0) WHERE key = $1',
      [keyOf('address', address)],
    );
  }
}
