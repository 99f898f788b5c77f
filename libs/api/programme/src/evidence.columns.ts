import type { EvidenceStatus } from '@bibliohub/contracts';
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every kind of evidence shares: owned by one library (forced row-level security),
 * recorded by the library, verified or rejected by central staff with a comment.
 */
export abstract class EvidenceColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { default: 'SUBMITTED' })
  status!: EvidenceStatus;

  /** When the library recorded it or last changed it (a change sends it back for review). */
  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' })
  submittedAt!: Date;

  @Column('uuid', { name: 'submitted_by', nullable: true })
  submittedBy!: string | null;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Column('uuid', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Column('text', { name: 'review_comment', nullable: true })
  reviewComment!: string | null;

  /** Optimistic lock: every change and every review increments it. */
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
