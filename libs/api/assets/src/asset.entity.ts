import { AssetKind } from '@bibliohub/contracts';
import type { AssetVersionEntity } from './asset-version.entity.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A house-style asset (logo, template, photo …). Central assets belong to the central tenant and are
 * readable by every library while valid; a library's own uploads belong to that library. The bytes
 * live in S3 under `assets/<tenantId>/<assetId>/v<n>/`, one folder per version.
 */
@Entity('assets')
@Index('assets_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('assets_valid_until', ['validUntil'])
@Index('assets_portrait_consent_until', ['portraitConsentUntil'])
export class AssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  kind!: AssetKind;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text', { name: 'alt_text', nullable: true })
  altText!: string | null;

  @Column('text', { array: true, default: '{}' })
  tags!: string[];

  @Column('uuid', { name: 'theme_ids', array: true, default: '{}' })
  themeIds!: string[];

  /** Rights holder (maker, agency, photographer). */
  @Column('text', { nullable: true })
  owner!: string | null;

  @Column('text', { nullable: true })
  licence!: string | null;

  /** Credit line to publish with the asset ("Foto: …"). */
  @Column('text', { name: 'credit_line', nullable: true })
  creditLine!: string | null;

  /** People in the photo agreed to its use (portretrecht). */
  @Column('boolean', { name: 'portrait_consent', default: false })
  portraitConsent!: boolean;

  /** Last day the portrait consent covers (YYYY-MM-DD, Dutch time); after it the asset is expired. */
  @Column('date', { name: 'portrait_consent_until', nullable: true })
  portraitConsentUntil!: string | null;

  @Column('timestamptz', { name: 'valid_from', nullable: true })
  validFrom!: Date | null;

  @Column('timestamptz', { name: 'valid_until', nullable: true })
  validUntil!: Date | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  /** The version number that is current (1 after the first upload). */
  @Column('int', { name: 'current_version' })
  currentVersion!: number;

  /**
   * Highest version number handed out, also to replacements that failed: numbers (and so object
   * keys) are never reused, so cleaning up after a failure can never delete another upload's object.
   */
  @Column('int', { name: 'last_version_number' })
  lastVersionNumber!: number;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Checked by hand in every UPDATE (… WHERE version = $n), see DESIGN.md. */
  @Column('int', { default: 1 })
  version!: number;

  /** The current version's file, filled by queries that join it (not a column). */
  file?: AssetVersionEntity;
}
