import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when, with the state before and after. Append-only. */
@Entity('audit_log')
@Index('audit_log_tenant_at', ['tenantId', 'at'])
@Index('audit_log_entity', ['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** The tenant whose data changed (the central tenant for central content). */
  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'actor_kind' })
  actorKind!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('text', { name: 'entity_id' })
  entityId!: string;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Column('text', { name: 'request_id', nullable: true })
  requestId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
