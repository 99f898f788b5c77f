import { createHmac } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { deleteExpired, JobWorker, LOGGER, RETENTION_INTERVAL_MS, TenantDb } from '@bibliohub/api-core';

export const WEBHOOK_TIMEOUT_MS = 5_000;
export const WEBHOOK_MAX_ATTEMPTS = 8;
/** Deliveries sent per endpoint per job run, so one busy endpoint cannot hold a worker for long. */
const BATCH = 20;
/** A library's delivery log keeps finished deliveries this long (docs/api.md); pending ones stay. */
export const WEBHOOK_LOG_DAYS = 30;

/** Seconds before retry n (1-based): 10 s, 30 s, 90 s … capped at 1 h. */
export function webhookBackoffSeconds(attempt: number): number {
  return Math.min(3600, 10 * 3 ** (attempt - 1));
}

/** The header receivers verify: HMAC-SHA256 over "<timestamp>.<raw body>" with the endpoint's secret. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A queued event: post changes (from the posts trigger) or a library-specific event with its own data. */
export interface WebhookEvent {
  event: string;
  tenantId?: string | null;
  data?: Record<string, unknown>;
  postId?: string;
  status?: string;
  withdrawalReason?: string | null;
  at?: string;
}

interface DeliveryRow {
  id: string;
  event_type: string;
  payload: { type?: string; data?: unknown };
  attempts: number;
  created_at: Date;
  next_attempt_at: Date;
  due: boolean;
}

