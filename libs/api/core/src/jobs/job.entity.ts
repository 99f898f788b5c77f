import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One unit of background work (renditions, deliveries, sweeps) in the PostgreSQL job queue. System
 * data, not tenant data: `tenant_id` says on whose behalf the job runs, and the table has no
 * row-level security because no request ever reads it (see docs/jobs.md).
 */
@Entity('jobs')
@Index('jobs_due', ['runAt', 'id'], { where: 'done_at IS NULL' })
export class JobEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  kind!: string;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column('uuid', { name: 'tenant_id', nullable: true })
  tenantId!: string | null;

  @Column('timestamptz', { name: 'run_at', default: () => 'now()' })
  runAt!: Date;

  /** How often the job was claimed (incremented on claim, so a crash mid-run still counts). */
  @Column('int', { default: 0 })
  attempts!: number;

  @Column('int', { name: 'max_attempts', default: 5 })
  maxAttempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  /** Lease of the worker running it; after it passes another worker may claim the job again. */
  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'done_at', nullable: true })
  doneAt!: Date | null;
}
