import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { ApiScope, TenantKind } from '@bibliohub/contracts';
import type { Logger } from 'pino';
import {
  AppError,
  AuditService,
  isUuid,
  LOGGER,
  prepared,
  queryPrepared,
  TenantDb,
  type Actor,
} from '@bibliohub/api-core';
import { DataSource } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity.js';
import { API_KEY_PATTERN, newApiKey, secretMatches, sha256Hex } from './tokens.js';

/** The key check runs on every machine request: prepared once per connection. */
export const AUTH_API_KEY = prepared('SELECT * FROM auth_api_key($1, $2)');

/** Seconds between last-used writes per key, so busy keys do not write on every request. */
const LAST_USED_RESOLUTION_SECONDS = 60;
/** Last uses are written in one batch this often, outside the requests (`touch_api_keys`). */
const LAST_USED_FLUSH_MS = 1000;
const TOUCH_API_KEYS = prepared('SELECT touch_api_keys($1::uuid[])');

export interface CreateApiKeyInput {
  tenantId: string;
  name: string;
  scopes: ApiScope[];
  expiresAt?: Date | null;
}

const notFound = () => AppError.notFound('API_KEY_NOT_FOUND', 'No such API key');
const invalidKey = () =>
  AppError.unauthenticated('INVALID_API_KEY', 'The API key is invalid, expired or revoked');

@Injectable()
export class ApiKeyService implements BeforeApplicationShutdown {
  /** Keys used since the last flush whose last-used time was due (see `verify`). */
  private readonly used = new Set<string>();
  private flushTimer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Creates a key for a library; the full key is returned once and only its hash is stored. */
  async create(
    actor: Actor | null,
    input: CreateApiKeyInput,
  ): Promise<{ apiKey: ApiKeyEntity; key: string }> {
    if (!input.scopes.length)
      throw AppError.badInput('SCOPES_REQUIRED', 'Give the key at least one scope', [
        { field: 'scopes', reason: 'required', message: 'at least one scope' },
      ]);
    if (input.expiresAt && input.expiresAt <= new Date())
      throw AppError.badInput('EXPIRY_IN_PAST', 'The expiry date must lie in the future', [
        { field: 'expiresAt', reason: 'future', message: 'must be in the future' },
      ]);
    const { prefix, secret, key } = newApiKey();
    const work = async (db: Parameters<Parameters<TenantDb['asTenant']>[1]>[0]) => {
      const tenant = await db.query<{ kind: TenantKind }[]>('SELECT kind FROM tenants WHERE id = $1', [
        input.tenantId,
      ]);
      if (!tenant[0]) throw AppError.notFound('TENANT_NOT_FOUND', 'No such library');
      if (tenant[0].kind !== TenantKind.LIBRARY)
        throw AppError.badInput('NOT_A_LIBRARY', 'API keys belong to libraries');
      const apiKey = await db.save(
        db.create(ApiKeyEntity, {
          tenantId: input.tenantId,
          name: input.name.trim(),
          prefix,
          secretHash: sha256Hex(secret),
          scopes: [...new Set(input.scopes)],
          expiresAt: input.expiresAt ?? null,
          createdBy: actor?.kind === 'USER' ? actor.id : null,
        }),
      );
      await this.audit.record(db, actor, {
        tenantId: input.tenantId,
        action: 'apiKey.create',
        entityType: 'ApiKey',
        entityId: apiKey.id,
        after: { name: apiKey.name, prefix, scopes: apiKey.scopes, expiresAt: apiKey.expiresAt },
      });
      return apiKey;
    };
    const apiKey = actor ? await this.db.run(actor, work) : await this.db.asTenant(input.tenantId, work);
    return { apiKey, key };
  }

  list(actor: Actor, tenantId: string): Promise<ApiKeyEntity[]> {
    if (!isUuid(tenantId)) return Promise.resolve([]);
    return this.db.run(actor, (db) =>
      db.find(ApiKeyEntity, { where: { tenantId }, order: { createdAt: 'DESC' } }),
    );
  }

  async revoke(actor: Actor, id: string): Promise<ApiKeyEntity> {
    if (!isUuid(id)) throw notFound();
    return this.db.run(actor, async (db) => {
      const key = await db.findOneBy(ApiKeyEntity, { id });
      if (!key) throw notFound();
      if (!key.revokedAt) {
        key.revokedAt = new Date();
        await db.update(ApiKeyEntity, { id }, { revokedAt: key.revokedAt });
        await this.audit.record(db, actor, {
          tenantId: key.tenantId,
          action: 'apiKey.revoke',
          entityType: 'ApiKey',
          entityId: id,
          after: { revokedAt: key.revokedAt },
        });
      }
      return key;
    });
  }

  /** Checks a presented key on every request (no cache), so a revocation takes effect at once. */
  async verify(presented: string): Promise<Actor> {
    const match = API_KEY_PATTERN.exec(presented);
    if (!match) throw invalidKey();
    const [, prefix, secret] = match as unknown as [string, string, string];
    // Outside any transaction: the function sets the system context for its own statement only.
    const [row] = await queryPrepared<{
      id: string;
      tenant_id: string;
      secret_hash: string;
      scopes: ApiScope[];
      stale: boolean;
    }>(this.dataSource, AUTH_API_KEY, [prefix, LAST_USED_RESOLUTION_SECONDS]);
    if (!row || !secretMatches(secret, row.secret_hash)) throw invalidKey();
    if (row.stale) this.markUsed(row.id);
    return {
      kind: 'API_KEY',
      id: row.id,
      tenantId: row.tenant_id,
      tenantKind: TenantKind.LIBRARY,
      scopes: row.scopes,
    };
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.flushLastUsed();
  }

  /** Writes the pending last uses now (also before shutdown, while the pool is still open). */
  private flushLastUsed(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (!this.used.size) return this.flushing;
    const ids = [...this.used];
    this.used.clear();
    this.flushing = this.flushing
      .then(() => queryPrepared(this.dataSource, TOUCH_API_KEYS, [ids]))
      .then(
        () => undefined,
        // Harmless to lose: the keys stay due and are marked again on their next use.
        (error: unknown) =>
          this.logger.warn({ err: error, keys: ids.length }, 'API key last-use not recorded'),
      );
    return this.flushing;
  }

  private markUsed(id: string): void {
    this.used.add(id);
    this.flushTimer ??= setTimeout(() => void this.flushLastUsed(), LAST_USED_FLUSH_MS).unref();
  }
}
