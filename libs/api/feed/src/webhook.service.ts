import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppError,
  AuditService,
  decodeCursor,
  isUuid,
  TenantDb,
  toPage,
  type Actor,
  type AppConfig,
  type Page,
} from '@bibliohub/api-core';
import type {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryType,
  WebhookEndpointType,
} from './dto/webhook.type.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { scheduleEndpoint } from './webhook-dispatcher.service.js';

export const MAX_ENDPOINTS_PER_LIBRARY = 10;
const notFound = () => AppError.notFound('WEBHOOK_NOT_FOUND', 'No such webhook endpoint');

/** A library's webhook endpoints and delivery log. Delivery itself is WebhookDispatcher's work. */
@Injectable()
export class WebhookService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor): Promise<WebhookEndpointType[]> {
    return this.db.run(actor, (db) =>
      db.find(WebhookEndpointEntity, { where: { tenantId: actor.tenantId }, order: { createdAt: 'ASC' } }),
    );
  }

  async create(
    actor: Actor,
    input: CreateWebhookEndpointInput,
  ): Promise<{ endpoint: WebhookEndpointType; secret: string }> {
    const url = this.checkUrl(input.url);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const endpoint = await this.db.run(actor, async (db) => {
      const count = await db.count(WebhookEndpointEntity, { where: { tenantId: actor.tenantId } });
      if (count >= MAX_ENDPOINTS_PER_LIBRARY)
        throw AppError.conflict(
          'TOO_MANY_ENDPOINTS',
          `A library has at most ${MAX_ENDPOINTS_PER_LIBRARY} webhook endpoints`,
        );
      const saved = await db.save(
        db.create(WebhookEndpointEntity, { tenantId: actor.tenantId, url, events: input.events, secret }),
      );
      await this.audit.record(db, actor, {
        tenantId: actor.tenantId,
        action: 'webhook.create',
        entityType: 'WebhookEndpoint',
        entityId: saved.id,
        after: { url, events: input.events },
      });
      return saved;
    });
    return { endpoint, secret };
  }

  update(actor: Actor, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointType> {
    return this.db.run(actor, async (db) => {
      const endpoint = isUuid(id) ? await db.findOneBy(WebhookEndpointEntity, { id }) : null;
      if (!endpoint) throw notFound();
      const before = { events: endpoint.events, active: endpoint.active };
      if (input.events) endpoint.events = input.events;
      if (input.active !== undefined) endpoint.active = input.active;
      await db.update(WebhookEndpointEntity, { id }, { events: endpoint.events, active: endpoint.active });
      // Deliveries waiting while it was paused go out now, in order.
      if (endpoint.active && !before.active) await scheduleEndpoint(db, id, endpoint.tenantId, null);
      await this.audit.record(db, actor, {
        tenantId: endpoint.tenantId,
        action: 'webhook.update',
        entityType: 'WebhookEndpoint',
        entityId: id,
        before,
        after: { events: endpoint.events, active: endpoint.active },
      });
      return endpoint;
    });
  }

  delete(actor: Actor, id: string): Promise<boolean> {
    return this.db.run(actor, async (db) => {
      const endpoint = isUuid(id) ? await db.findOneBy(WebhookEndpointEntity, { id }) : null;
      if (!endpoint) throw notFound();
      await db.delete(WebhookEndpointEntity, { id });
      await this.audit.record(db, actor, {
        tenantId: endpoint.tenantId,
        action: 'webhook.delete',
        entityType: 'WebhookEndpoint',
        entityId: id,
        before: { url: endpoint.url },
      });
      return true;
    });
  }

  /** Sends a `ping` event through the normal delivery path, to test the receiver. */
  ping(actor: Actor, id: string): Promise<WebhookDeliveryType> {
    return this.db.run(actor, async (db) => {
      const endpoint = isUuid(id) ? await db.findOneBy(WebhookEndpointEntity, { id }) : null;
      if (!endpoint) throw notFound();
      const delivery = await db.save(
        db.create(WebhookDeliveryEntity, {
          tenantId: endpoint.tenantId,
          endpointId: id,
          eventType: 'ping',
          payload: { type: 'ping', data: {} },
          status: 'PENDING',
          nextAttemptAt: new Date(),
        }),
      );
      await scheduleEndpoint(db, id, endpoint.tenantId, null);
      return delivery;
    });
  }

  deliveries(
    actor: Actor,
    args: { first: number; after?: string | null; endpointId?: string },
  ): Promise<Page<WebhookDeliveryType>> {
    const cursor = decodeCursor(args.after, 1);
    return this.db.run(actor, async (db) => {
      const qb = db
        .createQueryBuilder(WebhookDeliveryEntity, 'd')
        .where('d.tenant_id = :t', { t: actor.tenantId })
        .orderBy('d.id', 'DESC')
        .limit(args.first + 1);
      if (args.endpointId)
        qb.andWhere('d.endpoint_id = :e', { e: isUuid(args.endpointId) ? args.endpointId : null });
      if (cursor) qb.andWhere('d.id < :c', { c: cursor[0] });
      return toPage(await qb.getMany(), args.first, (d) => [d.id]);
    });
  }

  /** HTTPS only; plain HTTP and loopback addresses only outside production (local receivers, tests). */
  private checkUrl(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw invalidUrl('not a URL');
    }
    const production = this.config.nodeEnv === 'production';
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const local = host === 'localhost' || host === '127.0.0.1' || host === '::1';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local && !production))
      throw invalidUrl('use an https:// address');
    if (production && (local || isPrivateAddress(host)))
      throw invalidUrl('private and loopback addresses are not allowed');
    if (url.username || url.password) throw invalidUrl('no credentials in the address');
    return url.toString();
  }
}

const invalidUrl = (why: string) =>
  AppError.badInput('INVALID_WEBHOOK_URL', `Invalid webhook address: ${why}`, [
    { field: 'url', reason: 'url', message: why },
  ]);

function isPrivateAddress(host: string): boolean {
  if (!isIP(host)) return false;
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|127\.|0\.|fc|fd|fe80)/i.test(host);
}
