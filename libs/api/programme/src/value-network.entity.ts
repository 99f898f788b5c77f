import { Column, Entity, Index } from 'typeorm';
import { EvidenceColumns } from './evidence.columns.js';

/** Phase 3 evidence: a value network or theme community the library facilitates. */
@Entity('programme_networks')
@Index('programme_networks_tenant', ['tenantId'])
export class ValueNetworkEntity extends EvidenceColumns {
  @Column('text')
  name!: string;

  @Column('text')
  theme!: string;

  @Column('text', { array: true, default: '{}' })
  partners!: string[];

  @Column('int', { name: 'member_count' })
  memberCount!: number;

  @Column('text', { array: true, default: '{}' })
  activities!: string[];

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('date', { name: 'started_on', nullable: true })
  startedOn!: string | null;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;
}
