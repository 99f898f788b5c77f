import type { Goal, Language, SubmissionStatus, TargetGroup } from '@bibliohub/contracts';
import type { PostVariants } from '@bibliohub/api-content';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Content a library offers the network; central editors review it and may republish it. */
@Entity('submissions')
@Index('submissions_idempotency', ['tenantId', 'idempotencyKey'], { unique: true })
@Index('submissions_queue', ['status', 'submittedAt', 'id'])
@Index('submissions_tenant', ['tenantId', 'createdAt'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('jsonb')
  variants: PostVariants = {};

  /** Suggested theme or campaign. */
  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @Column('text', { name: 'target_groups', array: true, default: '{}' })
  targetGroups!: TargetGroup[];

  @Column('text', { nullable: true })
  goal!: Goal | null;

  @Column('text', { default: 'NL' })
  language!: Language;

  /** Rights statement: the library may share this content with the network. */
  @Column('boolean', { name: 'may_share', default: false })
  mayShare!: boolean;

  /** Recognisable people on the images have given consent. */
  @Column('boolean', { name: 'portrait_consent', default: false })
  portraitConsent!: boolean;

  @Column('text', { name: 'rights_note', nullable: true })
  rightsNote!: string | null;

  /** Local context for the reviewers. */
  @Column('text', { name: 'local_context', nullable: true })
  localContext!: string | null;

  @Column('text')
  status!: SubmissionStatus;

  /** Client-chosen key that makes "create and submit" safe to retry. */
  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the request that first used the key; a different body with the same key is refused. */
  @Column('text', { name: 'request_hash', nullable: true })
  requestHash!: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason!: string | null;

  /** Central editor the submission is assigned to. */
  @Column('uuid', { name: 'reviewer_id', nullable: true })
  reviewerId!: string | null;

  /** The central post created on approval. */
  @Column('uuid', { name: 'post_id', nullable: true })
  postId!: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column('int', { default: 1 })
  version!: number;
}
