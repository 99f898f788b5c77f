import type { Phase, PhaseStatus } from '@bibliohub/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every change of a library's phase status, with the moment it took effect: replaying the rows up to
 * a moment gives every library's status at that moment (trends, snapshots). Append-only.
 */
@Entity('phase_history')
@Index('phase_history_phase', ['phase', 'changedAt'])
@Index('phase_history_tenant', ['tenantId', 'changedAt'])
export class PhaseHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  phase!: Phase;

  @Column('text', { name: 'from_status' })
  fromStatus!: PhaseStatus;

  @Column('text', { name: 'to_status' })
  toStatus!: PhaseStatus;

  @Column('timestamptz', { name: 'changed_at' })
  changedAt!: Date;

  /** EVIDENCE, REVIEW, CRITERIA or EXPIRY. */
  @Column('text')
  reason!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;
}
