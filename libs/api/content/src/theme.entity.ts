import { ThemeKind } from '@bibliohub/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A theme or a national campaign; campaigns may recur yearly in the same period. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The central tenant: themes are shared central content. */
  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  kind!: ThemeKind;

  @Column('text')
  name!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text', { default: '' })
  description!: string;

  /** #RRGGBB */
  @Column('text')
  colour!: string;

  @Column('date', { name: 'period_start', nullable: true })
  periodStart!: string | null;

  @Column('date', { name: 'period_end', nullable: true })
  periodEnd!: string | null;

  @Column('boolean', { name: 'recurs_yearly', default: false })
  recursYearly!: boolean;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
