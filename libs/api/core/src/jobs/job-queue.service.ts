import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface EnqueueOptions {
  /** The tenant on whose behalf the job runs (handlers use it for their database context). */
  tenantId?: string | null;
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** Tries before the job is given up (default 5). */
  maxAttempts?: number;
}

/**
 * Adds jobs to the PostgreSQL queue inside the caller's transaction: the job exists exactly when the
 * change that needs it commits (no lost or phantom work, no broker).
 */
@Injectable()
export class JobQueue {
  async enqueue(
    db: EntityManager,
    kind: string,
    payload: object,
    options: EnqueueOptions = {},
  ): Promise<string> {
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO jobs (kind, payload, tenant_id, run_at, max_attempts)
       VALUES ($1, $2, $3, coalesce($4::timestamptz, now()), $5) RETURNING id`,
      [
        kind,
        JSON.stringify(payload),
        options.tenantId ?? null,
        options.runAt ?? null,
        options.maxAttempts ?? 5,
      ],
    );
    return String(rows[0].id);
  }
}
