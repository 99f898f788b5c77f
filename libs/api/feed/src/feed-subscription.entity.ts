import type { Channel } from '@bibliohub/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A library's default feed filter: the themes and channels it opted into (empty = everything). */
@Entity('feed_subscriptions')
export class FeedSubscriptionEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'theme_ids', array: true, default: '{}' })
  themeIds!: string[];

  @Column('text', { array: true, default: '{}' })
  channels!: Channel[];

  /** When the library last looked at its feed in the web app; "new since last visit" counts from here. */
  @Column('timestamptz', { name: 'last_visit_at', nullable: true })
  lastVisitAt!: Date | null;

  /** See feed-token.ts. */
  @Column('int', { name: 'feed_token_version', default: 1 })
  feedTokenVersion!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
