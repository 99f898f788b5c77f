import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The criteria that turn verified evidence into phase statuses, configured by central admins. One row
 * (id 1); the defaults are the issue's. Changing it re-derives every library's status.
 */
@Entity('programme_criteria')
export class ProgrammeCriteriaEntity {
  @PrimaryColumn('smallint')
  id!: number;

  @Column('int', { name: 'training_min_verified', default: 1 })
  trainingMinVerified!: number;

  @Column('boolean', { name: 'training_digital_vision_only', default: true })
  trainingDigitalVisionOnly!: boolean;

  @Column('boolean', { name: 'presence_requires_trained', default: false })
  presenceRequiresTrained!: boolean;

  @Column('boolean', { name: 'presence_requires_complete_strategy', default: true })
  presenceRequiresCompleteStrategy!: boolean;

  @Column('boolean', { name: 'presence_requires_policy', default: true })
  presenceRequiresPolicy!: boolean;

  @Column('boolean', { name: 'presence_requires_house_style', default: false })
  presenceRequiresHouseStyle!: boolean;

  @Column('int', { name: 'presence_min_active_channels', default: 1 })
  presenceMinActiveChannels!: number;

  @Column('int', { name: 'presence_kpi_within_days', default: 90 })
  presenceKpiWithinDays!: number;

  @Column('int', { name: 'presence_min_kpi_measurements', default: 1 })
  presenceMinKpiMeasurements!: number;

  @Column('boolean', { name: 'networks_requires_present', default: false })
  networksRequiresPresent!: boolean;

  @Column('int', { name: 'networks_min_active', default: 1 })
  networksMinActive!: number;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;
}
