import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { LOGGER } from '../logging/logger.tokens.js';

export interface JobContext {
  id: string;
  kind: string;
  tenantId: string | null;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
}

export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

/** Thrown by a handler when retrying cannot help (e.g. a file that cannot be decoded): no further tries. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export interface JobRunSummary {
  succeeded: string[];
  /** Rescheduled with backoff. */
  retrying: string[];
  /** Out of attempts or permanently failed; kept with `last_error` for inspection. */
  gaveUp: string[];
}

interface PeriodicTask {
  name: string;
  intervalMs: number;
  run: () => Promise<unknown>;
  nextAt: number;
}

interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  tenant_id: string | null;
  attempts: number;
  max_attempts: number;
}

/** How long a claimed job is reserved for the worker that took it. Handlers must be idempotent. */
export const JOB_LEASE_SECONDS = 15 * 60;
export const JOB_BATCH_SIZE = 5;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 60 * 60 * 1000;
const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** Delay before try `attempt + 1`: 5 s, 10 s, 20 s … capped at an hour, with up to 10 % jitter. */
export function backoffMs(attempt: number, random = Math.random()): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (1 + random / 10));
}

/**
 * Runs queued jobs: polls (JOB_POLL_INTERVAL_MS, default 1 s), claims due jobs with
 * `FOR UPDATE SKIP LOCKED` plus a lease (so any number of API replicas can poll the same table), runs the
 * handler registered for the job's kind, then marks it done or reschedules it with exponential backoff.
 * Also runs periodic tasks (sweeps) registered with `every`. On shutdown it stops polling and waits for
 * the job in hand, before the database pool closes.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly periodic: PeriodicTask[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.every('jobs.housekeeping', HOUSEKEEPING_INTERVAL_MS, () => this.purgeFinished());
  }

  /** Registers the handler for a job kind; call it from a feature's `onModuleInit`. */
  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`JobWorker: a handler for "${kind}" is already registered`);
    this.handlers.set(kind, handler);
  }

  /** Runs `task` every `intervalMs` from the worker's loop (0 disables it). Tasks must be idempotent. */
  every(name: string, intervalMs: number, task: () => Promise<unknown>): void {
    if (intervalMs <= 0) return;
    this.periodic.push({ name, intervalMs, run: task, nextAt: Date.now() + intervalMs });
  }

  onApplicationBootstrap(): void {
    if (this.config.jobs.pollIntervalMs > 0) this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /**
   * Claims up to `limit` due jobs of the registered kinds and runs them one after another. `now`
   * lets tests run jobs whose backoff has not passed yet.
   */
  async runOnce(options: { limit?: number; now?: Date } = {}): Promise<JobRunSummary> {
    const summary: JobRunSummary = { succeeded: [], retrying: [], gaveUp: [] };
    const kinds = [...this.handlers.keys()];
    if (!kinds.length) return summary;
    const claimed = await this.claim(kinds, options.limit ?? JOB_BATCH_SIZE, options.now ?? null);
    for (const job of claimed) {
      const outcome = await this.execute(job);
      summary[outcome].push(job.id);
    }
    return summary;
  }

  /** Runs passes until nothing due is left (bounded), for tests and the CLI. */
  async runUntilIdle(options: { now?: Date; maxPasses?: number } = {}): Promise<JobRunSummary> {
    const total: JobRunSummary = { succeeded: [], retrying: [], gaveUp: [] };
    for (let i = 0; i < (options.maxPasses ?? 100); i++) {
      const pass = await this.runOnce({ now: options.now });
      total.succeeded.push(...pass.succeeded);
      total.retrying.push(...pass.retrying);
      total.gaveUp.push(...pass.gaveUp);
      if (!pass.succeeded.length && !pass.retrying.length && !pass.gaveUp.length) break;
    }
    return total;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      let busy = false;
      this.running = this.pass()
        .then((full) => {
          busy = full;
        })
        .catch((error: unknown) =>
          this.logger.warn({ err: error }, 'job worker pass failed; retrying next interval'),
        )
        .finally(() => {
          this.running = undefined;
          this.schedule(busy ? 0 : this.config.jobs.pollIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** One loop iteration: due periodic tasks, then a batch of jobs. True when the batch was full. */
  private async pass(): Promise<boolean> {
    const now = Date.now();
    for (const task of this.periodic) {
      if (this.stopped || task.nextAt > now) continue;
      task.nextAt = now + task.intervalMs;
      await task
        .run()
        .catch((error: unknown) => this.logger.warn({ err: error, task: task.name }, 'periodic task failed'));
    }
    if (this.stopped) return false;
    const summary = await this.runOnce();
    return summary.succeeded.length + summary.retrying.length + summary.gaveUp.length >= JOB_BATCH_SIZE;
  }

  private async claim(kinds: string[], limit: number, now: Date | null): Promise<ClaimedJob[]> {
    const result = await this.dataSource.query<ClaimedJob[] | [ClaimedJob[], number]>(
      `WITH due AS (
         SELECT id FROM jobs
          WHERE done_at IS NULL AND run_at <= coalesce($1::timestamptz, now())
            AND attempts < max_attempts AND kind = ANY($2::text[])
            AND (locked_until IS NULL OR locked_until <= coalesce($1::timestamptz, now()))
          ORDER BY run_at, id
          LIMIT $3
          FOR UPDATE SKIP LOCKED)
       UPDATE jobs j
          SET attempts = j.attempts + 1,
              locked_until = greatest(now(), coalesce($1::timestamptz, now())) + make_interval(secs => $4)
         FROM due WHERE j.id = due.id
       RETURNING j.id, j.kind, j.payload, j.tenant_id, j.attempts, j.max_attempts`,
      [now, kinds, limit, JOB_LEASE_SECONDS],
    );
    // TypeORM answers UPDATE … RETURNING with [rows, affectedCount].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as ClaimedJob[];
    return rows.map((r) => ({ ...r, id: String(r.id) })).sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async execute(job: ClaimedJob): Promise<keyof JobRunSummary> {
    const handler = this.handlers.get(job.kind)!;
    const context: JobContext = {
      id: job.id,
      kind: job.kind,
      tenantId: job.tenant_id,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
    };
    const started = performance.now();
    try {
      await handler(job.payload, context);
      // `attempts` fences the update: a worker whose lease ran out (and whose job another worker claimed
      // again) must not overwrite the newer claim's state.
      await this.dataSource.query(
        'UPDATE jobs SET done_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1 AND attempts = $2',
        [job.id, job.attempts],
      );
      this.logger.debug(
        { job: job.id, kind: job.kind, ms: Math.round(performance.now() - started) },
        'job done',
      );
      return 'succeeded';
    } catch (error) {
      const message = String((error as Error)?.message || error).slice(0, 2000);
      const permanent = error instanceof PermanentJobError;
      if (permanent || job.attempts >= job.max_attempts) {
        await this.dataSource.query(
          'UPDATE jobs SET locked_until = NULL, last_error = $2, attempts = greatest(attempts, max_attempts) WHERE id = $1 AND attempts = $3',
          [job.id, message, job.attempts],
        );
        this.logger.error({ err: error, job: job.id, kind: job.kind, attempts: job.attempts }, 'job gave up');
        return 'gaveUp';
      }
      const delay = backoffMs(job.attempts);
      await this.dataSource.query(
        `UPDATE jobs SET locked_until = NULL, last_error = $2, run_at = now() + make_interval(secs => $3) WHERE id = $1 AND attempts = $4`,
        [job.id, message, delay / 1000, job.attempts],
      );
      this.logger.warn(
        { err: error, job: job.id, kind: job.kind, attempt: job.attempts, retryInMs: delay },
        'job failed; retrying later',
      );
      return 'retrying';
    }
  }

  /** Done jobs are kept a week, given-up ones a month (for inspection), then removed. */
  private async purgeFinished(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM jobs WHERE (done_at < now() - interval '7 days')
          OR (done_at IS NULL AND attempts >= max_attempts AND created_at < now() - interval '30 days')`,
    );
  }
}
