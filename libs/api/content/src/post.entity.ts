import { Channel, Goal, Language, PostSource, PostStatus, TargetGroup } from '@bibliohub/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { ThemeEntity } from './theme.entity.js';

export interface PostVariant {
  text: string;
  hashtags: string[];
  link: string | null;
  callToAction: string | null;
}

export type PostVariants = Partial<Record<Channel, PostVariant>>;

/** A shared social-media post written by central editors (or republished from a library). */
@Entity('posts')
@Index('posts_status_updated', ['status', 'updatedAt', 'id'])
@Index('posts_suggested', ['suggestedPublishAt', 'id'])
@Index('posts_theme', ['themeId'])
@Index('posts_search', { synchronize: false })
@Index('posts_target_groups', { synchronize: false })
@Index('posts_channels', { synchronize: false })
@Index('posts_window', { synchronize: false })
@Index('posts_updated', { synchronize: false })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The central tenant. */
  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  /** Stable id from an import source; re-importing updates instead of duplicating. */
  @Column('text', { name: 'external_id', nullable: true, unique: true })
  externalId!: string | null;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('jsonb')
  variants: PostVariants = {};

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId!: string | null;

  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Relation<ThemeEntity> | null;

  @Column('text', { name: 'target_groups', array: true, default: '{}' })
  targetGroups!: TargetGroup[];

  @Column('text', { nullable: true })
  goal!: Goal | null;

  @Column('text', { default: Language.NL })
  language!: Language;

  @Column('text', { array: true, default: '{}' })
  tags!: string[];

  @Column('text')
  status!: PostStatus;

  @Column('timestamptz', { name: 'available_from', nullable: true })
  availableFrom!: Date | null;

  @Column('timestamptz', { name: 'available_until', nullable: true })
  availableUntil!: Date | null;

  @Column('timestamptz', { name: 'suggested_publish_at', nullable: true })
  suggestedPublishAt!: Date | null;

  @Column('timestamptz', { name: 'scheduled_at', nullable: true })
  scheduledAt!: Date | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawal_reason', nullable: true })
  withdrawalReason!: string | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Column('text', { default: PostSource.CENTRAL })
  source!: PostSource;

  @Column('uuid', { name: 'source_tenant_id', nullable: true })
  sourceTenantId!: string | null;

  @Column('uuid', { name: 'source_submission_id', nullable: true })
  sourceSubmissionId!: string | null;

  /** "Bron: …" shown with republished library content. */
  @Column('text', { nullable: true })
  attribution!: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Checked by hand in every UPDATE (… WHERE version = $n), see DESIGN.md. */
  @Column('int', { default: 1 })
  version!: number;

  /** Channels that have a variant (keys of `variants`), kept by the same trigger, for filtering. */
  @Column({ type: 'text', array: true, insert: false, update: false, default: '{}' })
  channels!: Channel[];

  /** Dutch full-text document (title and tags weight A, body B, variants C), kept by a trigger. */
  @Column({
    type: 'tsvector',
    name: 'search_vector',
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  searchVector?: string;
}
