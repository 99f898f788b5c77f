import { Channel, Province, TenantKind } from '@bibliohub/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export interface SocialChannel {
  channel: Channel;
  handle: string;
  url?: string | null;
}

/** The central organisation or a library organisation. Its profile fills the placeholders in posts. */
@Entity('tenants')
// For app_central_tenant_ids(), which every library read of assets runs (migration 1763900009400).
@Index('tenants_central', ['id'], { where: "kind = 'CENTRAL'" })
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: TenantKind;

  @Column('text')
  name!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text', { nullable: true })
  province!: Province | null;

  @Column('text', { nullable: true })
  city!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('int', { name: 'branch_count', default: 1 })
  branchCount!: number;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail!: string | null;

  @Column('jsonb')
  channels: SocialChannel[] = [];

  @Column('text', { name: 'display_name', nullable: true })
  displayName!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { name: 'opening_hours_url', nullable: true })
  openingHoursUrl!: string | null;

  @Column('text', { name: 'catalogue_url', nullable: true })
  catalogueUrl!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
