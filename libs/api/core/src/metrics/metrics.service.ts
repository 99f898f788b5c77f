import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@bibliohub/contracts';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { READ_DATA_SOURCE } from '../database/read-replica.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { withTimeout } from '../runtime/with-timeout.js';
import { TenantDb } from '../tenancy/tenant-db.service.js';

/** Seconds; from a cached feed page (a few ms) to the statement timeout (15 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Operation names are chosen by clients: beyond this many distinct ones they are counted as "(other)". */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Scrape-time database figures are reused for this long, so several scrapers cost one query. */
const DATABASE_GAUGES_TTL_MS = 5_000;
const DATABASE_GAUGES_TIMEOUT_MS = 2_000;
/** Webhook deliveries looked at: the newest ones, at most this many (a range scan of the primary key). */
export const WEBHOOK_WINDOW_ROWS = 100_000;

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

interface JobRow {
  kind: string;
  pending: number;
  due: number;
  leased: number;
  failed: number;
  oldest_due_seconds: number;
}

interface WebhookRow {
  pending: number;
  retrying: number;
  failed: number;
}

/**
 * One query for the backlog gauges, as central system work (webhook_deliveries has row-level security).
 * `jobs` is read through its partial index (unfinished jobs only); webhook deliveries are never purged,
 * so only the newest WEBHOOK_WINDOW_ROWS of the last 24 h are counted (no index on status or time).
 */
const BACKLOG_SQL = `
  SELECT
    (SELECT coalesce(json_agg(j), '[]'::json) FROM (
       SELECT kind,
              count(*) FILTER (WHERE attempts < max_attempts)::int AS pending,
              count(*) FILTER (WHERE attempts < max_attempts AND run_at <= now()
                                 AND (locked_until IS NULL OR locked_until <= now()))::int AS due,
              count(*) FILTER (WHERE attempts < max_attempts AND locked_until > now())::int AS leased,
              count(*) FILTER (WHERE attempts >= max_attempts)::int AS failed,
              coalesce(extract(epoch FROM now() - min(run_at) FILTER (
                WHERE attempts < max_attempts AND run_at <= now()
                  AND (locked_until IS NULL OR locked_until <= now()))), 0)::float8 AS oldest_due_seconds
         FROM jobs WHERE done_at IS NULL GROUP BY kind) j) AS jobs,
    (SELECT json_build_object(
              'pending', count(*) FILTER (WHERE status = 'PENDING'),
              'retrying', count(*) FILTER (WHERE status = 'PENDING' AND attempts > 0),
              'failed', count(*) FILTER (WHERE status = 'FAILED'))
       FROM webhook_deliveries
      WHERE id > (SELECT coalesce(max(id), 0) FROM webhook_deliveries) - ${WEBHOOK_WINDOW_ROWS}
        AND created_at > now() - interval '24 hours') AS webhooks`;