/**
 * Turns post changes into signed deliveries. A fan-out job (queued by the posts trigger in the same
 * transaction as the change) writes one delivery per subscribed endpoint; one job per endpoint then
 * sends them strictly in order, retrying with backoff. All of it runs in background jobs with short
 * timeouts, so a slow or dead receiver delays only its own deliveries, never an editor or a library.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit {
  constructor(
    private readonly worker: JobWorker,
    private readonly db: TenantDb,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.worker.register('webhooks.fanout', (payload) => this.fanOut(payload as unknown as WebhookEvent));
    this.worker.register('webhooks.endpoint', (payload) => this.deliver(String(payload['endpointId'])));
    this.worker.every('webhooks.log-retention', RETENTION_INTERVAL_MS, () => this.purgeLog());
  }

  /** Deletes delivered and given-up deliveries older than the log keeps; returns how many. */
  purgeLog(now = new Date()): Promise<number> {
    return deleteExpired(
      this.db,
      `DELETE FROM webhook_deliveries
        WHERE status <> 'PENDING' AND created_at < $1::timestamptz - make_interval(days => $2)`,
      [now, WEBHOOK_LOG_DAYS],
    );
  }

  /** One delivery per subscribed endpoint: of every library, or of `tenantId` only (its own submissions). */
  async fanOut(event: WebhookEvent): Promise<void> {
    const data = event.data ?? {
      postId: event.postId,
      status: event.status,
      withdrawalReason: event.withdrawalReason,
      changedAt: event.at,
    };
    await this.db.asCentralSystem(async (db) => {
      const endpoints = await db.query<{ id: string; tenant_id: string }[]>(
        `SELECT e.id, e.tenant_id FROM webhook_endpoints e JOIN tenants t ON t.id = e.tenant_id
          WHERE e.active AND t.active AND (cardinality(e.events) = 0 OR $1 = ANY(e.events))
            AND ($2::uuid IS NULL OR e.tenant_id = $2)`,
        [event.event, event.tenantId ?? null],
      );
      for (const endpoint of endpoints) {
        await db.query(
          `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_type, payload, status, next_attempt_at) VALUES ($1, $2, $3, $4, 'PENDING', now())`,
          [endpoint.tenant_id, endpoint.id, event.event, JSON.stringify({ type: event.event, data })],
        );
        await scheduleEndpoint(db, endpoint.id, endpoint.tenant_id, null);
      }
    });
  }

  /** Sends an endpoint's due deliveries oldest first; stops at the first failure to keep the order. */
  async deliver(endpointId: string): Promise<void> {
    await this.db.asCentralSystem(async (db) => {
      const [endpoint] = await db.query<
        { id: string; tenant_id: string; url: string; secret: string; active: boolean }[]
      >(
        // NO KEY UPDATE: serialises deliverers of one endpoint (any number of API replicas) without
        // blocking the fan-out's inserts, whose foreign-key check takes KEY SHARE on this row.
        'SELECT id, tenant_id, url, secret, active FROM webhook_endpoints WHERE id = $1 FOR NO KEY UPDATE SKIP LOCKED',
        [endpointId],
      );
      if (!endpoint) {
        // Deleted, or locked by another deliverer or an edit: look again shortly, so nothing is stranded.
        const [held] = await db.query<{ tenant_id: string }[]>(
          'SELECT tenant_id FROM webhook_endpoints WHERE id = $1 AND active',
          [endpointId],
        );
        if (held) await scheduleEndpoint(db, endpointId, held.tenant_id, new Date(Date.now() + 5_000));
        return;
      }
      if (!endpoint.active) return; // paused
      for (let sent = 0; sent < BATCH; sent++) {
        const [delivery] = await db.query<DeliveryRow[]>(
          `SELECT id, event_type, payload, attempts, created_at, next_attempt_at, next_attempt_at <= now() AS due
             FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'PENDING' ORDER BY id LIMIT 1`,
          [endpointId],
        );
        if (!delivery) return;
        if (!delivery.due)
          return scheduleEndpoint(db, endpointId, endpoint.tenant_id, delivery.next_attempt_at);
        const outcome = await this.send(endpoint.url, endpoint.secret, delivery);
        const attempts = delivery.attempts + 1;
        if (outcome.ok) {
          await db.query(
            `UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = $2, last_status_code = $3, last_error = NULL, delivered_at = now() WHERE id = $1`,
            [delivery.id, attempts, outcome.status],
          );
          continue;
        }
        if (attempts >= WEBHOOK_MAX_ATTEMPTS) {
          await db.query(
            `UPDATE webhook_deliveries SET status = 'FAILED', attempts = $2, last_status_code = $3, last_error = $4 WHERE id = $1`,
            [delivery.id, attempts, outcome.status, outcome.error],
          );
          this.logger.warn({ endpointId, deliveryId: delivery.id }, 'webhook delivery given up');
          continue;
        }
        const nextAt = new Date(Date.now() + webhookBackoffSeconds(attempts) * 1000);
        await db.query(
          `UPDATE webhook_deliveries SET attempts = $2, last_status_code = $3, last_error = $4, next_attempt_at = $5 WHERE id = $1`,
          [delivery.id, attempts, outcome.status, outcome.error, nextAt],
        );
        return scheduleEndpoint(db, endpointId, endpoint.tenant_id, nextAt);
      }
      // More left than one batch: continue in a fresh job.
      await scheduleEndpoint(db, endpointId, endpoint.tenant_id, null);
    });
  }

  private async send(
    url: string,
    secret: string,
    delivery: DeliveryRow,
  ): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    const body = JSON.stringify({
      id: delivery.id,
      type: delivery.event_type,
      createdAt: new Date(delivery.created_at).toISOString(),
      data: delivery.payload.data ?? {},
    });
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'BiblioHub-Webhooks/1',
          'bibliohub-event': delivery.event_type,
          'bibliohub-delivery': delivery.id,
          'bibliohub-signature': webhookSignature(secret, timestamp, body),
        },
        body,
      });
      await res.body?.cancel();
      return {
        ok: res.status >= 200 && res.status < 300,
        status: res.status,
        error: res.status >= 300 ? `HTTP ${res.status}` : null,
      };
    } catch (error) {
      const e = error as Error;
      return {
        ok: false,
        status: null,
        error:
          e.name === 'TimeoutError' ? `no answer within ${WEBHOOK_TIMEOUT_MS} ms` : e.message.slice(0, 300),
      };
    }
  }
}

/** One pending delivery job per endpoint at a time. */
export async function scheduleEndpoint(
  db: EntityManager,
  endpointId: string,
  tenantId: string,
  at: Date | null,
): Promise<void> {
  await db.query(
    `INSERT INTO jobs (kind, payload, tenant_id, run_at, max_attempts)
     SELECT 'webhooks.endpoint', jsonb_build_object('endpointId', $1::text), $2, coalesce($3::timestamptz, now()), 3
      WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE kind = 'webhooks.endpoint' AND done_at IS NULL AND locked_until IS NULL AND payload ->> 'endpointId' = $1::text)`,
    [endpointId, tenantId, at],
  );
}
