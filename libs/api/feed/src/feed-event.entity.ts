import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The change log behind delta sync. A trigger on posts writes one row per change to a post that is
 * or was published (tenant_id NULL: it concerns every library); subscription changes write rows for
 * one tenant. `xid` is the writing transaction's id, so readers only consume events below their
 * snapshot's xmin: no event can commit "behind" a cursor.
 */
@Entity('feed_events')
@Index('feed_events_xid', ['xid'])
export class FeedEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('bigint')
  xid!: string;

  @Column('uuid', { name: 'tenant_id', nullable: true })
  tenantId!: string | null;

  @Column('uuid', { name: 'post_id', nullable: true })
  postId!: string | null;

  /** POST (a post changed) or SUBSCRIPTION (a library changed its filter). */
  @Column('text')
  kind!: string;

  /** Post status and withdrawal reason at the time, or the previous subscription. */
  @Column('jsonb')
  data!: Record<string, unknown>;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