/**
 * Prometheus metrics of one API process, in its own registry (several apps may share a test process).
 * Request-level figures are recorded as requests finish; pool and backlog gauges are read at scrape time.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly graphqlDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly errors: Counter<'transport' | 'code' | 'sub_code'>;
  private readonly poolConnections: Gauge<'pool' | 'state'>;
  private readonly poolMax: Gauge<'pool'>;
  private readonly poolWaiting: Gauge<'pool'>;
  private readonly jobs: Gauge<'kind' | 'state'>;
  private readonly jobsOldestDue: Gauge<'kind'>;
  private readonly webhookDeliveries: Gauge<'state'>;
  private readonly backlogUp: Gauge;
  private readonly operationNames = new Set<string>();
  private readonly tokenDigest?: Buffer;
  private backlog?: { at: number; promise: Promise<void> };

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(READ_DATA_SOURCE) private readonly replica?: DataSource | null,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'bibliohub_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status: latency; _count is the request rate',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'bibliohub_graphql_operation_duration_seconds',
      help: 'GraphQL operations by name and type: latency; outcome "error" when the response has errors',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'bibliohub_errors_total',
      help: 'Errors returned to callers by code and sub-code (graphql: per error in a response; http: REST routes)',
      labelNames: ['transport', 'code', 'sub_code'],
      registers,
    });
    this.poolConnections = new Gauge({
      name: 'bibliohub_db_pool_connections',
      help: 'Connections of the application role pool: open (total), idle and busy',
      labelNames: ['pool', 'state'],
      registers,
    });
    this.poolMax = new Gauge({
      name: 'bibliohub_db_pool_max_connections',
      help: 'Configured size of the pool (DATABASE_POOL_SIZE)',
      labelNames: ['pool'],
      registers,
    });
    this.poolWaiting = new Gauge({
      name: 'bibliohub_db_pool_waiting_requests',
      help: 'Callers waiting for a free connection',
      labelNames: ['pool'],
      registers,
    });
    this.jobs = new Gauge({
      name: 'bibliohub_jobs',
      help: 'Unfinished background jobs by kind: pending (queued, incl. later), due (waiting for a worker now), leased (running), failed (given up, kept 30 days)',
      labelNames: ['kind', 'state'],
      registers,
    });
    this.jobsOldestDue = new Gauge({
      name: 'bibliohub_jobs_oldest_due_seconds',
      help: 'Age of the oldest job that is due and not being worked on (0: none)',
      labelNames: ['kind'],
      registers,
    });
    this.webhookDeliveries = new Gauge({
      name: 'bibliohub_webhook_deliveries',
      help: `Webhook deliveries created in the last 24 h (newest ${WEBHOOK_WINDOW_ROWS} at most): pending, retrying (pending after a failed try), failed (given up)`,
      labelNames: ['state'],
      registers,
    });
    this.backlogUp = new Gauge({
      name: 'bibliohub_metrics_backlog_query_up',
      help: '1 when the scrape-time backlog query (jobs, webhook deliveries) succeeded, 0 when it failed or timed out',
      registers,
    });
    if (config.metrics.token) this.tokenDigest = digest(config.metrics.token);
  }

  /** Express middleware: times every request by its route pattern (never the raw path: bounded labels). */
  httpMiddleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const end = this.httpDuration.startTimer();
      res.once('finish', () =>
        end({ method: req.method, route: routeOf(req, res), status: String(res.statusCode) }),
      );
      next();
    };
  }

  /**
   * `GET /metrics` in the Prometheus text format. Mounted as plain Express middleware before Nest's
   * routes, so the access guard (which would read a Bearer token as a user's) never sees it.
   */
  endpoint() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
      res.setHeader('Cache-Control', 'no-store');
      if (this.tokenDigest && !this.authorised(req.headers.authorization)) {
        this.countError('http', ErrorCode.UNAUTHENTICATED, 'METRICS_TOKEN_REQUIRED');
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        res.status(401).json({
          errors: [
            {
              message: 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>',
              extensions: { code: ErrorCode.UNAUTHENTICATED, subCode: 'METRICS_TOKEN_REQUIRED' },
            },
          ],
        });
        return;
      }
      this.render().then(
        (text) => {
          res.setHeader('Content-Type', this.registry.contentType);
          res.status(200).send(text);
        },
        (error: unknown) => next(error),
      );
    };
  }

  /** All metrics as text, after refreshing the pool and backlog gauges. */
  async render(): Promise<string> {
    this.readPools();
    await this.readBacklog();
    return this.registry.metrics();
  }

  /**
   * Apollo plugin with request-level hooks only: no `executionDidStart`/`willResolveField`, because a
   * per-field hook makes Apollo wrap every resolver (~19 % of the feed's CPU, bench/README.md).
   */
  graphqlPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: () => {
        const end = this.graphqlDuration.startTimer();
        // Until the document is parsed, validated and its operation chosen, it has no trustworthy name.
        let operation = '(invalid)';
        let type = 'unknown';
        return Promise.resolve({
          didResolveOperation: (ctx) => {
            operation = this.operationLabel(ctx.operationName);
            type = ctx.operation?.operation ?? 'unknown';
            return Promise.resolve();
          },
          willSendResponse: (ctx) => {
            end({ operation, type, outcome: ctx.errors?.length ? 'error' : 'ok' });
            return Promise.resolve();
          },
        });
      },
    };
  }

  /** Wraps the GraphQL error formatter: every error that leaves is counted by its final code. */
  countingGraphqlErrors<
    F extends (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  >(format: F): F {
    return ((formatted: GraphQLFormattedError, error: unknown) => {
      const out = format(formatted, error);
      this.countError('graphql', out.extensions?.['code'], out.extensions?.['subCode']);
      return out;
    }) as F;
  }

  countError(transport: 'graphql' | 'http', code: unknown, subCode: unknown): void {
    this.errors.inc({
      transport,
      code: typeof code === 'string' ? code : ErrorCode.INTERNAL,
      sub_code: typeof subCode === 'string' ? subCode : '',
    });
  }

  private authorised(header: string | undefined): boolean {
    const match = header && /^Bearer (\S+)$/i.exec(header);
    return !!match && timingSafeEqual(digest(match[1]), this.tokenDigest!);
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }

  /** The pg pools behind TypeORM: the primary's, and the read replica's when DATABASE_READ_URL is set. */
  private readPools(): void {
    const poolOf = (source: DataSource | null | undefined) =>
      (source?.driver as unknown as { master?: PoolLike } | undefined)?.master;
    const pools: [string, PoolLike | undefined][] = [
      ['primary', poolOf(this.dataSource)],
      ['replica', poolOf(this.replica)],
    ];
    this.poolConnections.reset();
    this.poolMax.reset();
    this.poolWaiting.reset();
    for (const [name, pool] of pools) {
      if (typeof pool?.totalCount !== 'number') continue;
      this.poolConnections.set({ pool: name, state: 'total' }, pool.totalCount);
      this.poolConnections.set({ pool: name, state: 'idle' }, pool.idleCount);
      this.poolConnections.set({ pool: name, state: 'busy' }, pool.totalCount - pool.idleCount);
      this.poolWaiting.set({ pool: name }, pool.waitingCount);
      if (pool.options?.max) this.poolMax.set({ pool: name }, pool.options.max);
    }
  }

  private readBacklog(): Promise<void> {
    const now = Date.now();
    if (this.backlog && now - this.backlog.at < DATABASE_GAUGES_TTL_MS) return this.backlog.promise;
    const promise = this.queryBacklog();
    this.backlog = { at: now, promise };
    return promise;
  }

  private async queryBacklog(): Promise<void> {
    try {
      const rows = await withTimeout(
        this.db.asCentralSystem((db) => db.query<{ jobs: JobRow[]; webhooks: WebhookRow }[]>(BACKLOG_SQL)),
        DATABASE_GAUGES_TIMEOUT_MS,
        'no backlog figures',
      );
      const { jobs, webhooks } = rows[0];
      this.jobs.reset();
      this.jobsOldestDue.reset();
      for (const j of jobs) {
        for (const state of ['pending', 'due', 'leased', 'failed'] as const)
          this.jobs.set({ kind: j.kind, state }, j[state]);
        this.jobsOldestDue.set({ kind: j.kind }, j.oldest_due_seconds);
      }
      for (const state of ['pending', 'retrying', 'failed'] as const)
        this.webhookDeliveries.set({ state }, Number(webhooks[state]));
      this.backlogUp.set(1);
    } catch (error) {
      // Stale figures would look healthy: drop them and say so; the scrape itself still succeeds.
      this.jobs.reset();
      this.jobsOldestDue.reset();
      this.webhookDeliveries.reset();
      this.backlogUp.set(0);
      this.logger.warn({ err: error }, 'metrics: backlog query failed');
    }
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * The route pattern Express matched (`/feeds/:tenantId/:format`), or a fixed name for what is served
 * outside Nest's router, so a label never carries ids, tokens or arbitrary paths.
 */
function routeOf(req: Request, res: Response): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}` || '/';
  const path = req.originalUrl.split('?')[0];
  if (path === '/graphql') return '/graphql';
  if (path === '/metrics') return '/metrics';
  if (res.statusCode === 404) return '(unmatched)';
  if (path.startsWith('/assets/')) return '/assets/*';
  // The web app's index.html for client-side routes, or a refusal before routing (e.g. a bad body).
  return req.method === 'GET' && res.statusCode < 400 ? '(web)' : '(other)';
}
