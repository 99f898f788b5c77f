import type { Channel } from '@bibliohub/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** "We posted this": a library's receipt for using a post on a channel. Idempotent per (post, channel, url). */
@Entity('usage_receipts')
@Index('usage_receipts_unique', ['tenantId', 'postId', 'channel', 'url'], { unique: true })
@Index('usage_receipts_post', ['postId', 'publishedAt'])
export class UsageReceiptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'post_id' })
  postId!: string;

  @Column('text')
  channel!: Channel;

  /** Where it was posted ('' when the library gives no link). */
  @Column('text', { default: '' })
  url!: string;

  @Column('timestamptz', { name: 'published_at' })
  publishedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
