import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A programme period with its target per phase and target date (settings, not constants). */
@Entity('programme_periods')
export class ProgrammePeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'target_date' })
  targetDate!: string;

  @Column('int', { name: 'target_trained', default: 167 })
  targetTrained!: number;

  @Column('int', { name: 'target_present', default: 125 })
  targetPresent!: number;

  @Column('int', { name: 'target_networks', default: 50 })
  targetNetworks!: number;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
