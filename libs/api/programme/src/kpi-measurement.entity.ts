import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EvidenceColumns } from './evidence.columns.js';
import { ProgrammeChannelEntity } from './programme-channel.entity.js';

/** The KPIs of one channel at a measurement moment (DOMAIN.md: fixed measurement moments). */
@Entity('programme_kpi_measurements')
@Index('programme_kpi_measurements_moment', ['channelId', 'measuredOn'], { unique: true })
@Index('programme_kpi_measurements_tenant', ['tenantId', 'measuredOn'])
export class KpiMeasurementEntity extends EvidenceColumns {
  @Column('uuid', { name: 'channel_id' })
  channelId!: string;

  @ManyToOne(() => ProgrammeChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id' })
  channelRow?: ProgrammeChannelEntity;

  @Column('date', { name: 'measured_on' })
  measuredOn!: string;

  @Column('int')
  followers!: number;

  @Column('int')
  posts!: number;

  /** Interactions and conversations (@-mentions, comments, replies). */
  @Column('int')
  interactions!: number;

  @Column('int')
  shares!: number;

  /** Visits from social media to the library's website. */
  @Column('int', { name: 'website_visits' })
  websiteVisits!: number;
}
