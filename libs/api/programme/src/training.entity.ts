import { Entity, Column, Index } from 'typeorm';
import { EvidenceColumns } from './evidence.columns.js';

/** Phase 1 evidence: a training session the library's staff followed. */
@Entity('programme_trainings')
@Index('programme_trainings_tenant', ['tenantId', 'date'])
export class TrainingEntity extends EvidenceColumns {
  @Column('date')
  date!: string;

  /** The module followed, e.g. "Digitale visie – basis". */
  @Column('text')
  module!: string;

  @Column('text')
  provider!: string;

  @Column('int', { name: 'staff_count' })
  staffCount!: number;

  /** Whether the module is (part of) the training in the digital vision the phase asks for. */
  @Column('boolean', { name: 'digital_vision', default: true })
  digitalVision!: boolean;

  /** Optional certificate: an asset id (the asset library stores the file). */
  @Column('text', { name: 'certificate_asset_id', nullable: true })
  certificateAssetId!: string | null;
}
