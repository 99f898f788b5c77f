import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { SubmissionEntity } from './submission.entity.js';

/** The timeline of a submission: every transition and comment, seen by the library and the editors. */
@Entity('submission_events')
@Index('submission_events_submission', ['submissionId', 'id'])
export class SubmissionEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'submission_id' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: Relation<SubmissionEntity>;

  /** STATUS or COMMENT. */
  @Column('text')
  kind!: string;

  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: string | null;

  @Column('text', { name: 'to_status', nullable: true })
  toStatus!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  /** CENTRAL or LIBRARY: which side wrote it. */
  @Column('text')
  side!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
