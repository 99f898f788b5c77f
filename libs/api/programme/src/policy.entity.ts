import { Column, Entity, Index } from 'typeorm';
import { EvidenceColumns } from './evidence.columns.js';

/** The library's social-media policy for staff (code of conduct, protocol), as text or a link. */
@Entity('programme_policies')
@Index('programme_policies_tenant', ['tenantId', 'adoptedOn'])
export class PolicyEntity extends EvidenceColumns {
  @Column('text', { default: '' })
  text!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('date', { name: 'adopted_on' })
  adoptedOn!: string;
}
