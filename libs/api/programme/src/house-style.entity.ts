import { Column, Entity, Index } from 'typeorm';
import { EvidenceColumns } from './evidence.columns.js';

/** A statement that the library applies the national social-media house style (huisstijl). */
@Entity('programme_house_styles')
@Index('programme_house_styles_tenant', ['tenantId', 'appliedOn'])
export class HouseStyleEntity extends EvidenceColumns {
  @Column('boolean')
  applied!: boolean;

  @Column('date', { name: 'applied_on' })
  appliedOn!: string;

  @Column('text', { nullable: true })
  note!: string | null;
}
