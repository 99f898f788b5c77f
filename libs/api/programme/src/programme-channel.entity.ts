import type { Channel } from '@bibliohub/contracts';
import { Column, Entity, Index } from 'typeorm';
import { EvidenceColumns } from './evidence.columns.js';

/**
 * A social channel the library is active on, as programme evidence (with the dates it was active);
 * KPI measurements hang off it. The tenant profile's `channels` stay the source for placeholders.
 */
@Entity('programme_channels')
@Index('programme_channels_handle', ['tenantId', 'channel', 'handle'], { unique: true })
export class ProgrammeChannelEntity extends EvidenceColumns {
  @Column('text')
  channel!: Channel;

  @Column('text')
  handle!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('date', { name: 'active_since', nullable: true })
  activeSince!: string | null;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;
}
