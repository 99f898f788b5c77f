import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { requestContext } from '../logging/request-context.js';
import type { Actor } from '../tenancy/actor.js';

export interface AuditInput {
  tenantId: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Writes audit entries inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(db: EntityManager, actor: Actor | null, input: AuditInput): Promise<void> {
    await db.query(
      `INSERT INTO audit_log (tenant_id, actor_kind, actor_id, action, entity_type, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        input.tenantId,
        actor?.kind ?? 'SYSTEM',
        actor?.id ?? null,
        input.action,
        input.entityType,
        input.entityId,
        input.before ? JSON.stringify(input.before) : null,
        input.after ? JSON.stringify(input.after) : null,
        requestContext.getStore()?.requestId ?? null,
      ],
    );
  }
}
