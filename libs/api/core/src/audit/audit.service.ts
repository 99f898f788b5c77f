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
    await this.recordMany(db, actor, [input]);
  }

  /** Several entries by the same actor in one statement (bulk work such as an import), in the given order. */
  async recordMany(db: EntityManager, actor: Actor | null, inputs: readonly AuditInput[]): Promise<void> {
    if (!inputs.length) return;
    const json = (value: object | null | undefined) => (value ? JSON.stringify(value) : null);
    await db.query(
      `INSERT INTO audit_log (tenant_id, actor_kind, actor_id, action, entity_type, entity_id, before, after, request_id)
       SELECT e.tenant_id, $1, $2, e.action, e.entity_type, e.entity_id, e.before, e.after, $3
         FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[])
              WITH ORDINALITY AS e(tenant_id, action, entity_type, entity_id, before, after, n)
        ORDER BY e.n`,
      [
        actor?.kind ?? 'SYSTEM',
        actor?.id ?? null,
        requestContext.getStore()?.requestId ?? null,
        inputs.map((i) => i.tenantId),
        inputs.map((i) => i.action),
        inputs.map((i) => i.entityType),
        inputs.map((i) => i.entityId),
        inputs.map((i) => json(i.before)),
        inputs.map((i) => json(i.after)),
      ],
    );
  }
}
